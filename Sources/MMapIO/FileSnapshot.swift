public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// The size and modification time of a source file, taken when a conversion
/// starts, to prove before publishing that the file was not changed meanwhile.
///
/// A mapping sees another process's writes: a file truncated under it reads
/// zeros (``MappedFile/vanishedOffset``), and one rewritten in place reads a mix
/// of old and new bytes. Either way what was converted is not a file anyone
/// saved, so it must not be published. The snapshot keeps the file open and
/// compares `fstat` of that same inode, so a new file renamed over the path
/// (which leaves the mapped inode intact) is not mistaken for a change.
public final class FileSnapshot: Sendable {
  /// The file's path when the snapshot was taken.
  public let path: FilePath
  /// Size in bytes then.
  public let size: Int
  private let modified: timespec
  private let descriptor: FileDescriptor

  /// Opens `path` read-only and records its size and modification time.
  ///
  /// - Throws: ``MMapIOError`` `.notFound` or `.systemCall` with the path.
  public init(path: FilePath) throws(MMapIOError) {
    self.path = path
    do {
      descriptor = try FileDescriptor.open(path, .readOnly, options: [.closeOnExec])
    } catch let error as Errno {
      throw MMapIOError(systemCall: "open", errno: error, path: path)
    } catch {
      throw MMapIOError(.systemCall, "open failed: \(error)", path: path)
    }
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0 else {
      let error = Errno(rawValue: errno)
      try? descriptor.close()
      throw MMapIOError(systemCall: "fstat", errno: error, path: path)
    }
    size = Int(info.st_size)
    modified = info.st_mtim
  }

  deinit { try? descriptor.close() }

  /// Checks that the file still has the size and modification time it had.
  ///
  /// - Throws: ``MMapIOError`` `.sourceChanged` naming the file and its sizes.
  public func checkUnchanged() throws(MMapIOError) {
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0 else {
      throw MMapIOError(systemCall: "fstat", errno: Errno(rawValue: errno), path: path)
    }
    let now = Int(info.st_size)
    if now < size {
      throw MMapIOError(
        .sourceChanged,
        "the file was truncated by another process while it was being converted (\(size) → \(now)"
          + " bytes); nothing was published", path: path, offset: now)
    }
    guard now == size, info.st_mtim.tv_sec == modified.tv_sec,
      info.st_mtim.tv_nsec == modified.tv_nsec
    else {
      throw MMapIOError(
        .sourceChanged,
        "the file was modified by another process while it was being converted (\(size) → \(now)"
          + " bytes, new modification time); nothing was published", path: path)
    }
  }
}
