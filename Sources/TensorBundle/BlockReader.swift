/// Walks the entries of one SSTable block (docs/checkpoint-format.md §2.1), the
/// inverse of ``BlockBuilder``. `contents` excludes the trailer.
struct BlockReader {
  /// Why a block could not be parsed, with the offset inside the block.
  struct Corruption: Error {
    var message: String
    var offset: Int
  }

  typealias Entry = (key: [UInt8], value: UnsafeRawBufferPointer)

  let contents: UnsafeRawBufferPointer
  /// Where the entries end and the restart array begins.
  let restartsOffset: Int
  let restartCount: Int
  private var position = 0
  private var key: [UInt8] = []

  init(_ contents: UnsafeRawBufferPointer) throws(Corruption) {
    self.contents = contents
    guard contents.count >= 4 else {
      throw Corruption(message: "block of \(contents.count) bytes is too short", offset: 0)
    }
    let count = Int(LittleEndian.load32(contents, at: contents.count - 4))
    let maxRestarts = (contents.count - 4) / 4
    guard count >= 1, count <= maxRestarts else {
      throw Corruption(message: "bad restart count \(count)", offset: contents.count - 4)
    }
    restartCount = count
    restartsOffset = contents.count - 4 - 4 * count
    for i in 0..<count {
      let restart = Int(LittleEndian.load32(contents, at: restartsOffset + 4 * i))
      guard restart < max(restartsOffset, 1) else {
        throw Corruption(
          message: "restart point \(restart) is past the entries (\(restartsOffset) bytes)",
          offset: restartsOffset + 4 * i)
      }
    }
  }

  /// The next entry, or nil at the end of the block.
  mutating func next() throws(Corruption) -> Entry? {
    guard position < restartsOffset else { return nil }
    let entries = UnsafeRawBufferPointer(rebasing: contents[..<restartsOffset])
    let start = position
    var cursor = position
    guard let shared = Varint.decode32(entries, at: &cursor),
      let nonShared = Varint.decode32(entries, at: &cursor),
      let valueLength = Varint.decode32(entries, at: &cursor)
    else { throw Corruption(message: "bad entry header varint", offset: start) }
    guard Int(shared) <= key.count else {
      throw Corruption(
        message: "entry shares \(shared) key bytes but the previous key has \(key.count)",
        offset: start)
    }
    guard Int(nonShared) + Int(valueLength) <= restartsOffset - cursor else {
      throw Corruption(message: "entry runs past the end of the block", offset: start)
    }
    key.removeSubrange(Int(shared)...)
    key.append(contentsOf: entries[cursor..<cursor + Int(nonShared)])
    cursor += Int(nonShared)
    let value = UnsafeRawBufferPointer(rebasing: entries[cursor..<cursor + Int(valueLength)])
    position = cursor + Int(valueLength)
    return (key, value)
  }
}
