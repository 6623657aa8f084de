/// Builds an SSTable in memory, after LevelDB's `table_builder.cc`
/// (docs/checkpoint-format.md §2):
///
///     [data block][trailer] … [metaindex block][trailer] [index block][trailer] [footer]
///
/// Data blocks use restart interval 16 and are cut once their finished size would
/// reach `blockSize` (262144, TensorFlow's default). Each data block gets one
/// index entry, added lazily when the next block's first key is known, keyed by
/// a short separator between the two blocks (or a short successor of the last
/// key). The metaindex block is always empty. Keys must be strictly increasing.
///
/// A ResNet index is a few tens of KiB, so the whole file is built in memory.
struct TableBuilder {
  static let defaultBlockSize = 262_144
  static let dataRestartInterval = 16
  static let indexRestartInterval = 1

  let blockSize: Int
  private(set) var output: [UInt8] = []
  private var dataBlock = BlockBuilder(restartInterval: dataRestartInterval)
  private var indexBlock = BlockBuilder(restartInterval: indexRestartInterval)
  private var lastKey: [UInt8] = []
  private(set) var entryCount = 0
  /// Set after a data block is written, until its index entry is added.
  private var pendingHandle: BlockHandle?

  init(blockSize: Int = defaultBlockSize) {
    self.blockSize = blockSize
  }

  /// Adds an entry; `key` must sort after every key added before.
  mutating func add(key: [UInt8], value: [UInt8]) {
    precondition(entryCount == 0 || BytewiseComparator.less(lastKey, key), "keys out of order")
    if let handle = pendingHandle {
      indexBlock.add(key: BytewiseComparator.shortestSeparator(lastKey, key), value: handle.encoded)
      pendingHandle = nil
    }
    lastKey = key
    entryCount += 1
    dataBlock.add(key: key, value: value)
    if dataBlock.currentSizeEstimate >= blockSize {
      flush()
    }
  }

  /// Writes the current data block, if any, and remembers its handle.
  private mutating func flush() {
    guard !dataBlock.isEmpty else { return }
    let contents = dataBlock.finish()
    dataBlock.reset()
    pendingHandle = writeBlock(contents)
  }

  /// Appends a finished block's bytes and its trailer to the output.
  private mutating func writeBlock(_ contents: [UInt8]) -> BlockHandle {
    let handle = BlockHandle(offset: UInt64(output.count), size: UInt64(contents.count))
    output.append(contentsOf: contents)
    contents.withUnsafeBytes { BlockTrailer(uncompressed: $0) }.append(to: &output)
    return handle
  }

  /// Writes the last data block, the metaindex and index blocks and the footer;
  /// returns the whole file.
  mutating func finish() -> [UInt8] {
    flush()
    var metaindexBlock = BlockBuilder(restartInterval: TableBuilder.dataRestartInterval)
    let metaindex = writeBlock(metaindexBlock.finish())
    if let handle = pendingHandle {
      indexBlock.add(key: BytewiseComparator.shortSuccessor(lastKey), value: handle.encoded)
      pendingHandle = nil
    }
    let index = writeBlock(indexBlock.finish())
    Footer(metaindex: metaindex, index: index).append(to: &output)
    return output
  }
}
