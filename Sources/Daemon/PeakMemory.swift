import CLinux

#if canImport(Glibc)
  import Glibc
#endif

/// The process's peak resident set size (`VmHWM` in `/proc/self/status`).
public enum PeakMemory {
  /// Peak RSS in bytes, or `nil` when /proc is not readable.
  public static func bytes() -> Int? {
    guard let file = fopen("/proc/self/status", "re") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard text.hasPrefix("VmHWM:") else { continue }
      let digits = text.dropFirst(6).filter { $0.isNumber }
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }

  /// Resets the peak to the current RSS (writes `5` to `/proc/self/clear_refs`),
  /// so the next ``bytes()`` covers one conversion. Returns whether it worked.
  @discardableResult
  public static func reset() -> Bool { g2t_reset_peak_rss() == 0 }
}
