/// One journal entry in the native protocol's wire format
/// (systemd's `JOURNAL_NATIVE_PROTOCOL`): a list of `NAME=value` fields.
///
/// A value without a newline is written `NAME=value\n`; any other value is
/// written `NAME\n`, its length as a 64-bit little-endian integer, the bytes,
/// and `\n`. Field names are upper-case ASCII letters, digits and `_`, do not
/// start with `_` or a digit (those are trusted fields journald adds), and
/// are at most 64 bytes.
struct JournalEntry: Sendable {
  private(set) var fields: [(name: String, value: String)] = []

  init() {}

  /// Appends a field; the name is made valid with ``fieldName(_:)``.
  mutating func append(_ name: String, _ value: String) {
    fields.append((JournalEntry.fieldName(name), value))
  }

  /// The value of the first field called `name`.
  func value(of name: String) -> String? {
    fields.first { $0.name == name }?.value
  }

  /// The entry's bytes on the wire.
  var serialized: [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 10 })
    for (name, value) in fields {
      bytes.append(contentsOf: name.utf8)
      if value.utf8.contains(UInt8(ascii: "\n")) {
        bytes.append(UInt8(ascii: "\n"))
        let length = UInt64(value.utf8.count)
        for shift in stride(from: 0, to: 64, by: 8) {
          bytes.append(UInt8(truncatingIfNeeded: length >> UInt64(shift)))
        }
      } else {
        bytes.append(UInt8(ascii: "="))
      }
      bytes.append(contentsOf: value.utf8)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  /// `name` as a valid journal field name: upper-cased, every other character
  /// replaced by `_`, a leading `_` or digit prefixed with `F`, cut to 64 bytes.
  static func fieldName(_ name: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      switch scalar {
      case "A"..."Z", "0"..."9", "_": scalars.append(scalar)
      case "a"..."z": scalars.append(Unicode.Scalar(scalar.value - 32) ?? "_")
      default: scalars.append("_")
      }
    }
    var text = String(scalars)
    if text.isEmpty { text = "FIELD" }
    if let first = text.unicodeScalars.first, first == "_" || ("0"..."9").contains(first) {
      text = "F" + text
    }
    return String(text.prefix(64))
  }
}
