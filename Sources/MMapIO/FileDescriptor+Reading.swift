internal import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileDescriptor {
  /// Opens `path` read-only and close-on-exec, for a reader of a source file.
  ///
  /// - Throws: ``MMapIOError`` `.notFound` or `.systemCall` with the path and errno.
  static func openForReading(_ path: FilePath) throws(MMapIOError) -> FileDescriptor {
    do {
      return try FileDescriptor.open(path, .readOnly, options: [.closeOnExec])
    } catch let error as Errno {
      throw MMapIOError(systemCall: "open", errno: error, path: path)
    } catch {
      throw MMapIOError(.systemCall, "open failed: \(error)", path: path)
    }
  }
}

/// `fstat` of `descriptor`, which was opened from `path` (named in the error).
///
/// A free function: inside an extension of `FileDescriptor`, `stat` would name
/// swift-system's method rather than the C type.
func fileStatus(_ descriptor: FileDescriptor, path: FilePath) throws(MMapIOError) -> stat {
  var info = stat()
  guard fstat(descriptor.rawValue, &info) == 0 else {
    throw MMapIOError(systemCall: "fstat", errno: Errno(rawValue: errno), path: path)
  }
  return info
}
