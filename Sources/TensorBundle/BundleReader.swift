internal import Files
public import SystemPackage

/// Reads a TensorFlow V2 checkpoint, ours or TensorFlow's (docs/checkpoint-format.md).
///
/// `init` maps `PREFIX.index`, checks every block's CRC, decodes the header and
/// all entries, and unmaps it again. Data shards are mapped lazily, one
/// ``MappedFile`` per shard, and each tensor's bytes are checked against the
/// CRC32C in its entry before they are handed out.
///
/// Stricter than TensorFlow where TensorFlow fails late or silently: a missing
/// header entry, unsorted or duplicate keys, big-endian data and
/// snappy-compressed blocks are refused at open, with the reason.
public final class BundleReader {
  public let prefix: FilePath
  public let header: BundleHeader
  /// Tensor keys in the file's (bytewise) order, the header excluded.
  public let keys: [String]

  private let keyBytes: [[UInt8]]
  private let entries: [BundleEntry]
  private let sliced: [Bool]
  private var shards: [Int: MappedFile] = [:]

  /// Opens the checkpoint `prefix` (`prefix.index`, `prefix.data-*`).
  public init(prefix: FilePath) throws(TensorBundleError) {
    self.prefix = prefix
    let indexPath = BundleFileNames.index(prefix: prefix)
    let index: MappedFile
    do {
      index = try MappedFile(path: indexPath)
    } catch {
      throw TensorBundleError(error, defaultPath: indexPath)
    }
    defer { index.releaseAll() }

    let table = try TableReader(index.bytes, path: indexPath)
    var header: BundleHeader?
    var keys: [String] = []
    var keyBytes: [[UInt8]] = []
    var entries: [BundleEntry] = []
    var sliced: [Bool] = []
    try table.forEachEntry { (key, value) throws(TensorBundleError) in
      if header == nil {
        guard key.isEmpty else {
          throw TensorBundleError(
            .missingHeader, "the first entry is not the header (key \"\")", path: indexPath,
            key: String(decoding: key, as: UTF8.self))
        }
        switch BundleHeader.decode(value) {
        case .success(let decoded): header = decoded
        case .failure(let failure):
          throw TensorBundleError(.corruptIndex, failure.message, path: indexPath)
        }
        return
      }
      let name = String(decoding: key, as: UTF8.self)
      switch BundleEntry.decode(value) {
      case .success(let decoded):
        keys.append(name)
        keyBytes.append(key)
        entries.append(decoded.entry)
        sliced.append(decoded.isSliced)
      case .failure(let failure):
        throw TensorBundleError(.corruptIndex, failure.message, path: indexPath, key: name)
      }
    }
    guard let header else {
      throw TensorBundleError(.missingHeader, "the index has no entries", path: indexPath)
    }
    if header.endianness == .big {
      throw TensorBundleError(
        .unsupportedHeader, "big-endian checkpoints are not supported", path: indexPath)
    }
    // TensorFlow's consumer version for bundles is 1 (kTensorBundleVersion).
    if header.minConsumer > 1 || header.badConsumers.contains(1) {
      throw TensorBundleError(
        .unsupportedHeader,
        "checkpoint min consumer version \(header.minConsumer) (bad consumers \(header.badConsumers)) excludes version 1",
        path: indexPath)
    }
    for (i, entry) in entries.enumerated() where entry.shardID >= header.numShards {
      throw TensorBundleError(
        .corruptIndex, "shard_id \(entry.shardID) is not below num_shards \(header.numShards)",
        path: indexPath, key: keys[i])
    }
    self.header = header
    self.keys = keys
    self.keyBytes = keyBytes
    self.entries = entries
    self.sliced = sliced
  }

  /// The entry for `key`, or nil.
  public func entry(for key: String) -> BundleEntry? {
    position(of: key).map { entries[$0] }
  }

  /// All entries, in key order.
  public var allEntries: [(key: String, entry: BundleEntry)] {
    Array(zip(keys, entries)).map { (key: $0.0, entry: $0.1) }
  }

  /// Path of data shard `id`.
  public func shardPath(_ id: Int) -> FilePath {
    BundleFileNames.dataShard(prefix: prefix, shard: id, of: header.numShards)
  }

  /// Maps the tensor's shard (once, then cached), checks the entry's size
  /// against its shape and dtype, the bounds against the shard, and the bytes
  /// against the entry's CRC32C; then calls `body` with the bytes.
  ///
  /// The bytes are valid only inside `body`. Call ``release(key:)`` afterwards
  /// to drop their pages from the resident set.
  public func withTensorBytes<R>(
    key: String, _ body: (UnsafeRawBufferPointer) throws -> R
  ) throws -> R {
    try body(try checkedBytes(key: key))
  }

