public import Files
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// The ``FileVersion`` of a source file, taken when a conversion starts, to
/// prove before publishing that the file was not changed meanwhile.
///
/// A mapping sees another process's writes: a file truncated under it reads
/// zeros (``MappedFile/vanishedOffset``), and one rewritten in place reads a mix
/// of old and new bytes. Either way what was converted is not a file anyone
/// saved, so it must not be published. The snapshot keeps the file open and
/// compares `fstat` of that same inode, so a new file renamed over the path
/// (which leaves the mapped inode intact) is not mistaken for a change. The
/// inode change time is compared too: unlike the modification time, no
/// user call can set it back.
public final class FileSnapshot: Sendable {
  /// The file's path when the snapshot was taken.
  public let path: FilePath
  /// The file as it was then.
  public let version: FileVersion
  private let descriptor: FileDescriptor

  /// Opens `path` read-only and records its version.
  ///
  /// - Throws: ``MMapIOError`` `.notFound`, `.notRegularFile` or `.systemCall` with the path.
  public init(path: FilePath) throws(MMapIOError) {
    self.path = path
    do {
      descriptor = try ReadOnlyFile.open(path)
    } catch {
      throw MMapIOError(error)
    }
    do {
      version = try FileStatus.of(descriptor, path: path).version
    } catch {
      try? descriptor.close()
      throw MMapIOError(FileSystemError(error))
    }
  }

  deinit { try? descriptor.close() }

  /// Checks that the file still has the size and change times it had.
  ///
  /// - Throws: ``MMapIOError`` `.sourceChanged` naming the file and its sizes.
  public func checkUnchanged() throws(MMapIOError) {
    let current: FileVersion
    do {
      current = try FileStatus.of(descriptor, path: path).version
    } catch {
      throw MMapIOError(FileSystemError(error))
    }
    let (size, now) = (version.size, current.size)
    if now < size {
      throw MMapIOError(
        .sourceChanged,
        "the file was truncated by another process while it was being converted (\(size) → \(now)"
          + " bytes); nothing was published", path: path, offset: now)
    }
    guard current == version else {
      throw MMapIOError(
        .sourceChanged,
        "the file was modified by another process while it was being converted (\(size) → \(now)"
          + " bytes, or new change times); nothing was published", path: path)
    }
  }
}
