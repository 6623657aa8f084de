import SystemPackage

/// A read-only descriptor closed on deinit.
final class FileDescriptorBox {
  let descriptor: FileDescriptor

  init(_ path: String) throws {
    descriptor = try FileDescriptor.open(FilePath(path), .readOnly)
  }

  deinit { try? descriptor.close() }
}
