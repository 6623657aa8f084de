public import Files
import MMapIO
public import ResNet
public import ResNetForward
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Serves source weights for verification from a `.params.lz4` file by
/// decoding it again, front to back: no decompressed copy is ever kept.
///
/// The forward pass asks for weights in forward order, which is file order for
/// GluonCV files, so one sequential decode serves a whole pass: each request
/// skips ahead to its tensor and widens it to float32 in one reused buffer
/// (memory: the decoder's chunk plus the largest tensor). A request for a tensor
/// behind the cursor (a second forward pass, or an unusual file order) starts a
/// new decode from the beginning — correct, only slower.
///
/// Content checksums: a pass that stops at the last weight it needs never
/// reaches a frame's end, so it could not act on them anyway. Given the
/// ``MappedFile/version`` of a decode that did check them to the end (the
/// conversion pass), each decode here skips them and instead refuses a file
/// whose version differs: the bytes are then the ones already checked.
public final class StreamingWeightProvider: WeightProvider {
  /// Raw bytes of tensors passed over on the way to a later one (the forward
  /// pass reads a layer's BatchNorm vectors before its kernel, the file stores
  /// the kernel first), at most ``cacheBudget`` bytes.
  private struct Cached {
    var bytes: UnsafeMutableRawBufferPointer
    var record: NDArrayRecord
  }

  /// Largest total of passed-over tensors kept for a later request.
  public static let cacheBudget = 24 << 20

  private let source: FilePath
  private let checkedVersion: FileVersion?
  private let index: StructuralIndex
  private var reader: ParamsStreamReader?
  /// Index of the next array the reader will return.
  private var nextIndex = 0
  /// The furthest any decode has reached: a new decode does not cache what an
  /// earlier one already passed over (its caller has been served), so going back
  /// for one large tensor does not fill the cache with the layers before it.
  private var reached = 0
  private var cache: [Int: Cached] = [:]
  private var cachedBytes = 0
  private var scratch: [Float] = []
  /// Decodes started (1 for a file read in order); for tests and reports.
  public private(set) var decodePasses = 0

  /// Decoding starts at the first request.
  ///
  /// - Parameter checkedVersion: the source's version when a decode that
  ///   checked every content checksum read it; `nil` to check them here.
  public init(source: FilePath, mapping: ModelMapping, checkedVersion: FileVersion? = nil) {
    self.source = source
    self.checkedVersion = checkedVersion
    self.index = StructuralIndex(mapping)
  }

  deinit {
    for entry in cache.values { Self.release(entry.bytes) }
  }

