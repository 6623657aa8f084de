public import Files
public import MMapIO
public import ResNet
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
    if entry.record.dtype == .float32, let base = entry.bytes.baseAddress {
      // Our own 64-byte aligned copy of bytes that are float32 by the header.
      let values = base.bindMemory(to: Float.self, capacity: entry.record.elementCount)
      return try body(UnsafeBufferPointer(start: values, count: entry.record.elementCount))
    }
    try FloatWidening.widen(
      UnsafeRawBufferPointer(entry.bytes), dtype: entry.record.dtype,
      count: entry.record.elementCount, into: &scratch, tensor: tensor.sourceName)
    return try scratch.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[0..<entry.record.elementCount]))
    }
  }

  /// The bytes of array `target`: from the cache, or decoded, caching what is
  /// passed over on the way. The caller owns (and frees) the returned bytes.
  private func fetch(_ target: Int) throws(MMapIOError) -> Cached {
    if let entry = cache.removeValue(forKey: target) { return entry }
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
      nextIndex = record.index + 1
      let wanted = record.index == target
      guard wanted || cachedBytes + record.byteCount <= Self.cacheBudget else { continue }
      let bytes = try Self.allocate(record.byteCount, path: source)
      cachedBytes += record.byteCount
      var filled = 0
      var piece = try reader.readData()
      while !piece.isEmpty {
        UnsafeMutableRawBufferPointer(rebasing: bytes[filled..<(filled + piece.count)])
          .copyMemory(from: piece)
        filled += piece.count
        piece = try reader.readData()
      }
      let entry = Cached(bytes: bytes, record: record)
      if wanted { return entry }
      cache[record.index] = entry
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
