public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh directory under /tmp, removed when the test ends.
public final class TemporaryDirectory {
  public let path: FilePath

  public init() {
    var template = Array("/tmp/gluon2tf-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
    path = FilePath(created ?? "/tmp/gluon2tf-test-\(getpid())")
  }

  deinit { _ = system("rm -rf '\(path.string)'") }

  public func file(_ name: String) -> FilePath { path.appending(name) }

  /// Writes raw bytes to `name` and returns its path.
  @discardableResult
  public func write(_ name: String, _ bytes: [UInt8]) throws -> FilePath {
    let target = file(name)
    let fd = try FileDescriptor.open(
      target, .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
    defer { try? fd.close() }
    _ = try bytes.withUnsafeBytes { try fd.writeAll($0) }
    return target
  }

  /// Reads all bytes of `path`.
  public func read(_ path: FilePath) throws -> [UInt8] {
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

extension TemporaryDirectory {
  /// Whether anything (file, directory, dangling link) exists at `path`.
  public func exists(_ path: FilePath) -> Bool {
    var info = stat()
    return lstat(path.string, &info) == 0
  }

  /// Names in this directory that start with `prefix` (e.g. leftover staging directories).
  public func names(withPrefix prefix: String) -> [String] {
    guard let handle = opendir(path.string) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(prefix) { names.append(name) }
    }
    return names
  }
}
