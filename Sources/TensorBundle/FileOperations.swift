internal import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file operations the writer needs, as thin wrappers over their syscalls.
enum FileOperations {
  /// Atomically replaces `destination` with `source`. The C function is `rename`.
  static func rename(_ source: FilePath, to destination: FilePath) throws(TensorBundleError) {
    let result = source.withPlatformString { from in
      destination.withPlatformString { to in systemRename(from, to) }
    }
    if result != 0 {
      throw TensorBundleError(
        systemCall: "rename to \(destination)", errno: Errno(rawValue: errno), path: source)
    }
  }

  private static func systemRename(
    _ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>
  ) -> Int32 {
    #if canImport(Glibc)
      Glibc.rename(from, to)
    #else
      Darwin.rename(from, to)
    #endif
  }

  /// Removes a file, ignoring errors (used to clean up temporary files). The C function is `unlink`.
  static func removeIgnoringErrors(_ path: FilePath) {
    _ = path.withPlatformString { unlink($0) }
  }

  /// Makes renames and creations in `directory` durable. The C functions are
  /// `open(O_RDONLY|O_DIRECTORY)` and `fsync`.
  static func syncDirectory(_ directory: FilePath) throws(TensorBundleError) {
    let descriptor: FileDescriptor
    do {
      descriptor = try FileDescriptor.open(
        directory, .readOnly, options: [.directory, .closeOnExec])
    } catch let error as Errno {
      throw TensorBundleError(systemCall: "open directory", errno: error, path: directory)
    } catch {
      throw TensorBundleError(.systemCall, "open directory failed: \(error)", path: directory)
    }
    defer { try? descriptor.close() }
    if fsync(descriptor.rawValue) != 0 {
      throw TensorBundleError(systemCall: "fsync", errno: Errno(rawValue: errno), path: directory)
    }
  }

  /// Writes `bytes` to `path` durably and atomically: to a temporary name in the
  /// same directory, `fsync`, then `rename` over `path`. The temporary file is
  /// removed on failure. The caller syncs the directory.
  static func writeAtomically(
    _ bytes: [UInt8], to path: FilePath, temporary: FilePath
  ) throws(TensorBundleError) {
    do {
      let file = try OutputFile(creating: temporary)
      try file.write(bytes)
      try file.sync()
      try file.close()
      try rename(temporary, to: path)
    } catch {
      removeIgnoringErrors(temporary)
      throw error
    }
  }
}
