import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh directory under /tmp, removed when the test ends.
final class TemporaryDirectory {
  let path: FilePath

  init() {
    var template = Array("/tmp/gluon2tf-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
    path = FilePath(created ?? "/tmp/gluon2tf-test-\(getpid())")
  }

  deinit { _ = system("rm -rf '\(path.string)'") }

  func file(_ name: String) -> FilePath { path.appending(name) }

  /// Writes raw bytes to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> FilePath {
    let target = file(name)
    let fd = try FileDescriptor.open(
      target, .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
    defer { try? fd.close() }
    _ = try bytes.withUnsafeBytes { try fd.writeAll($0) }
    return target
  }

  /// Reads all bytes of `path`.
  func read(_ path: FilePath) throws -> [UInt8] {
    let fd = try FileDescriptor.open(path, .readOnly)
    defer { try? fd.close() }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try chunk.withUnsafeMutableBytes { try fd.read(into: $0) }
      if count == 0 { break }
      result.append(contentsOf: chunk[0..<count])
    }
    return result
  }
}
