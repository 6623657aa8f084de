import ArgumentParser

/// A byte count on the command line: `67108864`, `64M`, `64MiB`, `1G`, `512K`.
struct ByteCountArgument: ExpressibleByArgument, Sendable {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    var text = argument.uppercased()
    for suffix in ["IB", "B"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
    var multiplier = 1
    if let unit = text.last, let scale = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(unit)] {
      multiplier = scale
      text.removeLast()
    }
    guard let value = Int(text), value > 0 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return nil }
    bytes = product
  }

  var defaultValueDescription: String { ByteCountArgument.format(bytes) }

  /// `64M`-style text for a byte count.
  static func format(_ bytes: Int) -> String {
    if bytes % (1 << 30) == 0 { return "\(bytes >> 30)G" }
    if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
    if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
    return "\(bytes)"
  }
}
