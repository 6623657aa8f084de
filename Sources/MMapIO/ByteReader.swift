/// A bounds-checked little-endian reader over raw bytes.
///
/// Every read checks that the field lies inside the buffer; a short buffer
/// throws ``MMapIOError`` with code `.truncated`, naming the field and offset.
struct ByteReader {
  let bytes: UnsafeRawBufferPointer
  private(set) var offset: Int

  init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var remaining: Int { bytes.count - offset }

  mutating func read<T: FixedWidthInteger>(_ field: String, as: T.Type = T.self) throws(MMapIOError)
    -> T
  {
    let size = MemoryLayout<T>.size
    guard offset >= 0, remaining >= size else {
      throw MMapIOError(
        .truncated,
        "file ends inside the \(field) field (\(size) bytes needed, \(max(0, remaining)) left)",
        offset: offset)
    }
    let value = T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    offset += size
    return value
  }

  mutating func skip(_ count: Int, _ field: String) throws(MMapIOError) {
    guard count >= 0, remaining >= count else {
      throw MMapIOError(
        .truncated,
        "file ends inside the \(field) (\(count) bytes needed, \(max(0, remaining)) left)",
        offset: offset)
    }
    offset += count
  }
}
