internal import MMapIO
internal import SystemPackage

extension TensorBundleError {
  /// Wraps an error from mapping a file.
  init(_ error: MMapIOError, defaultPath: FilePath) {
    let code: Code = error.code == .notFound ? .notFound : .systemCall
    self.init(
      code, error.message, path: error.path ?? defaultPath, offset: error.offset,
      errno: error.errno)
  }
}
