/// Parsers for the value syntax of the settings (``WatchSetting``), shared by
/// the configuration file and the flags.
enum SettingValue {
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

  /// `duration` as ``duration(_:)`` reads it: `500ms`, `30s`.
  static func text(of duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    if attoseconds == 0 { return "\(seconds)s" }
    return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000)ms"
  }

  /// A number of 0 or more, e.g. a threshold (`1e-4`).
  static func number(_ text: String) -> Double? {
    guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
    return value
  }

  /// A non-empty path without control characters (a newline or an escape in
  /// a folder name is a mistake, and would garble every log line naming it).
  static func path(_ text: String) -> String? {
    let control = text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    return text.isEmpty || control ? nil : text
  }

  /// `yes`/`true`/`on`/`1` or `no`/`false`/`off`/`0`.
  static func yesOrNo(_ text: String) -> Bool? {
    switch text {
    case "yes", "true", "on", "1": true
    case "no", "false", "off", "0": false
    default: nil
    }
  }
}
