internal import Files
internal import SystemPackage

extension TensorBundleError {
  /// Wraps an error from opening or mapping a file.
  init(_ error: FileSystemError, defaultPath: FilePath) {
    let errno = error.cause?.errno
    self.init(
      errno == .noSuchFileOrDirectory ? .notFound : .systemCall,
      errno.map { "\(error.message): \($0)" } ?? error.message, path: error.path ?? defaultPath,
      errno: errno)
    cause = error.cause
  }

  /// Wraps a failed system call.
  init(_ error: SystemCallError, offset: Int? = nil) {
    self.init(systemCall: error.call, errno: error.errno, path: error.path, offset: offset)
  }
}
