import TensorBundle

/// Writes a permuted tensor straight into its place in the checkpoint, one band
/// of source rows at a time, for tensors too large to permute in memory.
///
/// A band of source rows `o0..<o1` is itself a tensor with `outer = o1 - o0`:
/// permuted alone (the same 8 × 8 kernels), each of its destination rows is the
/// run `[o0, o1)` of the whole tensor's destination row, which is written at
/// its offset in the payload (``TensorRegion``). Memory: one band of source rows
/// and its permuted copy (plus the converted copy), whatever the tensor's size;
/// the output accumulates in the page cache, not in the process.
final class InPlaceBandWriter {
  let permutation: LayoutPermutation
  let conversion: ElementConversion
  let elementSize: Int
  let outputSize: Int
  private let region: TensorRegion
  private let scratch: ScratchBuffer

  /// Source rows per band: as many as fit `budget` bytes, at least one.
  let bandRows: Int

  init(
    permutation: LayoutPermutation, conversion: ElementConversion, elementSize: Int,
    region: TensorRegion, scratch: ScratchBuffer, budget: Int
  ) {
    self.permutation = permutation
    self.conversion = conversion
    self.elementSize = elementSize
    self.outputSize = conversion.outputSize(forSourceSize: elementSize)
    self.region = region
    self.scratch = scratch
    let rowBytes = max(permutation.columns * elementSize, 1)
    self.bandRows = max(1, budget / rowBytes)
    let bandElements = bandRows * permutation.columns
    scratch.reserve(bandElements * (elementSize + (conversion == .none ? 0 : outputSize)))
  }

  /// Whether a tensor with these rows can be written this way within `budget`:
  /// one source row must fit (else every destination run would be a single
  /// element, one system call each).
  static func fits(_ permutation: LayoutPermutation, elementSize: Int, budget: Int) -> Bool {
    permutation.columns * elementSize <= budget
  }

  /// Writes source rows `rows` (at most ``bandRows``), held contiguously at `band`.
  func write(rows: Range<Int>, from band: UnsafeRawPointer) throws(TensorBundleError) {
    let count = rows.count
    guard count > 0 else { return }
    let local = LayoutPermutation(
      outer: count, inner: permutation.inner, spatial: permutation.spatial)
    let elements = count * permutation.columns
    PermutationKernel.permuteAll(local, elementSize: elementSize, from: band, to: scratch.base)
    var output = UnsafeRawPointer(scratch.base)
    if conversion != .none {
      let converted = scratch.base + elements * elementSize
      ElementConversion.convert(
        conversion, count: elements, elementSize: elementSize, from: scratch.base, to: converted)
      output = UnsafeRawPointer(converted)
    }
    let runBytes = count * outputSize
    for row in 0..<permutation.columns {
      try region.write(
        UnsafeRawBufferPointer(start: output + row * runBytes, count: runBytes),
        at: (row * permutation.outer + rows.lowerBound) * outputSize)
    }
  }
}
