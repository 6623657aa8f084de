/// The 5 bytes after every block: `uint8 compression type`, then
/// `uint32 masked_crc32c(block bytes || type byte)` (docs/checkpoint-format.md §2.2).
struct BlockTrailer: Sendable, Hashable {
  static let size = 5

  /// Compression types LevelDB defines. TensorFlow 2.21 writes `none` only.
  enum Compression: UInt8 {
    case none = 0
    case snappy = 1
  }

  var type: UInt8
  /// Masked CRC32C, as stored.
  var maskedCRC: UInt32

  /// The trailer for `block`, uncompressed.
  init(uncompressed block: UnsafeRawBufferPointer) {
    type = Compression.none.rawValue
    var crc = CRC32C()
    crc.update(block)
    withUnsafeBytes(of: type) { crc.update($0) }
    maskedCRC = CRC32C.mask(crc.value)
  }

  init(type: UInt8, maskedCRC: UInt32) {
    self.type = type
    self.maskedCRC = maskedCRC
  }

  func append(to bytes: inout [UInt8]) {
    bytes.append(type)
    LittleEndian.append(maskedCRC, to: &bytes)
  }

  /// Decodes the 5 bytes at the start of `bytes`; the caller checks the length.
  static func decode(_ bytes: UnsafeRawBufferPointer) -> BlockTrailer {
    BlockTrailer(type: bytes[0], maskedCRC: LittleEndian.load32(bytes, at: 1))
  }

  /// Whether the stored CRC matches `block` and the type byte.
  func matches(_ block: UnsafeRawBufferPointer) -> Bool {
    var crc = CRC32C()
    crc.update(block)
    withUnsafeBytes(of: type) { crc.update($0) }
    return CRC32C.unmask(maskedCRC) == crc.value
  }
}
