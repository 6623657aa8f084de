public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Reads small text files (configuration, reports) whole.
public enum SmallFile {
  /// The contents of `path` as UTF-8 text, refusing files over `limit` bytes.
  /// Symlinks are followed only when `followSymlinks` is set.
  public static func read(
    _ path: FilePath, limit: Int = 1 << 20, followSymlinks: Bool = true
  ) throws(DaemonError) -> String {
    let flags = O_RDONLY | O_CLOEXEC | (followSymlinks ? 0 : O_NOFOLLOW)
    let fd = open(path.string, flags)
    guard fd >= 0 else { throw .systemCall("open", path: path) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw .systemCall("read", path: path) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw DaemonError(.configuration, "larger than \(limit) bytes", path: path)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
