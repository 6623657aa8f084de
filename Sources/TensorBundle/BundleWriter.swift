public import Files
public import SystemPackage

/// Writes one checkpoint, tensor by tensor, through a bounded buffer
/// (docs/checkpoint-format.md §1, §4):
///
///     beginTensor → append… (or withAppendBuffer…) → endTensor   for each tensor
///     finish(entries:)                                           once
///
/// Tensors are packed back to back into data shards; a new shard is started
/// when a tensor would push the current, non-empty one past `maxShardSize`.
/// Tensors are never split. While writing, shards live under temporary names in
/// `directory`; ``finish(entries:writeCheckpointState:)`` fsyncs and renames them
/// to `-0000K-of-0000N`, then writes the index and the `checkpoint` file, in the
/// order that makes a present index mean "complete".
///
/// If the writer is dropped or ``abort()``ed before `finish` succeeds, its
/// temporary files are removed.
public final class BundleWriter {
  /// The directory the files are written in (opened once; every file
  /// operation is relative to it).
  public let files: Directory
  /// Its path, for messages.
  public var directory: FilePath { files.path }
  public let prefix: String
  public let maxShardSize: Int
  public let bufferSize: Int

  private enum State {
    case open
    case failed
    case finished
  }

  /// The tensor between `beginTensor` and `endTensor`.
  private struct OpenTensor {
    var key: String?
    var dtype: TFDataType
    var shape: [Int]
    var expectedSize: Int?
    var shardID: Int
    var offset: Int
    var written = 0
    var crc = CRC32C()
  }

  private var state = State.open
  /// Temporary names and sizes of the shards already closed.
  private var closedShards: [(name: String, size: Int)] = []
  private var shard: DataShardWriter?
  private var tensor: OpenTensor?
  /// Final names already in place (cleaned up if `finish` fails before the index).
  private var renamedShards: [String] = []

  /// Starts a checkpoint `<directory>/<prefix>`.
  ///
  /// `directory` must exist. `prefix` is a file name prefix (no `/`): files are
  /// `<prefix>.data-…` and `<prefix>.index`.
  public convenience init(
    directory: FilePath, prefix: String, maxShardSize: Int, bufferSize: Int = 1 << 20
  ) throws(TensorBundleError) {
    let files: Directory
    do { files = try Directory(opening: directory) } catch {
      throw TensorBundleError(error, defaultPath: directory)
    }
    try self.init(
      directory: files, prefix: prefix, maxShardSize: maxShardSize, bufferSize: bufferSize)
  }

  /// Starts a checkpoint `<prefix>` in the open directory `directory`.
  public init(
    directory: Directory, prefix: String, maxShardSize: Int, bufferSize: Int = 1 << 20
  ) throws(TensorBundleError) {
    guard !prefix.isEmpty, prefix != ".", prefix != "..", !prefix.utf8.contains(UInt8(ascii: "/")),
      !prefix.utf8.contains(0)
    else {
      throw TensorBundleError(
        .invalidArgument, "checkpoint prefix must be a plain file name, got \"\(prefix)\"",
        path: directory.path)
    }
    guard maxShardSize > 0, bufferSize > 0 else {
      throw TensorBundleError(
        .invalidArgument,
        "maxShardSize (\(maxShardSize)) and bufferSize (\(bufferSize)) must be positive",
        path: directory.path)
    }
    self.files = directory
    self.prefix = prefix
    self.maxShardSize = maxShardSize
    self.bufferSize = bufferSize
    shard = try DataShardWriter(
      name: temporaryShardName(0), in: directory, bufferSize: bufferSize)
  }

  deinit {
    if state != .finished { removeFiles() }
  }

  /// Bytes of tensor data written so far, in all shards.
  public var bytesWritten: Int {
    closedShards.reduce(0) { $0 + $1.size } + (shard?.size ?? 0)
  }

  /// Shards started so far (the current one included).
  public var shardCount: Int {
    closedShards.count + (shard == nil ? 0 : 1)
  }

  /// The checkpoint prefix as a path: `<directory>/<prefix>`.
  public var prefixPath: FilePath { directory.appending(prefix) }

