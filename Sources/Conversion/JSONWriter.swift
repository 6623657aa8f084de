import Files

/// A minimal streaming JSON writer, so reports and `inspect --json` need no
/// Foundation (which would add megabytes to a process that must stay small).
///
/// Keys are written in the order given, which keeps output stable for diffs.
///
/// String values may be untrusted (file and tensor names, error messages that
/// quote them): each is capped at ``UntrustedText/messageLimit`` bytes, and
/// every control character (C0, DEL, C1) and U+2028/U+2029 is written as a
/// `\uXXXX` escape, so a record stays one small line that any JSON reader,
/// JavaScript's included, takes as written.
public struct JSONWriter {
  public private(set) var text = ""
  private var needsComma = false

  public init() {}

  /// Writes a top-level object.
  public mutating func object(_ body: (inout JSONWriter) -> Void) {
    open("{")
    body(&self)
    close("}")
  }

  /// Writes `"key": value` for a string, capped (see the type's notes).
  public mutating func field(_ key: String, _ value: String) {
    self.key(key)
    JSONWriter.quote(UntrustedText.capped(value, limit: UntrustedText.messageLimit), into: &text)
  }

  /// Writes `"key": value` for an integer.
  public mutating func field(_ key: String, _ value: Int) {
    self.key(key)
    text += String(value)
  }

  /// Writes `"key": value` for a number; non-finite values become null.
  public mutating func field(_ key: String, _ value: Double) {
    self.key(key)
    text += value.isFinite ? "\(value)" : "null"
  }

  /// Writes `"key": true|false`.
  public mutating func field(_ key: String, _ value: Bool) {
    self.key(key)
    text += value ? "true" : "false"
  }

  /// Writes `"key": [1, 2, 3]`.
  public mutating func field(_ key: String, _ values: [Int]) {
    self.key(key)
    text += "[" + values.map(String.init).joined(separator: ",") + "]"
  }

  /// Writes `"key": [1.5, 2.0]`.
  public mutating func field(_ key: String, _ values: [Double]) {
    self.key(key)
    text += "[" + values.map { $0.isFinite ? "\($0)" : "null" }.joined(separator: ",") + "]"
  }

  /// Writes `"key": { … }`.
  public mutating func object(_ key: String, _ body: (inout JSONWriter) -> Void) {
    self.key(key)
    needsComma = false
    text += "{"
    body(&self)
    text += "}"
    needsComma = true
  }

  /// Writes `"key": [ … ]`, whose elements are written with ``object(_:)``.
  public mutating func array(_ key: String, _ body: (inout JSONWriter) -> Void) {
    self.key(key)
    needsComma = false
    text += "["
    body(&self)
    text += "]"
    needsComma = true
  }

  private mutating func key(_ key: String) {
    if needsComma { text += "," }
    JSONWriter.quote(key, into: &text)
    text += ":"
    needsComma = true
  }

  private mutating func open(_ bracket: String) {
    if needsComma { text += "," }
    text += bracket
    needsComma = false
  }

  private mutating func close(_ bracket: String) {
    text += bracket
    needsComma = true
  }

  /// Appends `value` as a JSON string literal.
  static func quote(_ value: String, into text: inout String) {
    text += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || scalar == "\u{2028}" || scalar == "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    text += "\""
  }
}
