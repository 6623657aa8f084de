/// The layout change a tensor needs on its way to TensorFlow.
public enum LayoutTransform: String, Sendable {
  /// Convolution weight OIHW → HWIO: `dst[h][w][i][o] = src[o][i][h][w]`.
  case convOIHWtoHWIO = "oihw_to_hwio"
  /// Dense weight (out, in) → (in, out).
  case denseTranspose = "transpose_2d"
  /// Bytes unchanged (BatchNorm parameters, biases).
  case copy

  /// The TensorFlow shape for a source shape. A shape whose rank does not fit the transform
  /// (4 for `convOIHWtoHWIO`, 2 for `denseTranspose`) is returned unchanged.
  public func tfShape(fromSourceShape shape: [Int]) -> [Int] {
    switch self {
    case .convOIHWtoHWIO where shape.count == 4: [shape[2], shape[3], shape[1], shape[0]]
    case .denseTranspose where shape.count == 2: [shape[1], shape[0]]
    default: shape
    }
  }
}
