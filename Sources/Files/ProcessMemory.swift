internal import CLinux

#if canImport(Glibc)
  import Glibc
#endif

/// This process's memory figures, from `/proc/self/status`.
public enum ProcessMemory {
  /// Peak resident set size (VmHWM) in bytes, or `nil` where unknown.
  public static func peakResidentBytes() -> Int? { field("VmHWM:") }

  /// Resets the peak to the current RSS (writes `5` to `/proc/self/clear_refs`),
  /// so the next ``peakResidentBytes()`` covers what follows. Returns whether it worked.
  @discardableResult
  public static func resetPeak() -> Bool { g2t_reset_peak_rss() == 0 }

  private static func field(_ name: String) -> Int? {
    guard let file = fopen("/proc/self/status", "re") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard text.hasPrefix(name) else { continue }
      return Int(text.dropFirst(name.count).filter(\.isNumber)).map { $0 * 1024 }
    }
    return nil
  }
}
