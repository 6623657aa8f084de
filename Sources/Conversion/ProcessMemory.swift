#if canImport(Glibc)
  import Glibc
#endif

/// This process's memory figures, from `/proc/self/status`.
public enum ProcessMemory {
  /// Peak resident set size (VmHWM) in bytes, or 0 where unknown.
  public static func peakResidentBytes() -> Int {
    field("VmHWM:")
  }

  /// Current resident set size (VmRSS) in bytes, or 0 where unknown.
  public static func residentBytes() -> Int {
    field("VmRSS:")
  }

  private static func field(_ name: String) -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if text.hasPrefix(name) {
        let digits = text.dropFirst(name.count).filter(\.isNumber)
        return (Int(digits) ?? 0) * 1024
      }
    }
    return 0
  }
}