  /// Starts a tensor. Opens a new shard first if this tensor would push the
  /// current (non-empty) shard past `maxShardSize`. `key` only labels errors.
  public func beginTensor(
    dtype: TFDataType, shape: [Int], key: String? = nil
  ) throws(TensorBundleError) {
    try checkOpen()
    if let tensor {
      throw TensorBundleError(
        .invalidState, "beginTensor while a tensor is open", key: tensor.key ?? key)
    }
    guard dtype != .string else {
      // Its entry CRC is not the CRC of its bytes (docs/checkpoint-format.md §4.3);
      // ResNet weights never need it.
      throw TensorBundleError(
        .invalidArgument, "string tensors are not supported by the writer", key: key)
    }
    let probe = BundleEntry(dtype: dtype, shape: shape, shardID: 0, offset: 0, size: 0, crc32c: 0)
    guard probe.elementCount != nil else {
      throw TensorBundleError(.invalidArgument, "bad shape \(shape)", key: key)
    }
    let expectedSize = probe.expectedSize
    if dtype.byteSize != nil && expectedSize == nil {
      throw TensorBundleError(.invalidArgument, "shape \(shape) is too large", key: key)
    }
    guard var current = shard else {
      throw TensorBundleError(.invalidState, "no open shard", key: key)
    }
    if let expectedSize, expectedSize > 0, current.size > 0,
      expectedSize > maxShardSize - current.size
    {
      current = try startNextShard()
    }
    tensor = OpenTensor(
      key: key, dtype: dtype, shape: shape, expectedSize: expectedSize,
      shardID: closedShards.count, offset: current.size)
  }

  /// Appends payload bytes of the current tensor, in any chunk size; the CRC is
  /// computed on the way.
  public func append(_ bytes: UnsafeRawBufferPointer) throws(TensorBundleError) {
    let shard = try openTensorShard(adding: bytes.count)
    tensor?.crc.update(bytes)
    tensor?.written += bytes.count
    try fail(on: { () throws(TensorBundleError) in try shard.append(bytes) })
  }

  /// Lets the caller produce payload bytes straight into the writer's buffer.
  ///
  /// `fill` gets the buffer's free space (at least `minimumCapacity` bytes,
  /// which must not exceed `bufferSize`) and returns how many bytes it wrote at
  /// its start. Errors thrown by `fill` are rethrown; the tensor is then unusable.
  public func withAppendBuffer(
    minimumCapacity: Int, _ fill: (UnsafeMutableRawBufferPointer) throws -> Int
  ) throws {
    let shard = try openTensorShard(adding: 0)
    guard minimumCapacity >= 0, minimumCapacity <= bufferSize else {
      throw TensorBundleError(
        .invalidArgument,
        "minimumCapacity \(minimumCapacity) exceeds the writer's buffer of \(bufferSize) bytes",
        path: shard.path, key: tensor?.key)
    }
    do {
      try shard.withFreeSpace(minimumCapacity: minimumCapacity, fill) {
        (filled) throws(TensorBundleError) in
        if let expected = tensor?.expectedSize, let written = tensor?.written,
          filled.count > expected - written
        {
          throw overrun(adding: filled.count)
        }
        tensor?.crc.update(filled)
        tensor?.written += filled.count
      }
    } catch {
      state = .failed
      throw error
    }
  }

  /// Starts writing the whole payload of the open tensor (nothing appended
  /// yet) by position: every byte of the returned ``TensorRegion`` must be
  /// written before ``finishInPlace(_:)``, which computes the CRC by reading the
  /// region back in bounded chunks.
  ///
  /// Why: some layout changes scatter every source row across the whole
  /// destination. Writing them in place holds one band of the tensor in
  /// memory, where appending in order would hold all of it; the written bytes
  /// live in the page cache, not in the process.
  public func beginInPlace() throws(TensorBundleError) -> TensorRegion {
    let shard = try openTensorShard(adding: 0)
    guard let tensor, tensor.written == 0, let count = tensor.expectedSize else {
      throw TensorBundleError(
        .invalidState, "an in-place tensor needs a fixed size and nothing appended yet",
        path: shard.path, key: tensor?.key)
    }
    let start = try failing { () throws(TensorBundleError) in try shard.reserveRegion(count) }
    return TensorRegion(shard: shard, start: start, count: count)
  }

