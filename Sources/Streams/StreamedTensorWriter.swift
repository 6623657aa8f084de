public import TensorBundle

/// Writes tensors whose source bytes arrive as a stream (a decompressed
/// `.params.lz4`) through their layout change into a ``BundleWriter``.
///
///     begin(job) → consume(bytes)… (the tensor's source bytes, in order, any
///     chunking) → end()
///
/// - Copies (and float16 → float32 conversions) pass through in chunks.
/// - Permuted tensors are scattered band by band, as their source rows arrive,
///   into one reused buffer holding the permuted tensor (in the source element
///   type); at `end()` it is handed to the writer, converted if needed. Memory is
///   therefore one tensor (≤ ``maximumBufferedTensorSize``) plus one source row
///   for a row cut between two chunks.
/// - Larger permuted tensors are gathered in bands of source rows, each written
///   in place in the checkpoint as it fills (``InPlaceBandWriter``).
///
/// The bytes written are exactly those ``TensorStreamer`` writes for the same
/// job from a mapped file.
public final class StreamedTensorWriter {
  /// The checkpoint being written.
  public let writer: BundleWriter
  /// Bytes handed to the writer per step when converting.
  public let chunkSize: Int
  /// Largest permuted tensor buffered whole; larger ones are written in place.
  public let maximumBufferedTensorSize: Int

  private let tensorScratch = ScratchBuffer(capacity: 0)
  private let chunkScratch: ScratchBuffer
  /// A partial source row (permuted) or element (converted) cut by a chunk boundary.
  private let carry = ScratchBuffer(capacity: 64)
  private var job: TensorJob?
  /// The current tensor when it is too large to buffer and is written in place.
  private var inPlace: (bands: InPlaceBandWriter, region: TensorRegion)?
  /// The first source row gathered in `carry` for an in-place tensor.
  private var bandStart = 0
  private var carried = 0
  /// Source bytes received for the current tensor.
  private var received = 0

  /// The default ``maximumBufferedTensorSize``: every float32 ResNet tensor
  /// (the largest is 9.4 MB) fits with room to spare.
  public static let defaultMaximumBufferedTensorSize = 16 << 20

  public init(
    writer: BundleWriter, chunkSize: Int = 1 << 20,
    maximumBufferedTensorSize: Int = defaultMaximumBufferedTensorSize
  ) {
    self.writer = writer
    self.chunkSize = max(chunkSize, 64)
    self.maximumBufferedTensorSize = maximumBufferedTensorSize
    self.chunkScratch = ScratchBuffer(capacity: self.chunkSize)
  }

  /// Starts a tensor in the checkpoint.
  ///
  /// - Throws: ``TensorBundleError`` with code `.unsupportedTensor` when the job
  ///   permutes a tensor larger than ``maximumBufferedTensorSize`` whose source
  ///   rows are each larger than a band.
  public func begin(_ job: TensorJob) throws(TensorBundleError) {
    let elementSize = job.record.dtype.itemSize
    let buffered = job.record.byteCount <= maximumBufferedTensorSize
    if let permutation = job.permutation, !canWrite(job) {
      throw TensorBundleError(
        .unsupportedTensor,
        "a streamed tensor of \(job.record.byteCount) bytes with source rows of \(permutation.columns * elementSize) bytes cannot be permuted: at most \(maximumBufferedTensorSize) bytes are buffered",
        offset: job.record.dataOffset)
    }
    try writer.beginTensor(dtype: job.outputType, shape: job.outputShape)
    inPlace = nil
    if let permutation = job.permutation {
      if buffered {
        tensorScratch.reserve(job.record.byteCount)
        carry.reserve(permutation.columns * elementSize)
      } else {
        // Too large to buffer: written in place in the checkpoint, band by band.
        let region = try writer.beginInPlace()
        let bands = InPlaceBandWriter(
          permutation: permutation, conversion: job.conversion, elementSize: elementSize,
          region: region, scratch: tensorScratch, budget: TensorStreamer.bandBudget)
        carry.reserve(bands.bandRows * permutation.columns * elementSize)
        inPlace = (bands, region)
      }
    }
    self.job = job
    carried = 0
    received = 0
    bandStart = 0
  }

  /// Whether ``begin(_:)`` accepts `job`: a copy, a permuted tensor of at most
  /// ``maximumBufferedTensorSize`` bytes, or a larger one whose source rows each
  /// fit a band.
  public func canWrite(_ job: TensorJob) -> Bool {
    guard let permutation = job.permutation, job.record.byteCount > maximumBufferedTensorSize
    else { return true }
    return InPlaceBandWriter.fits(
      permutation, elementSize: job.record.dtype.itemSize, budget: TensorStreamer.bandBudget)
  }

  /// Takes the next source bytes of the current tensor.
  public func consume(_ bytes: UnsafeRawBufferPointer) throws(TensorBundleError) {
    guard let job else {
      throw TensorBundleError(.invalidState, "consume without begin")
    }
    guard bytes.count <= job.record.byteCount - received else {
      throw TensorBundleError(
        .sizeMismatch,
        "\(received + bytes.count) source bytes for a tensor of \(job.record.byteCount)",
        offset: job.record.dataOffset)
    }
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    received += bytes.count
    if let inPlace {
      try gatherBands(inPlace.bands, start, bytes.count)
    } else if let permutation = job.permutation {
      scatter(job, permutation, start, bytes.count)
    } else if job.conversion == .none {
      try writer.append(bytes)
    } else {
      try convert(job, start, bytes.count)
    }
  }

