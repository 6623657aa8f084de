/// LevelDB's default comparator: unsigned bytewise (memcmp) order, and the two
/// key-shortening rules used for index-block keys (docs/checkpoint-format.md §2.4).
enum BytewiseComparator {
  /// Whether `a` sorts before `b` (memcmp order; a proper prefix sorts first).
  static func less(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
    a.lexicographicallyPrecedes(b)
  }

  /// A short key `k` with `start <= k < limit` (given `start < limit`).
  ///
  /// At the first byte where they differ, if `start`'s byte can be incremented
  /// and stay below `limit`'s, keep the prefix plus the incremented byte;
  /// otherwise (one is a prefix of the other, or the bytes are adjacent) `start`.
  static func shortestSeparator(_ start: [UInt8], _ limit: [UInt8]) -> [UInt8] {
    let minLength = min(start.count, limit.count)
    var diffIndex = 0
    while diffIndex < minLength && start[diffIndex] == limit[diffIndex] {
      diffIndex += 1
    }
    guard diffIndex < minLength else { return start }
    let diffByte = start[diffIndex]
    guard diffByte < 0xFF && diffByte + 1 < limit[diffIndex] else { return start }
    var separator = Array(start[..<diffIndex])
    separator.append(diffByte + 1)
    return separator
  }

  /// A short key `k >= key`: the first byte that is not 0xFF, incremented, with
  /// everything after it dropped. A key of only 0xFF bytes is returned unchanged.
  static func shortSuccessor(_ key: [UInt8]) -> [UInt8] {
    for (index, byte) in key.enumerated() where byte != 0xFF {
      var successor = Array(key[..<index])
      successor.append(byte + 1)
      return successor
    }
    return key
  }
}
