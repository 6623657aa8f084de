public import MMapIO
public import TensorBundle

/// Streams tensors from a mapped `.params` file through their layout transform
/// into a ``BundleWriter``, in bounded memory.
///
/// Memory: the writer's buffer, one chunk of scratch, and one scratch buffer for
/// a permuted tensor: the whole tensor up to ``wholeTensorLimit``, one band of
/// source rows for larger ones, which are written in place in the checkpoint.
/// Source pages are released behind the cursor, so the mapped file never
/// accumulates in the resident set.
public final class TensorStreamer {
  /// Bytes handed to the writer per step.
  public let chunkSize: Int
  /// Largest conv kernel permuted whole; larger ones take the row-chunked path.
  ///
  /// A tensor written in place first gives back scratch beyond one band (``bandBudget``) that
  /// an earlier whole tensor left. Kept, an 8 MiB one (a 1024→2048 1×1, a 1000-class head of
  /// 2048 features) sat under the in-place tensor's 4 MiB source band, and
  /// se_resnext101_64x4d's conversion peaked at 33 MiB, over its 32 MiB bound (25 MiB given
  /// back). A lower limit would do the same at a cost: in place, a 512→512 3×3 takes a write
  /// per destination row and band (13,824 of 908 bytes), which made resnet50_v1d's
  /// conversion 60 % slower.
  public let wholeTensorLimit: Int
  private let source: ParamsFile
  private let writer: BundleWriter
  private let scratch = ScratchBuffer(capacity: 0)
  private let chunkScratch: ScratchBuffer

  public init(
    source: ParamsFile, writer: BundleWriter, chunkSize: Int = 1 << 20,
    wholeTensorLimit: Int = 12 << 20
  ) {
    self.source = source
    self.writer = writer
    self.chunkSize = max(chunkSize, 64)
    self.wholeTensorLimit = wholeTensorLimit
    self.chunkScratch = ScratchBuffer(capacity: self.chunkSize)
  }

  /// Writes one tensor and returns its checkpoint entry.
  public func stream(_ job: TensorJob) throws(TensorBundleError) -> BundleEntry {
    try writer.beginTensor(dtype: job.outputType, shape: job.outputShape)
    guard let bytes = source.data(of: job.record).baseAddress, job.record.byteCount > 0 else {
      return try writer.endTensor()
    }
    if let permutation = job.permutation {
      if job.usesWholeTensorScratch(limit: wholeTensorLimit) {
        try streamWhole(job, permutation, bytes)
      } else if InPlaceBandWriter.fits(
        permutation, elementSize: job.record.dtype.itemSize, budget: bandBudget)
      {
        // An earlier whole tensor's larger scratch is not kept under the band: see
        // `wholeTensorLimit`.
        scratch.shrink(to: bandBudget)
        try streamInPlace(job, permutation, bytes)
      } else {
        try streamRows(job, permutation, bytes)
      }
    } else {
      try streamInOrder(job, bytes)
    }
    source.file.releaseBehind(job.record.dataRange.upperBound)
    return try writer.endTensor()
  }

  /// Copy or convert, front to back.
  private func streamInOrder(_ job: TensorJob, _ bytes: UnsafeRawPointer) throws(TensorBundleError)
  {
    let elementSize = job.record.dtype.itemSize
    let outputSize = job.conversion.outputSize(forSourceSize: elementSize)
    let elementsPerChunk = max(1, chunkSize / outputSize)
    var element = 0
    let total = job.record.elementCount
    while element < total {
      let count = min(elementsPerChunk, total - element)
      let sourceStart = element * elementSize
      if job.conversion == .none {
        try writer.append(
          UnsafeRawBufferPointer(start: bytes + sourceStart, count: count * elementSize))
      } else {
        ElementConversion.convert(
          job.conversion, count: count, elementSize: elementSize, from: bytes + sourceStart,
          to: chunkScratch.base)
        try writer.append(
          UnsafeRawBufferPointer(start: chunkScratch.base, count: count * outputSize))
      }
      element += count
      source.file.releaseBehind(job.record.dataOffset + element * elementSize)
    }
  }

  /// Source bytes permuted per band when a tensor is written in place.
  static let bandBudget = 4 << 20
  private var bandBudget: Int { Self.bandBudget }

