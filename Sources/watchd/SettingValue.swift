import Conversion

/// Parsers for the value syntax shared by the configuration file and the flags.
enum SettingValue {
  /// `64M`, `512K`, `1G`, `67108864` (also `MiB`, `KB` …).
  static func byteCount(_ text: String) -> Int? { ByteCount.parse(text) }

  /// The longest duration a setting takes, in seconds (about 31 years): far
  /// below the 2^63 nanoseconds that a `Duration` holds.
  static let longestDuration = 1e9

  /// `250ms`, `2s`, `1.5s`, `1m`, or plain seconds (`30`), up to
  /// ``longestDuration``; `nil` for anything else.
  static func duration(_ text: String) -> Duration? {
    let units: [(String, Double)] = [("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600)]
    var number = Substring(text)
    var scale = 1.0
    for (suffix, factor) in units where text.hasSuffix(suffix) {
      number = text.dropLast(suffix.count)
      scale = factor
      break
    }
    guard let value = Double(number), value >= 0, value.isFinite,
      value * scale <= longestDuration
    else { return nil }
    return .nanoseconds(Int64((value * scale * 1e9).rounded()))
  }

  /// A positive number, e.g. a threshold (`1e-4`).
  static func number(_ text: String) -> Double? {
    guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
    return value
  }
}
