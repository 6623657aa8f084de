/// Builds a checkpoint's `.index` file (docs/checkpoint-format.md §2–3): an SSTable
/// whose first entry is the header (key `""`) and whose other entries map each
/// tensor key, in bytewise UTF-8 order, to its `BundleEntryProto`.
enum BundleIndex {
  /// Entries keyed by UTF-8 bytes, sorted bytewise (memcmp order, not `String <`,
  /// which treats `é` and `e\u{301}` as equal). Rejects empty and duplicate keys.
  static func sorted(
    _ entries: [(key: String, entry: BundleEntry)]
  ) throws(TensorBundleError) -> [(key: [UInt8], entry: BundleEntry)] {
    var keyed: [(key: [UInt8], entry: BundleEntry)] = []
    keyed.reserveCapacity(entries.count)
    for (key, entry) in entries {
      guard !key.isEmpty else {
        throw TensorBundleError(
          .invalidArgument, "the empty key is reserved for the header entry", key: key)
      }
      keyed.append((Array(key.utf8), entry))
    }
    keyed.sort { BytewiseComparator.less($0.key, $1.key) }
    for i in keyed.indices.dropFirst() where keyed[i - 1].key == keyed[i].key {
      throw TensorBundleError(
        .duplicateKey, "duplicate key", key: String(decoding: keyed[i].key, as: UTF8.self))
    }
    return keyed
  }

  /// The bytes of the index file for `header` and bytewise-sorted, unique `entries`.
  static func build(
    header: BundleHeader, sortedEntries entries: [(key: [UInt8], entry: BundleEntry)],
    blockSize: Int = TableBuilder.defaultBlockSize
  ) throws(TensorBundleError) -> [UInt8] {
    var table = TableBuilder(blockSize: blockSize)
    table.add(key: [], value: try header.serialized())
    for (key, entry) in entries {
      table.add(key: key, value: try entry.serialized())
    }
    return table.finish()
  }
}