  /// Permute bands of source rows straight into the checkpoint (tensors larger
  /// than ``wholeTensorLimit``), releasing the source behind each band.
  private func streamInPlace(
    _ job: TensorJob, _ permutation: LayoutPermutation, _ bytes: UnsafeRawPointer
  ) throws(TensorBundleError) {
    let elementSize = job.record.dtype.itemSize
    let region = try writer.beginInPlace()
    let bands = InPlaceBandWriter(
      permutation: permutation, conversion: job.conversion, elementSize: elementSize,
      region: region, scratch: scratch, budget: bandBudget)
    let rowBytes = permutation.columns * elementSize
    var row = 0
    while row < permutation.outer {
      let end = min(row + bands.bandRows, permutation.outer)
      try bands.write(rows: row..<end, from: bytes + row * rowBytes)
      source.file.releaseBehind(job.record.dataOffset + end * rowBytes)
      row = end
    }
    try writer.finishInPlace(region)
  }

  /// Permute destination rows in chunks: tensors larger than ``wholeTensorLimit``
  /// whose source rows are each larger than a band. Every chunk reads a run of
  /// every source row, so the tensor's pages are released after each chunk.
  private func streamRows(
    _ job: TensorJob, _ permutation: LayoutPermutation, _ bytes: UnsafeRawPointer
  ) throws(TensorBundleError) {
    let elementSize = job.record.dtype.itemSize
    let outputSize = job.conversion.outputSize(forSourceSize: elementSize)
    let rowCount = permutation.columns
    // A row is `outer` elements; with a conversion the source-typed row is staged
    // in the first half of the chunk scratch, so size chunks for both.
    let rowBytes = permutation.outer * (outputSize + (job.conversion == .none ? 0 : elementSize))
    chunkScratch.reserve(rowBytes)
    let rowsPerChunk = max(1, chunkScratch.capacity / rowBytes)
    var row = 0
    while row < rowCount {
      let rows = row..<min(row + rowsPerChunk, rowCount)
      let elements = rows.count * permutation.outer
      let base = chunkScratch.base
      if job.conversion == .none {
        PermutationKernel.permuteRows(
          permutation, elementSize: elementSize, rows: rows, from: bytes, to: base)
      } else {
        let staged = base + elements * outputSize
        PermutationKernel.permuteRows(
          permutation, elementSize: elementSize, rows: rows, from: bytes, to: staged)
        ElementConversion.convert(
          job.conversion, count: elements, elementSize: elementSize, from: staged, to: base)
      }
      try writer.append(UnsafeRawBufferPointer(start: base, count: elements * outputSize))
      source.file.release(job.record.dataRange)
      row = rows.upperBound
    }
  }

  /// Permute the whole kernel into scratch, reading the source once, then hand it over.
  private func streamWhole(
    _ job: TensorJob, _ permutation: LayoutPermutation, _ bytes: UnsafeRawPointer
  ) throws(TensorBundleError) {
    let elementSize = job.record.dtype.itemSize
    let record = job.record
    scratch.reserve(record.byteCount)
    let file = source.file
    let rowBytes = permutation.columns * elementSize
    PermutationKernel.permuteAll(
      permutation, elementSize: elementSize, from: bytes, to: scratch.base
    ) { rows in
      file.releaseBehind(record.dataOffset + rows.upperBound * rowBytes)
    }
    let permuted = UnsafeRawBufferPointer(start: scratch.base, count: record.byteCount)
    if job.conversion == .none {
      var offset = 0
      while offset < permuted.count {
        let end = min(offset + chunkSize, permuted.count)
        try writer.append(UnsafeRawBufferPointer(rebasing: permuted[offset..<end]))
        offset = end
      }
    } else {
      let outputSize = job.conversion.outputSize(forSourceSize: elementSize)
      let elementsPerChunk = max(1, chunkSize / outputSize)
      var element = 0
      while element < record.elementCount {
        let count = min(elementsPerChunk, record.elementCount - element)
        ElementConversion.convert(
          job.conversion, count: count, elementSize: elementSize,
          from: scratch.base + element * elementSize,
          to: chunkScratch.base)
        try writer.append(
          UnsafeRawBufferPointer(start: chunkScratch.base, count: count * outputSize))
        element += count
      }
    }
  }
}
