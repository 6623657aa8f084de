/// The checksums of a `DT_STRING` payload (docs/checkpoint-format.md §4.2, §4.3):
///
///     varint64 len[0..n-1] | uint32 masked_crc32c(lengths) | bytes[0] … bytes[n-1]
///
/// Both checksums run over each length as uint32 LE (uint64 LE if > 0xFFFFFFFF),
/// not over the varints. The entry's CRC continues over the 4 stored
/// length-checksum bytes and then the string bytes.
enum StringTensorChecksum {
  enum Failure: Error {
    /// The payload is not `count` varints + 4 bytes + the strings, exactly.
    case malformed(String)
    /// The stored length checksum differs (TF: "The length checksum does not match").
    case lengthChecksum(stored: UInt32, actual: UInt32)
  }

  /// The entry CRC (unmasked) of a string tensor of `count` elements.
  static func entryCRC(
    of payload: UnsafeRawBufferPointer, count: Int
  ) throws(Failure) -> UInt32 {
    var crc = CRC32C()
    var position = 0
    var total = 0
    for _ in 0..<count {
      guard let length = Varint.decode(payload, at: &position) else {
        throw .malformed("bad string length varint at byte \(position)")
      }
      if let length32 = UInt32(exactly: length) {
        withUnsafeBytes(of: length32.littleEndian) { crc.update($0) }
      } else {
        withUnsafeBytes(of: length.littleEndian) { crc.update($0) }
      }
      guard let length = Int(exactly: length), length <= payload.count else {
        throw .malformed("string length \(length) exceeds the payload")
      }
      total += length
    }
    guard payload.count - position >= 4 else {
      throw .malformed("payload ends inside the length checksum")
    }
    let stored = CRC32C.unmask(LittleEndian.load32(payload, at: position))
    guard stored == crc.value else {
      throw .lengthChecksum(stored: stored, actual: crc.value)
    }
    let strings = position + 4
    guard payload.count - strings == total else {
      throw .malformed("strings take \(payload.count - strings) bytes, lengths say \(total)")
    }
    crc.update(UnsafeRawBufferPointer(rebasing: payload[position...]))
    return crc.value
  }
}