  /// The tensor's bytes after every check of ``withTensorBytes(key:_:)``.
  /// They stay valid while the reader lives. A tensor larger than 4 MiB comes
  /// back with its pages released (checked chunk by chunk), so a caller that
  /// reads it in blocks and releases them keeps memory bounded.
  public func checkedBytes(key: String) throws(TensorBundleError) -> UnsafeRawBufferPointer {
    guard let i = position(of: key) else {
      throw TensorBundleError(
        .keyNotFound, "key not found in checkpoint", path: prefix, key: key)
    }
    let entry = entries[i]
    if sliced[i] {
      throw TensorBundleError(
        .unsupportedTensor, "partitioned variable (slices) is not supported", path: prefix,
        key: key)
    }
    let path = shardPath(entry.shardID)
    if let expected = entry.expectedSize, expected != entry.size {
      throw TensorBundleError(
        .sizeMismatch,
        "invalid size in bundle entry: stored size \(entry.size); expected size \(expected) for \(entry.dtype) \(entry.shape)",
        path: path, key: key, offset: entry.offset)
    }
    let file = try shard(entry.shardID, key: key)
    guard entry.offset <= file.count, entry.size <= file.count - entry.offset else {
      throw TensorBundleError(
        .truncatedShard,
        "read less bytes than requested: the shard has \(file.count) bytes, the tensor needs \(entry.size) from here",
        path: path, key: key, offset: entry.offset)
    }
    let bytes = UnsafeRawBufferPointer(
      rebasing: file.bytes[entry.offset..<entry.offset + entry.size])
    let actual: UInt32
    if entry.dtype == .string, let count = entry.elementCount {
      do {
        actual = try StringTensorChecksum.entryCRC(of: bytes, count: count)
      } catch {
        switch error {
        case .lengthChecksum(let stored, let computed):
          throw TensorBundleError(
            .checksumMismatch,
            "the length checksum does not match: expected \(stored) but actual is \(computed)",
            path: path, key: key, offset: entry.offset)
        case .malformed(let message):
          throw TensorBundleError(
            .corruptData, "bad string tensor: \(message)", path: path, key: key,
            offset: entry.offset)
        }
      }
    } else {
      actual = Self.checksum(bytes, releasing: file, from: entry.offset)
    }
    guard actual == entry.crc32c else {
      throw TensorBundleError(
        .checksumMismatch,
        "checksum does not match: stored \(entry.crc32c) vs. calculated on the restored bytes \(actual) (\(entry.size) bytes)",
        path: path, key: key, offset: entry.offset)
    }
    return bytes
  }

  /// Tensors larger than this are checksummed in chunks whose pages are
  /// released behind the cursor, so checking a tensor never makes it resident.
  static let checksumChunk = 4 << 20

  /// The CRC32C of `bytes` (at `offset` in `file`), releasing the pages of a
  /// large tensor chunk by chunk: its user then reads it in bounded blocks.
  private static func checksum(
    _ bytes: UnsafeRawBufferPointer, releasing file: MappedFile, from offset: Int
  )
    -> UInt32
  {
    guard bytes.count > checksumChunk else { return CRC32C.checksum(bytes) }
    var crc = CRC32C()
    var done = 0
    while done < bytes.count {
      let end = min(done + checksumChunk, bytes.count)
      crc.update(UnsafeRawBufferPointer(rebasing: bytes[done..<end]))
      file.release(offset..<offset + end)
      done = end
    }
    return crc.value
  }

  /// Drops the pages of `key`'s bytes from the resident set (`madvise`); the
  /// bytes stay readable and are faulted back in on the next access.
  public func release(key: String) {
    guard let i = position(of: key), let file = shards[entries[i].shardID] else { return }
    file.release(entries[i].offset..<entries[i].offset + entries[i].size)
  }

  /// Drops every mapped shard page from the resident set.
  public func releaseAll() {
    for file in shards.values { file.releaseAll() }
  }

  // MARK: - Internals

  private func position(of key: String) -> Int? {
    let target = Array(key.utf8)
    var low = 0
    var high = keyBytes.count
    while low < high {
      let mid = (low + high) / 2
      if BytewiseComparator.less(keyBytes[mid], target) {
        low = mid + 1
      } else {
        high = mid
      }
    }
    return low < keyBytes.count && keyBytes[low] == target ? low : nil
  }

  private func shard(_ id: Int, key: String) throws(TensorBundleError) -> MappedFile {
    if let file = shards[id] { return file }
    let path = shardPath(id)
    do {
      let file = try MappedFile(path: path)
      shards[id] = file
      return file
    } catch {
      var wrapped = TensorBundleError(error, defaultPath: path)
      wrapped.key = key
      throw wrapped
    }
  }
}
