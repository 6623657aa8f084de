/// Where a block lies in an SSTable: `varint64 offset, varint64 size`.
/// `size` excludes the 5-byte trailer (docs/checkpoint-format.md §2).
struct BlockHandle: Sendable, Hashable {
  var offset: UInt64
  var size: UInt64

  /// Two 10-byte varints.
  static let maxEncodedLength = 2 * Varint.maxLength64

  func append(to bytes: inout [UInt8]) {
    Varint.append(offset, to: &bytes)
    Varint.append(size, to: &bytes)
  }

  var encoded: [UInt8] {
    var bytes: [UInt8] = []
    append(to: &bytes)
    return bytes
  }

  /// Decodes a handle at `position`, advancing it; nil if malformed.
  static func decode(_ bytes: UnsafeRawBufferPointer, at position: inout Int) -> BlockHandle? {
    var index = position
    guard let offset = Varint.decode(bytes, at: &index),
      let size = Varint.decode(bytes, at: &index)
    else { return nil }
    position = index
    return BlockHandle(offset: offset, size: size)
  }
}
