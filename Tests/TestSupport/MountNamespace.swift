#if canImport(Glibc)
  import Glibc
#endif

/// Whether this process has a mount namespace of its own (as under
/// `unshare --mount --propagation private`), so a test may mount file
/// systems that nobody outside it sees.
public enum MountNamespace {
  /// Whether `/proc/self/ns/mnt` differs from `/proc/1/ns/mnt` or, where
  /// PID 1's is not readable (a sandbox), from that of an ancestor process.
  public static func isOwn() -> Bool {
    guard let own = namespace(of: "self") else { return false }
    if let first = namespace(of: "1") { return first != own }
    var pid = getppid()
    for _ in 0..<64 where pid > 1 {
      guard let other = namespace(of: "\(pid)") else { return false }
      if other != own { return true }
      guard let parent = parentPID(of: pid) else { return false }
      pid = parent
    }
    return false
  }

  private static func namespace(of pid: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 256)
    let count = readlink("/proc/\(pid)/ns/mnt", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Field 4 of `/proc/PID/stat` (after the parenthesised command name).
  private static func parentPID(of pid: Int32) -> Int32? {
    guard let file = fopen("/proc/\(pid)/stat", "re") else { return nil }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 1024)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
    let text = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    return fields.count > 1 ? Int32(fields[1]) : nil
  }
}
