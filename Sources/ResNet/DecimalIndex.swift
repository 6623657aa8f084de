/// Parses the small non-negative counters and indices that appear inside tensor names.
enum DecimalIndex {
  /// The value of `text` if it is 1–9 ASCII digits without a superfluous leading zero;
  /// `nil` otherwise (no sign, no spaces, no overflow possible).
  static func parse<S: StringProtocol>(_ text: S) -> Int? {
    let digits = Array(text.utf8)
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    guard digits.count == 1 || digits[0] != UInt8(ascii: "0") else { return nil }
    var value = 0
    for digit in digits {
      guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return value
  }
}
