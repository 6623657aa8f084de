#if canImport(Glibc)
  import Glibc
#endif

/// Wall-clock time as text, without Foundation.
enum WallClock {
  /// Now in UTC as ISO 8601 with milliseconds: `2025-01-31T12:34:56.789Z`.
  static func iso8601() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var seconds = now.tv_sec
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
      + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
      + ".\(pad(Int32(now.tv_nsec / 1_000_000), 3))Z"
  }
}
