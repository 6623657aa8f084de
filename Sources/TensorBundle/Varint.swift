/// Protobuf/LevelDB base-128 varints: 7 bits per byte, least significant group
/// first, high bit set on every byte but the last.
enum Varint {
  /// Longest encodings: 5 bytes for 32-bit values, 10 for 64-bit.
  static let maxLength32 = 5
  static let maxLength64 = 10

  /// Appends the encoding of `value` to `bytes`.
  static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// The encoding of `value`.
  static func encode(_ value: UInt64) -> [UInt8] {
    var bytes: [UInt8] = []
    append(value, to: &bytes)
    return bytes
  }

  /// Decodes a varint of at most `maxLength` bytes at `position`, advancing it.
  /// Returns nil (position unchanged) if the input ends first or the encoding is
  /// too long or overflows 64 bits.
  static func decode(
    _ bytes: UnsafeRawBufferPointer, at position: inout Int, maxLength: Int = maxLength64
  ) -> UInt64? {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    var index = position
    while index < bytes.count && index - position < maxLength {
      let byte = bytes[index]
      index += 1
      let payload = UInt64(byte & 0x7F)
      // The 10th byte may only carry the top bit of a 64-bit value.
      if shift == 63 && payload > 1 { return nil }
      result |= payload << shift
      if byte & 0x80 == 0 {
        position = index
        return result
      }
      shift += 7
    }
    return nil
  }

  /// Decodes a LevelDB `varint32` (at most 5 bytes, value < 2^32).
  static func decode32(_ bytes: UnsafeRawBufferPointer, at position: inout Int) -> UInt32? {
    var index = position
    guard let value = decode(bytes, at: &index, maxLength: maxLength32),
      let value32 = UInt32(exactly: value)
    else { return nil }
    position = index
    return value32
  }
}
