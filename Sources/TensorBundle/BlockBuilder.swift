/// Builds one SSTable block, after LevelDB's `block_builder.cc`
/// (docs/checkpoint-format.md §2.1):
///
///     repeat: varint32 shared | varint32 non_shared | varint32 value_len
///             key_delta[non_shared] | value[value_len]
///     then:   uint32 restart_offset[num_restarts] | uint32 num_restarts
///
/// Every `restartInterval`-th entry (counted before adding) is a restart point,
/// stored with its full key (`shared = 0`). Keys must be added in increasing order.
struct BlockBuilder {
  let restartInterval: Int
  private(set) var buffer: [UInt8] = []
  private(set) var restarts: [UInt32] = [0]
  /// Entries since the last restart point.
  private var counter = 0
  private(set) var lastKey: [UInt8] = []
  private(set) var entryCount = 0

  init(restartInterval: Int) {
    precondition(restartInterval >= 1)
    self.restartInterval = restartInterval
  }

  var isEmpty: Bool { buffer.isEmpty }

  /// Size of the block if it were finished now: entries, restart array, count.
  var currentSizeEstimate: Int {
    buffer.count + restarts.count * 4 + 4
  }

  mutating func add(key: [UInt8], value: [UInt8]) {
    var shared = 0
    if counter < restartInterval {
      let limit = min(lastKey.count, key.count)
      while shared < limit && lastKey[shared] == key[shared] {
        shared += 1
      }
    } else {
      restarts.append(UInt32(buffer.count))
      counter = 0
    }
    let nonShared = key.count - shared

    Varint.append(UInt64(shared), to: &buffer)
    Varint.append(UInt64(nonShared), to: &buffer)
    Varint.append(UInt64(value.count), to: &buffer)
    buffer.append(contentsOf: key[shared...])
    buffer.append(contentsOf: value)

    lastKey = key
    counter += 1
    entryCount += 1
  }

  /// Appends the restart array and its length; returns the block's bytes.
  mutating func finish() -> [UInt8] {
    for restart in restarts {
      LittleEndian.append(restart, to: &buffer)
    }
    LittleEndian.append(UInt32(restarts.count), to: &buffer)
    return buffer
  }

  /// Starts an empty block.
  mutating func reset() {
    buffer.removeAll(keepingCapacity: true)
    restarts = [0]
    counter = 0
    lastKey = []
    entryCount = 0
  }
}
