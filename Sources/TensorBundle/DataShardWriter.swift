internal import Files
internal import SystemPackage

/// Writes one data shard file (docs/checkpoint-format.md §4): the plain
/// concatenation of tensor payloads, no framing. Bytes go through a fixed
/// buffer; payloads larger than the buffer go straight to `write`.
///
/// The file is created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`) under a
/// temporary name; ``BundleWriter`` renames it once the shard count is known.
final class DataShardWriter {
  /// The file's name in its directory.
  let name: String
  let path: FilePath
  private let file: OutputFile
  private let buffer: UnsafeMutableRawBufferPointer
  private var buffered = 0

  /// Creates the shard file `name` in `directory` with a buffer of `bufferSize` bytes.
  init(name: String, in directory: Directory, bufferSize: Int) throws(TensorBundleError) {
    precondition(bufferSize > 0)
    self.name = name
    do { file = try directory.createFile(name) } catch { throw TensorBundleError(error) }
    path = file.path
    buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 64)
  }

  /// Opens an existing file at `path` as a shard without truncating it
  /// (tests write to /dev/full this way).
  init(existing path: FilePath, bufferSize: Int) throws(TensorBundleError) {
    precondition(bufferSize > 0)
    name = path.lastComponent?.string ?? ""
    self.path = path
    do { file = try OutputFile(creating: path, exclusive: false) } catch {
      throw TensorBundleError(error)
    }
    buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 64)
  }

  deinit {
    buffer.deallocate()
  }

  /// Bytes in the shard so far, buffered or written: the offset of the next byte.
  var size: Int { file.size + buffered }

  /// Capacity of the buffer.
  var bufferSize: Int { buffer.count }

  /// Appends `bytes`.
  func append(_ bytes: UnsafeRawBufferPointer) throws(TensorBundleError) {
    var remaining = bytes
    while !remaining.isEmpty {
      if buffered == 0 && remaining.count >= buffer.count {
        try write(remaining)
        return
      }
      let count = min(remaining.count, buffer.count - buffered)
      UnsafeMutableRawBufferPointer(rebasing: buffer[buffered..<buffered + count])
        .copyMemory(from: UnsafeRawBufferPointer(rebasing: remaining[..<count]))
      buffered += count
      remaining = UnsafeRawBufferPointer(rebasing: remaining[count...])
      if buffered == buffer.count {
        try flush()
      }
    }
  }

  /// Hands `fill` the buffer's free space (at least `minimumCapacity` bytes,
  /// flushing first if needed). `fill` returns how many bytes it wrote at the
  /// start; `commit` then sees exactly those bytes, before they can be flushed.
  func withFreeSpace(
    minimumCapacity: Int,
    _ fill: (UnsafeMutableRawBufferPointer) throws -> Int,
    commit: (UnsafeRawBufferPointer) throws(TensorBundleError) -> Void
  ) throws {
    guard minimumCapacity >= 0, minimumCapacity <= buffer.count else {
      throw TensorBundleError(
        .invalidArgument,
        "minimumCapacity \(minimumCapacity) exceeds the writer's buffer of \(buffer.count) bytes",
        path: path)
    }
    if buffer.count - buffered < minimumCapacity || buffered == buffer.count {
      try flush()
    }
    let free = UnsafeMutableRawBufferPointer(rebasing: buffer[buffered...])
    let count = try fill(free)
    guard count >= 0, count <= free.count else {
      throw TensorBundleError(
        .invalidArgument, "fill reported \(count) bytes written into \(free.count) bytes of space",
        path: path, offset: size)
    }
    try commit(UnsafeRawBufferPointer(rebasing: free[..<count]))
    buffered += count
    if buffered == buffer.count {
      try flush()
    }
  }

  /// Flushes the buffer and returns the offset where a region of `count`
  /// bytes written by position (``write(_:at:)``) starts; the append position
  /// then moves past it. The caller must write every byte of the region.
  func reserveRegion(_ count: Int) throws(TensorBundleError) -> Int {
    try flush()
    let start = file.size
    reservedEnd = max(reservedEnd, start + count)
    return start
  }

  /// Writes `bytes` at absolute `offset`, inside a region from ``reserveRegion(_:)``.
  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(TensorBundleError) {
    do { try file.write(bytes, at: offset) } catch {
      throw TensorBundleError(error, offset: offset)
    }
  }

  /// Reads back `buffer.count` bytes at absolute `offset`.
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(TensorBundleError) {
    do { try file.read(into: buffer, at: offset) } catch {
      throw TensorBundleError(error, offset: offset)
    }
  }

  /// Ends a region: checks it was written to its end and starts its writeback.
  func finishRegion(start: Int, count: Int) throws(TensorBundleError) {
    guard file.size == start + count, reservedEnd == start + count else {
      throw TensorBundleError(
        .sizeMismatch,
        "a region of \(count) bytes at \(start) ends at \(file.size) in the file", path: path,
        offset: start)
    }
    file.startWriteback(from: start, count: count)
  }

  /// The bytes reserved by ``reserveRegion(_:)`` end here.
  private var reservedEnd = 0

  /// Writes the buffered bytes to the file.
  func flush() throws(TensorBundleError) {
    guard buffered > 0 else { return }
    let pending = UnsafeRawBufferPointer(rebasing: buffer[..<buffered])
    buffered = 0
    try write(pending)
  }

  private func write(_ bytes: UnsafeRawBufferPointer) throws(TensorBundleError) {
    let offset = file.size
    do { try file.write(bytes) } catch { throw TensorBundleError(error, offset: offset) }
  }

  /// Flushes, fsyncs and closes the file.
  func finish() throws(TensorBundleError) {
    try flush()
    do {
      try file.sync()
      try file.close()
    } catch {
      throw TensorBundleError(error)
    }
  }
}