  /// Ends the in-place payload `region`: checks it was written to its end and
  /// checksums it.
  public func finishInPlace(_ region: TensorRegion) throws(TensorBundleError) {
    _ = try openTensorShard(adding: 0)
    let crc = try failing { () throws(TensorBundleError) in
      try region.shard.finishRegion(start: region.start, count: region.count)
      let chunk = UnsafeMutableRawBufferPointer.allocate(
        byteCount: min(max(region.count, 1), 1 << 20), alignment: 64)
      defer { chunk.deallocate() }
      var crc = CRC32C()
      var done = 0
      while done < region.count {
        let piece = UnsafeMutableRawBufferPointer(
          rebasing: chunk[..<min(chunk.count, region.count - done)])
        try region.shard.read(into: piece, at: region.start + done)
        crc.update(UnsafeRawBufferPointer(piece))
        done += piece.count
      }
      return crc
    }
    tensor?.crc = crc
    tensor?.written = region.count
  }

  /// Ends the current tensor and returns its entry. Throws if the byte count
  /// differs from shape × dtype size.
  public func endTensor() throws(TensorBundleError) -> BundleEntry {
    try checkOpen()
    guard let tensor else {
      throw TensorBundleError(.invalidState, "endTensor without beginTensor")
    }
    self.tensor = nil
    if let expected = tensor.expectedSize, expected != tensor.written {
      throw TensorBundleError(
        .sizeMismatch,
        "tensor has \(tensor.written) bytes, but \(tensor.dtype) \(tensor.shape) needs \(expected)",
        path: shard?.path, key: tensor.key, offset: tensor.offset)
    }
    return BundleEntry(
      dtype: tensor.dtype, shape: tensor.shape, shardID: tensor.shardID, offset: tensor.offset,
      size: tensor.written, crc32c: tensor.crc.value)
  }

  /// Completes the checkpoint:
  ///
  /// 1. flushes, fsyncs and closes the shards, renames them to
  ///    `<prefix>.data-0000K-of-0000N`, fsyncs the directory;
  /// 2. writes `<prefix>.index` (header entry first, keys bytewise-sorted UTF-8,
  ///    duplicates rejected) to a temporary name, fsyncs it, renames it;
  /// 3. if `writeCheckpointState`, writes the `checkpoint` file the same way.
  ///
  /// Returns the files written, in that order.
  @discardableResult
  public func finish(
    entries: [(key: String, entry: BundleEntry)], writeCheckpointState: Bool = true
  ) throws(TensorBundleError) -> [FilePath] {
    try checkOpen()
    if let tensor {
      throw TensorBundleError(.invalidState, "finish while a tensor is open", key: tensor.key)
    }
    // Validate everything before touching the file system.
    let sorted = try BundleIndex.sorted(entries)
    let sizes = closedShards.map(\.size) + [shard?.size ?? 0]
    for (key, entry) in sorted {
      guard entry.shardID >= 0, entry.shardID < sizes.count, entry.offset >= 0, entry.size >= 0,
        entry.size <= sizes[entry.shardID] - entry.offset
      else {
        throw TensorBundleError(
          .invalidArgument,
          "entry (shard \(entry.shardID), offset \(entry.offset), size \(entry.size)) is not inside the \(sizes.count) shards written",
          key: String(decoding: key, as: UTF8.self))
      }
    }
    let header = BundleHeader(numShards: sizes.count)
    let index = try BundleIndex.build(header: header, sortedEntries: sorted)

    do throws(TensorBundleError) {
      var written: [FilePath] = []
      if let shard {
        try shard.finish()
        closedShards.append((shard.name, shard.size))
        self.shard = nil
      }
      for (id, closed) in closedShards.enumerated() {
        let final = BundleFileNames.dataShard(prefix: prefixPath, shard: id, of: closedShards.count)
        let finalName = final.lastComponent?.string ?? ""
        do { try files.rename(closed.name, to: files, as: finalName) } catch {
          throw TensorBundleError(error)
        }
        renamedShards.append(finalName)
        written.append(final)
      }
      try sync()

      let indexPath = BundleFileNames.index(prefix: prefixPath)
      do {
        try files.writeAtomically(
          index, as: indexPath.lastComponent?.string ?? "", replacing: true)
      } catch {
        throw TensorBundleError(error, defaultPath: indexPath)
      }
      written.append(indexPath)
      // The checkpoint is complete from here on: keep its files whatever happens next.
      state = .finished
      try sync()

      if writeCheckpointState {
        try CheckpointStateFile(modelCheckpointPath: prefix).write(into: files)
        written.append(BundleFileNames.checkpointState(directory: directory))
      }
      return written
    } catch {
      if state != .finished {
        state = .failed
        removeFiles()
      }
      throw error
    }
  }

