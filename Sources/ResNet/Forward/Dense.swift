/// The fully connected head `y = W·x + b`: MXNet `Dense` with weight (out, in) for `.nchw`,
/// `slim.fully_connected` with weight (in, out) for `.nhwc`.
enum Dense {
  /// `classes` outputs of `features` through `weights` (laid out for `layout`) and `bias`.
  ///
  /// - Throws: `weightSizeMismatch` when the buffers do not hold `classes·features` and
  ///   `classes` values.
  static func apply(
    _ features: [Float], weights: UnsafeBufferPointer<Float>, bias: [Float], classes: Int,
    layout: ActivationLayout, name: String = "fc"
  ) throws(ForwardError) -> [Float] {
    guard weights.count == classes * features.count, let w = weights.baseAddress else {
      throw ForwardError(
        .weightSizeMismatch,
        "weight `\(name).weight` has \(weights.count) values; \(classes)×\(features.count) "
          + "needs \(classes * features.count)", tensorName: name + ".weight")
    }
    guard bias.count == classes else {
      throw ForwardError(
        .weightSizeMismatch, "bias `\(name).bias` has \(bias.count) values, not \(classes)",
        tensorName: name + ".bias")
    }
    var output = [Float](repeating: 0, count: classes)
    features.withUnsafeBufferPointer { x in
      output.withUnsafeMutableBufferPointer { y in
        guard let x = x.baseAddress, let y = y.baseAddress else { return }
        switch layout {
        case .nchw:
          GEMM.multiplyVector(m: classes, n: features.count, a: w, transposed: false, x: x, y: y)
        case .nhwc:
          GEMM.multiplyVector(m: features.count, n: classes, a: w, transposed: true, x: x, y: y)
        }
      }
    }
    for i in 0..<classes { output[i] += bias[i] }
    return output
  }
}
