internal import CKernels

extension PermutationKernel {
  /// Scatters a band of consecutive source rows into the whole destination.
  ///
  /// For a source that arrives front to back (a decompressed stream): the
  /// caller holds source rows `rows` contiguously at `band` and the whole
  /// permuted tensor at `destination`. Calling this for every band in order
  /// writes the same bytes as ``permuteAll(_:elementSize:from:to:afterSourceRows:)``
  /// with the same 8 × 8 tiles, so only the destination is held whole.
  public static func permuteBand(
    _ permutation: LayoutPermutation, elementSize: Int, rows: Range<Int>,
    from band: UnsafeRawPointer, to destination: UnsafeMutableRawPointer
  ) {
    if elementSize == 4 {
      // float32 and every other 4-byte type: the AVX2 kernel (CKernels).
      g2t_permute32(
        band, destination, permutation.outer, permutation.inner, permutation.spatial,
        rows.lowerBound,
        rows.upperBound)
      return
    }
    let outer = permutation.outer
    let columns = permutation.columns
    let base = rows.lowerBound
    var o0 = rows.lowerBound
    while o0 < rows.upperBound {
      let o1 = min(o0 + tile, rows.upperBound)
      var k0 = 0
      while k0 < columns {
        let k1 = min(k0 + tile, columns)
        for k in k0..<k1 {
          let row = permutation.destinationRow(ofColumn: k)
          // Rows are counted from the band's start; the destination is shifted to match.
          copyColumn(
            elementSize: elementSize, source: band, sourceStride: columns, column: k,
            rows: (o0 - base)..<(o1 - base),
            destination: destination + (row * outer + base) * elementSize)
        }
        k0 = k1
      }
      o0 = o1
    }
  }
}
