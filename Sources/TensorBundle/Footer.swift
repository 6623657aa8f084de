/// The last 48 bytes of an SSTable (docs/checkpoint-format.md §2.5):
///
///     BlockHandle metaindex | BlockHandle index | zero padding to 40 bytes
///     uint64 magic 0xdb4775248b80fb57
struct Footer: Sendable, Hashable {
  static let encodedLength = 2 * BlockHandle.maxEncodedLength + 8
  static let magic: UInt64 = 0xdb47_7524_8b80_fb57

  var metaindex: BlockHandle
  var index: BlockHandle

  func append(to bytes: inout [UInt8]) {
    let start = bytes.count
    metaindex.append(to: &bytes)
    index.append(to: &bytes)
    bytes.append(
      contentsOf: repeatElement(0, count: start + 2 * BlockHandle.maxEncodedLength - bytes.count))
    LittleEndian.append(Footer.magic, to: &bytes)
  }

  enum DecodeError: Error {
    case badMagic
    case badHandle
  }

  /// Decodes the 48 bytes of `bytes` (which must be exactly the footer).
  static func decode(_ bytes: UnsafeRawBufferPointer) throws(DecodeError) -> Footer {
    precondition(bytes.count == encodedLength)
    guard LittleEndian.load64(bytes, at: encodedLength - 8) == magic else { throw .badMagic }
    var position = 0
    guard let metaindex = BlockHandle.decode(bytes, at: &position),
      let index = BlockHandle.decode(bytes, at: &position),
      position <= 2 * BlockHandle.maxEncodedLength
    else { throw .badHandle }
    return Footer(metaindex: metaindex, index: index)
  }
}
