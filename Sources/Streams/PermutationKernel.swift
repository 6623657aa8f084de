internal import CKernels

/// Cache-blocked kernels that apply a ``LayoutPermutation`` to elements of
/// 1, 2, 4 or 8 bytes.
///
/// Why tiles: a naive transpose reads one matrix row-wise and writes the other
/// column-wise, so one side misses the cache on every element. An 8 × 8 tile
/// touches 8 source rows and 8 destination rows, each in runs of 8 elements, so
/// both sides stream whole cache lines. Loads and stores are unaligned-safe
/// (`loadUnaligned`): MXNet files do not guarantee alignment after float16 arrays.
///
/// ``permuteAll(_:elementSize:from:to:afterSourceRows:)`` sends 4-byte elements
/// (float32, nearly every tensor) to the C kernel `g2t_permute32`, whose AVX2
/// 8 × 8 register transpose measured 7.1 GB/s on a (512,512,3,3) kernel and
/// 18 GB/s on (1000,2048), against 2.3 and 5.8 GB/s for the Swift loop here.
public enum PermutationKernel {
  /// Tile edge in elements.
  static let tile = 8
  /// Source rows per call of the C kernel: big enough to amortise the call,
  /// small enough that released bands keep the mapped source small.
  static let bandRows = 64

  /// Writes the whole permuted tensor into `destination`.
  ///
  /// The loop runs source-row tiles outermost so the source is read front to
  /// back exactly once: `afterSourceRows` is called with each finished range of
  /// source rows, so the caller can release those mapped pages.
  public static func permuteAll(
    _ permutation: LayoutPermutation, elementSize: Int,
    from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer,
    afterSourceRows: (Range<Int>) -> Void = { _ in }
  ) {
    let rows = permutation.outer
    let rowBytes = permutation.columns * elementSize
    // In bands of source rows, so the caller can release what is done.
    var band = 0
    while band < rows {
      let end = min(band + bandRows, rows)
      permuteBand(
        permutation, elementSize: elementSize, rows: band..<end, from: source + band * rowBytes,
        to: destination)
      afterSourceRows(band..<end)
      band = end
    }
  }

  /// Writes destination rows `rowRange` (each `outer` elements) into `destination`,
  /// which holds exactly those rows.
  ///
  /// Used to stream a tensor in bounded chunks. Efficient when `spatial == 1`
  /// (every chunk reads each source cache line once); for `spatial > 1` it reads
  /// the source `spatial` times and is kept for tensors too large to permute whole.
  public static func permuteRows(
    _ permutation: LayoutPermutation, elementSize: Int, rows rowRange: Range<Int>,
    from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer
  ) {
    let outer = permutation.outer
    let columns = permutation.columns
    var o0 = 0
    while o0 < outer {
      let o1 = min(o0 + tile, outer)
      for row in rowRange {
        let k = permutation.sourceColumn(ofRow: row)
        copyColumn(
          elementSize: elementSize, source: source, sourceStride: columns, column: k, rows: o0..<o1,
          destination: destination + (row - rowRange.lowerBound) * outer * elementSize)
      }
      o0 = o1
    }
  }

  /// Copies `source[o][column]` for `o` in `rows` to `destination[o]` (the
  /// destination row base is already applied).
  @inline(__always)
  static func copyColumn(
    elementSize: Int, source: UnsafeRawPointer, sourceStride: Int, column: Int, rows: Range<Int>,
    destination: UnsafeMutableRawPointer
  ) {
    switch elementSize {
    case 4: copyColumn(UInt32.self, source, sourceStride, column, rows, destination)
    case 2: copyColumn(UInt16.self, source, sourceStride, column, rows, destination)
    case 8: copyColumn(UInt64.self, source, sourceStride, column, rows, destination)
    default: copyColumn(UInt8.self, source, sourceStride, column, rows, destination)
    }
  }

  @inline(__always)
  static func copyColumn<T: FixedWidthInteger>(
    _: T.Type, _ source: UnsafeRawPointer, _ sourceStride: Int, _ column: Int, _ rows: Range<Int>,
    _ destination: UnsafeMutableRawPointer
  ) {
    let size = MemoryLayout<T>.size
    for o in rows {
      let value = source.loadUnaligned(
        fromByteOffset: (o * sourceStride + column) * size, as: T.self)
      destination.storeBytes(of: value, toByteOffset: o * size, as: T.self)
    }
  }
}
