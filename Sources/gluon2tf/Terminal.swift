import Files

#if canImport(Glibc)
  import Glibc
#endif

/// Writing to the standard streams without Foundation.
enum Terminal {
  /// Writes `text` to standard error.
  static func error(_ text: String) {
    var line = text
    line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  }

  /// Writes `prefix` and `message` as one line on standard error. The message
  /// may quote the input (file and tensor names), so it is escaped and capped
  /// with ``UntrustedText``: it cannot end the line, move the cursor, or be
  /// megabytes long.
  static func errorLine(_ prefix: String, _ message: String) {
    error(prefix + UntrustedText.escaped(message, limit: UntrustedText.messageLimit) + "\n")
  }

  /// Whether standard error is a terminal (progress is drawn only there).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// A human-readable size: `171.2 MiB`.
  static func size(_ bytes: Int) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return unit == 0 ? "\(bytes) B" : "\(fixed(value, 1)) \(units[unit])"
  }

  /// `value` with `digits` decimals, without Foundation's formatters.
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    let fraction = Int(rounded.truncatingRemainder(dividingBy: scale))
    let sign = value < 0 && rounded != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    var fractionText = String(fraction)
    while fractionText.count < digits { fractionText = "0" + fractionText }
    return "\(sign)\(whole).\(fractionText)"
  }
}