  public func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    let tensor = try index.tensor(structuralName)
    let entry = try fetch(tensor.sourceIndex)
    defer {
      Self.release(entry.bytes)
      cachedBytes -= entry.bytes.count
    }
    return try FloatWidening.values(
      UnsafeRawBufferPointer(entry.bytes), dtype: entry.record.dtype,
      count: entry.record.elementCount, scratch: &scratch, tensor: tensor.sourceName, body)
  }

  /// The bytes of array `target`: from the cache, or decoded, caching what is
  /// passed over on the way. The caller owns (and frees) the returned bytes.
  private func fetch(_ target: Int) throws(MMapIOError) -> Cached {
    if let entry = cache.removeValue(forKey: target) { return entry }
    let (reader, record) = try advance(to: target)
    let bytes = try Self.allocate(record.byteCount, path: source)
    cachedBytes += record.byteCount
    try Self.read(record.byteCount, from: reader, into: bytes.baseAddress, path: source)
    return Cached(bytes: bytes, record: record)
  }

  /// Decodes up to array `target` (from the start again if it is behind the
  /// cursor), caching what is passed over, and returns the reader positioned at
  /// the target's data.
  private func advance(to target: Int) throws(MMapIOError) -> (ParamsStreamReader, NDArrayRecord) {
    if reader == nil || target < nextIndex {
      let file = try MappedFile.weights(source)
      if let checkedVersion, file.version != checkedVersion {
        throw MMapIOError(
          .sourceChanged,
          "the file was modified after it was converted; the checkpoint cannot be verified against it",
          path: source)
      }
      let decoder = try LZ4FrameDecoder(file: file, contentChecksums: checkedVersion == nil)
      reader = try ParamsStreamReader(source: decoder, path: source)
      decodePasses += 1
      nextIndex = 0
      for entry in cache.values { Self.release(entry.bytes) }
      cache = [:]
      cachedBytes = 0
    }
    guard let reader else { throw MMapIOError(.truncated, "no open stream", path: source) }
    while true {
      guard let record = try reader.nextArray() else {
        throw MMapIOError(
          .truncated, "the stream ends before array #\(target)", path: source, tensor: "#\(target)")
      }
      let fresh = record.index >= reached
      nextIndex = record.index + 1
      reached = max(reached, nextIndex)
      if record.index == target { return (reader, record) }
      guard fresh, cachedBytes + record.byteCount <= Self.cacheBudget else {
        continue
      }
      let bytes = try Self.allocate(record.byteCount, path: source)
      cachedBytes += record.byteCount
      try Self.read(record.byteCount, from: reader, into: bytes.baseAddress, path: source)
      cache[record.index] = Cached(bytes: bytes, record: record)
    }
  }

  /// Copies the next `count` data bytes of the current array to `destination`.
  private static func read(
    _ count: Int, from reader: ParamsStreamReader, into destination: UnsafeMutableRawPointer?,
    path: FilePath
  ) throws(MMapIOError) {
    guard count > 0, let destination else { return }
    var filled = 0
    while filled < count {
      let piece = try reader.readData(upTo: count - filled)
      guard let start = piece.baseAddress, !piece.isEmpty else {
        throw MMapIOError(.truncated, "the stream ends inside an array", path: path)
      }
      (destination + filled).copyMemory(from: start, byteCount: piece.count)
      filled += piece.count
    }
  }

  /// Row blocks decoded straight into one block buffer (the stream's order is
  /// the rows' order), so a large tensor is never held whole; a cached tensor is
  /// served from its copy.
  public func forEachRowBlock(
    _ structuralName: String, shape: MatrixShape, maximumElements: Int,
    _ body: (MatrixBlock) throws -> Void
  ) throws {
    let tensor = try index.tensor(structuralName)
    guard cache[tensor.sourceIndex] == nil else {
      return try withWeights(structuralName) { values in
        try MatrixBlock.forEach(
          in: values, name: structuralName, shape: shape, maximumElements: maximumElements, body)
      }
    }
    let (reader, record) = try advance(to: tensor.sourceIndex)
    guard record.elementCount == shape.count else {
      throw VerificationError(
        .unreadableWeight,
        "\(record.elementCount) values; \(shape.rows)×\(shape.columns) needs \(shape.count)",
        tensor: tensor.sourceName)
    }
    let rowBytes = shape.columns * record.dtype.itemSize
    let blocks = shape.rowBlocks(maximumElements: maximumElements)
    let buffer = try Self.allocate((blocks.first?.count ?? 0) * rowBytes, path: source)
    defer { Self.release(buffer) }
    for rows in blocks {
      let count = rows.count * rowBytes
      try Self.read(count, from: reader, into: buffer.baseAddress, path: source)
      try FloatWidening.values(
        UnsafeRawBufferPointer(rebasing: buffer[0..<count]), dtype: record.dtype,
        count: rows.count * shape.columns, scratch: &scratch, tensor: tensor.sourceName
      ) { values in
        guard let base = values.baseAddress else { return }
        try body(MatrixBlock(rows: rows, columns: shape.columns, values: base))
      }
    }
  }

  /// Tensor buffers are mapped anonymously, not taken from malloc: unmapping
  /// returns their pages at once, where malloc's heap (whose mmap threshold
  /// grows after the conversion freed its large scratch) would keep them and
  /// let the resident set creep up layer after layer.
  private static func allocate(_ count: Int, path: FilePath) throws(MMapIOError)
    -> UnsafeMutableRawBufferPointer
  {
    guard count > 0 else { return UnsafeMutableRawBufferPointer(start: nil, count: 0) }
    let address = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    guard let address, address != MAP_FAILED else {
      throw MMapIOError(
        .systemCall, "cannot map \(count) bytes for a tensor", path: path,
        errno: Errno(rawValue: errno))
    }
    return UnsafeMutableRawBufferPointer(start: address, count: count)
  }

  private static func release(_ buffer: UnsafeMutableRawBufferPointer) {
    if let base = buffer.baseAddress { munmap(base, buffer.count) }
  }
}
