/// The axis permutation that takes an MXNet weight to its TensorFlow layout.
///
/// Both supported transforms are one permutation, `dst[hw][i][o] = src[o][i][hw]`:
/// - conv OIHW → HWIO with `o = O`, `i = I`, `hw = H·W`;
/// - dense (out, in) → (in, out) with `hw = 1`.
///
/// Viewing the source as a matrix `[O][K]` with `K = I·HW`, the destination is its
/// transpose `[K][O]` with the rows reordered: source column `k = i·HW + hw` becomes
/// destination row `hw·I + i`. For `hw = 1` the reordering is the identity and this
/// is a plain 2-D transpose.
public struct LayoutPermutation: Sendable, Hashable {
  /// Output channels: the source's leading axis, the destination's last.
  public var outer: Int
  /// Input channels.
  public var inner: Int
  /// Spatial positions (H·W), 1 for dense weights.
  public var spatial: Int

  public init(outer: Int, inner: Int, spatial: Int) {
    self.outer = outer
    self.inner = inner
    self.spatial = spatial
  }

  /// Source columns: `inner · spatial`.
  public var columns: Int { inner * spatial }
  /// Elements in the tensor.
  public var elementCount: Int { outer * columns }

  /// The destination row of source column `k`.
  @inline(__always)
  public func destinationRow(ofColumn k: Int) -> Int {
    spatial == 1 ? k : (k % spatial) * inner + k / spatial
  }

  /// The source column that lands in destination row `row`.
  @inline(__always)
  public func sourceColumn(ofRow row: Int) -> Int {
    spatial == 1 ? row : (row % inner) * spatial + row / inner
  }
}
