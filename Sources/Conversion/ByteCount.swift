/// Byte counts as people write them: `67108864`, `64M`, `64MiB`, `1G`, `512K`
/// (binary multiples). The one parser for `--shard-size` on the command line
/// and `shard-size` in the daemon's configuration.
public enum ByteCount {
  /// The positive byte count `text` names, or `nil`.
  public static func parse(_ text: String) -> Int? {
    var text = text.uppercased()
    for suffix in ["IB", "B"] where text.hasSuffix(suffix) {
      text.removeLast(suffix.count)
      break
    }
    var multiplier = 1
    if let unit = text.last, let scale = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(unit)] {
      multiplier = scale
      text.removeLast()
    }
    guard let value = Int(text), value > 0 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
    return overflow ? nil : product
  }

  /// `64M`-style text for a byte count.
  public static func format(_ bytes: Int) -> String {
    if bytes % (1 << 30) == 0 { return "\(bytes >> 30)G" }
    if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
    if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
    return "\(bytes)"
  }
}
