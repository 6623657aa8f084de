/// The fully connected head `y = W·x + b`: MXNet `Dense` with weight (out, in) for `.nchw`,
/// `slim.fully_connected` with weight (in, out) for `.nhwc`.
///
/// The weight is read in blocks of whole rows (``WeightProvider/forEachRowBlock(_:shape:maximumElements:_:)``),
/// so a head of any size is never resident whole:
/// - (out, in): a block is a range of outputs, each still one dot product over all features,
///   so blocking leaves every output's summation as it was;
/// - (in, out): a block is a range of features, and each output accumulates the blocks'
///   partial sums in order. That changes the summation order against one call, so
///   verification's error bound (relative L2 1e-5, float32 rounding is ~1e-7) covers it.
///
/// Every 1000-class head of the GluonCV ResNets (at most 2048 × 1000) is one block, so their
/// logits are exactly those of a single BLAS call.
enum Dense {
  /// Values of `fc.weight` per block: 8 MiB of float32.
  static let blockElements = 2 << 20

  /// `classes` outputs of `features` through `weights` (laid out for `layout`) and `bias`.
  ///
  /// - Throws: `weightSizeMismatch` when the buffers do not hold `classes·features` and
  ///   `classes` values.
  static func apply(
    _ features: [Float], weights: UnsafeBufferPointer<Float>, bias: [Float], classes: Int,
    layout: ActivationLayout, name: String = "fc", blockElements: Int = blockElements
  ) throws -> [Float] {
    let shape = matrixShape(features: features.count, classes: classes, layout: layout)
    return try apply(features, bias: bias, classes: classes, layout: layout, name: name) { body in
      try MatrixBlock.forEach(
        in: weights, name: name + ".weight", shape: shape, maximumElements: blockElements, body)
    }
  }

  /// The same through a provider, which reads `fc.weight` block by block.
  static func apply(
    _ features: [Float], provider: any WeightProvider, bias: [Float], classes: Int,
    layout: ActivationLayout, name: String = "fc"
  ) throws -> [Float] {
    let shape = matrixShape(features: features.count, classes: classes, layout: layout)
    return try apply(features, bias: bias, classes: classes, layout: layout, name: name) { body in
      try provider.forEachRowBlock(
        name + ".weight", shape: shape, maximumElements: blockElements, body)
    }
  }

  private static func matrixShape(features: Int, classes: Int, layout: ActivationLayout)
    -> MatrixShape
  {
    layout == .nchw
      ? MatrixShape(rows: classes, columns: features)
      : MatrixShape(rows: features, columns: classes)
  }

  private static func apply(
    _ features: [Float], bias: [Float], classes: Int, layout: ActivationLayout, name: String,
    blocks: ((MatrixBlock) throws -> Void) throws -> Void
  ) throws -> [Float] {
    guard bias.count == classes else {
      throw ForwardError(
        .weightSizeMismatch, "bias `\(name).bias` has \(bias.count) values, not \(classes)",
        tensorName: name + ".bias")
    }
    var output = [Float](repeating: 0, count: classes)
    try features.withUnsafeBufferPointer { x in
      try output.withUnsafeMutableBufferPointer { y in
        guard let x = x.baseAddress, let y = y.baseAddress else { return }
        try blocks { block in
          switch layout {
          case .nchw:
            GEMM.multiplyVector(
              m: block.rows.count, n: block.columns, a: block.values, transposed: false, x: x,
              y: y + block.rows.lowerBound)
          case .nhwc:
            // The first block sets y (β = 0, as one call would); later ones add to it.
            GEMM.multiplyVector(
              m: block.rows.count, n: block.columns, a: block.values, transposed: true,
              x: x + block.rows.lowerBound, y: y, accumulate: block.rows.lowerBound > 0)
          }
        }
      }
    }
    for i in 0..<classes { output[i] += bias[i] }
    return output
  }
}
