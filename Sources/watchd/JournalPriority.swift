import Logging

/// The syslog priorities journald stores in `PRIORITY` (0 emerg … 7 debug).
enum JournalPriority {
  /// The priority for a swift-log level: critical 2, error 3, warning 4,
  /// notice 5, info 6, debug and trace 7.
  static func of(_ level: Logger.Level) -> Int {
    switch level {
    case .critical: return 2
    case .error: return 3
    case .warning: return 4
    case .notice: return 5
    case .info: return 6
    case .debug, .trace: return 7
    }
  }
}