  /// Ends the tensor, after all its source bytes, and returns its entry.
  public func end() throws(TensorBundleError) -> BundleEntry {
    guard let job else {
      throw TensorBundleError(.invalidState, "end without begin")
    }
    self.job = nil
    if let inPlace {
      self.inPlace = nil
      guard received == job.record.byteCount else {
        throw TensorBundleError(
          .sizeMismatch, "\(received) source bytes for a tensor of \(job.record.byteCount)",
          offset: job.record.dataOffset)
      }
      try flushBand(inPlace.bands)
      try writer.finishInPlace(inPlace.region)
      return try writer.endTensor()
    }
    guard received == job.record.byteCount, carried == 0 else {
      throw TensorBundleError(
        .sizeMismatch, "\(received) source bytes for a tensor of \(job.record.byteCount)",
        offset: job.record.dataOffset)
    }
    if job.permutation != nil {
      try writePermuted(job)
    }
    return try writer.endTensor()
  }

  // MARK: - Paths

  /// Moves bytes from `pointer` into `carry` until it holds `size` bytes or
  /// `left` runs out; returns whether it is full.
  private func topUpCarry(to size: Int, _ pointer: inout UnsafeRawPointer, _ left: inout Int)
    -> Bool
  {
    let take = min(size - carried, left)
    (carry.base + carried).copyMemory(from: pointer, byteCount: take)
    carried += take
    pointer += take
    left -= take
    return carried == size
  }

  /// Collects source rows in `carry` (one band) and writes each full band in place.
  private func gatherBands(_ bands: InPlaceBandWriter, _ start: UnsafeRawPointer, _ count: Int)
    throws(TensorBundleError)
  {
    let bandBytes = bands.bandRows * bands.permutation.columns * bands.elementSize
    var pointer = start
    var left = count
    while left > 0 {
      if topUpCarry(to: bandBytes, &pointer, &left) { try flushBand(bands) }
    }
  }

  /// Writes the whole rows gathered in `carry`, which start at source row `bandStart`.
  private func flushBand(_ bands: InPlaceBandWriter) throws(TensorBundleError) {
    let rowBytes = bands.permutation.columns * bands.elementSize
    guard carried > 0, rowBytes > 0 else { return }
    let rows = bandStart..<(bandStart + carried / rowBytes)
    try bands.write(rows: rows, from: carry.base)
    bandStart = rows.upperBound
    carried = 0
  }

  /// Scatters whole source rows into the tensor scratch; keeps a cut row in `carry`.
  private func scatter(
    _ job: TensorJob, _ permutation: LayoutPermutation, _ start: UnsafeRawPointer, _ count: Int
  ) {
    let elementSize = job.record.dtype.itemSize
    let rowBytes = permutation.columns * elementSize
    guard rowBytes > 0 else { return }
    var pointer = start
    var left = count
    // The first source row not yet scattered.
    var row = (received - count - carried) / rowBytes
    if carried > 0 {
      guard topUpCarry(to: rowBytes, &pointer, &left) else { return }
      PermutationKernel.permuteBand(
        permutation, elementSize: elementSize, rows: row..<(row + 1), from: carry.base,
        to: tensorScratch.base)
      carried = 0
      row += 1
    }
    let whole = left / rowBytes
    if whole > 0 {
      PermutationKernel.permuteBand(
        permutation, elementSize: elementSize, rows: row..<(row + whole), from: pointer,
        to: tensorScratch.base)
      pointer += whole * rowBytes
      left -= whole * rowBytes
    }
    if left > 0 {
      carry.base.copyMemory(from: pointer, byteCount: left)
      carried = left
    }
  }

  /// Converts whole elements in chunks; keeps a cut element in `carry`.
  private func convert(_ job: TensorJob, _ start: UnsafeRawPointer, _ count: Int)
    throws(TensorBundleError)
  {
    let elementSize = job.record.dtype.itemSize
    let outputSize = job.conversion.outputSize(forSourceSize: elementSize)
    var pointer = start
    var left = count
    if carried > 0 {
      guard topUpCarry(to: elementSize, &pointer, &left) else { return }
      try convertElements(job.conversion, 1, elementSize, outputSize, carry.base)
      carried = 0
    }
    let whole = left / elementSize
    let perChunk = max(1, chunkSize / outputSize)
    var done = 0
    while done < whole {
      let n = min(perChunk, whole - done)
      try convertElements(job.conversion, n, elementSize, outputSize, pointer + done * elementSize)
      done += n
    }
    left -= whole * elementSize
    if left > 0 {
      carry.base.copyMemory(from: pointer + whole * elementSize, byteCount: left)
      carried = left
    }
  }

  private func convertElements(
    _ conversion: ElementConversion, _ count: Int, _ elementSize: Int, _ outputSize: Int,
    _ source: UnsafeRawPointer
  ) throws(TensorBundleError) {
    ElementConversion.convert(
      conversion, count: count, elementSize: elementSize, from: source, to: chunkScratch.base)
    try writer.append(UnsafeRawBufferPointer(start: chunkScratch.base, count: count * outputSize))
  }

  /// Hands the permuted tensor to the writer, converting on the way if needed.
  private func writePermuted(_ job: TensorJob) throws(TensorBundleError) {
    let record = job.record
    if job.conversion == .none {
      var offset = 0
      while offset < record.byteCount {
        let end = min(offset + chunkSize, record.byteCount)
        try writer.append(
          UnsafeRawBufferPointer(start: tensorScratch.base + offset, count: end - offset))
        offset = end
      }
    } else {
      let elementSize = record.dtype.itemSize
      let outputSize = job.conversion.outputSize(forSourceSize: elementSize)
      let perChunk = max(1, chunkSize / outputSize)
      var element = 0
      while element < record.elementCount {
        let n = min(perChunk, record.elementCount - element)
        try convertElements(
          job.conversion, n, elementSize, outputSize, tensorScratch.base + element * elementSize)
        element += n
      }
    }
  }
}