  /// Abandons the checkpoint and removes its temporary files.
  public func abort() {
    guard state != .finished else { return }
    state = .failed
    removeFiles()
  }

  // MARK: - Internals

  private func temporaryShardName(_ id: Int) -> String {
    prefix + ".data-" + BundleFileNames.zeroPadded(id) + BundleFileNames.temporarySuffix()
  }

  private func sync() throws(TensorBundleError) {
    do { try files.sync() } catch { throw TensorBundleError(error) }
  }

  private func checkOpen() throws(TensorBundleError) {
    switch state {
    case .open: return
    case .failed:
      throw TensorBundleError(
        .invalidState, "the writer failed earlier and cannot continue", path: prefixPath)
    case .finished:
      throw TensorBundleError(.invalidState, "the checkpoint is already finished", path: prefixPath)
    }
  }

  /// The shard of the open tensor, after checking that `count` more bytes fit its size.
  private func openTensorShard(adding count: Int) throws(TensorBundleError) -> DataShardWriter {
    try checkOpen()
    guard tensor != nil, let shard else {
      throw TensorBundleError(.invalidState, "append without beginTensor", path: prefixPath)
    }
    if let expected = tensor?.expectedSize, let written = tensor?.written,
      count > expected - written
    {
      throw overrun(adding: count)
    }
    return shard
  }

  private func overrun(adding count: Int) -> TensorBundleError {
    let tensor = self.tensor
    let expected = tensor?.expectedSize ?? 0
    let written = tensor?.written ?? 0
    return TensorBundleError(
      .sizeMismatch,
      "appending \(count) bytes to \(written) exceeds the \(expected) bytes of \(tensor?.dtype.description ?? "?") \(tensor?.shape ?? [])",
      path: shard?.path, key: tensor?.key, offset: (tensor?.offset ?? 0) + written)
  }

  /// Closes the current shard and opens the next one.
  private func startNextShard() throws(TensorBundleError) -> DataShardWriter {
    try fail(on: { () throws(TensorBundleError) in
      if let shard {
        try shard.finish()
        closedShards.append((shard.name, shard.size))
        self.shard = nil
      }
      shard = try DataShardWriter(
        name: temporaryShardName(closedShards.count), in: files, bufferSize: bufferSize)
    })
    guard let shard else { throw TensorBundleError(.invalidState, "no open shard") }
    return shard
  }

  /// Runs `body`; an error leaves the writer failed (the shard's state is unknown).
  private func fail(on body: () throws(TensorBundleError) -> Void) throws(TensorBundleError) {
    do {
      try body()
    } catch {
      state = .failed
      throw error
    }
  }

  /// Runs `body` and returns its value; an error leaves the writer failed.
  private func failing<T>(_ body: () throws(TensorBundleError) -> T) throws(TensorBundleError) -> T
  {
    do {
      return try body()
    } catch {
      state = .failed
      throw error
    }
  }

  private func removeFiles() {
    if let shard {
      try? files.removeFile(shard.name)
      self.shard = nil
    }
    for closed in closedShards { try? files.removeFile(closed.name) }
    for renamed in renamedShards { try? files.removeFile(renamed) }
    closedShards = []
    renamedShards = []
  }
}

/// The payload of one tensor in a data shard, written by position
/// (``BundleWriter/writeInPlace(_:)``).
public struct TensorRegion {
  fileprivate let shard: DataShardWriter
  fileprivate let start: Int
  /// The payload's size in bytes.
  public let count: Int

  /// Writes `bytes` at byte `offset` of the payload.
  public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(TensorBundleError) {
    guard offset >= 0, offset <= count, bytes.count <= count - offset else {
      throw TensorBundleError(
        .sizeMismatch, "\(bytes.count) bytes at \(offset) overrun a payload of \(count)",
        path: shard.path, offset: start + offset)
    }
    try shard.write(bytes, at: start + offset)
  }
}
