/// What follows a convolution's GEMM, fused into one pass over its output while it is still in
/// cache: inference BatchNorm as a per-channel `scale·x + shift`, then an optional residual
/// addition, then an optional ReLU — the order of `relu(bn(conv(x)) + shortcut)`.
struct ChannelEpilogue: Sendable {
  /// `gamma / sqrt(running_var + eps)` per output channel.
  var scale: [Float]
  /// `beta − running_mean · scale` per output channel.
  var shift: [Float]
  /// Whether to clamp at zero after the (optional) residual addition.
  var relu: Bool

  /// BatchNorm's epsilon in GluonCV (`nn.BatchNorm` default) and in the slim graph.
  static let batchNormEpsilon: Float = 1e-5

  /// The epilogue of inference BatchNorm with the four running vectors of one layer.
  ///
  /// The vectors must have equal counts (checked by the caller).
  init(
    gamma: UnsafeBufferPointer<Float>, beta: UnsafeBufferPointer<Float>,
    mean: UnsafeBufferPointer<Float>, variance: UnsafeBufferPointer<Float>, relu: Bool
  ) {
    let count = gamma.count
    var scale = [Float](repeating: 0, count: count)
    var shift = [Float](repeating: 0, count: count)
    for c in 0..<count {
      let s = gamma[c] / (variance[c] + Self.batchNormEpsilon).squareRoot()
      scale[c] = s
      shift[c] = beta[c] - mean[c] * s
    }
    self.init(scale: scale, shift: shift, relu: relu)
  }

  /// Folds a convolution bias `b` that precedes the BatchNorm into the shift:
  /// `scale·(x + b) + shift = scale·x + (shift + scale·b)`. Both frameworks add the bias first;
  /// folding it rounds once less, well inside verification's bound.
  mutating func addBiasBeforeNormalisation(_ bias: [Float]) {
    for c in shift.indices { shift[c] += scale[c] * bias[c] }
  }

  /// The epilogue that leaves `channels` outputs as they are (`1·x + 0`, no ReLU).
  static func identity(_ channels: Int) -> ChannelEpilogue {
    ChannelEpilogue(
      scale: [Float](repeating: 1, count: channels), shift: [Float](repeating: 0, count: channels),
      relu: false)
  }

  /// An epilogue from explicit per-channel factors.
  init(scale: [Float], shift: [Float], relu: Bool) {
    self.scale = scale
    self.shift = shift
    self.relu = relu
  }

  /// Applies the epilogue to pixels `pixels` of a channel-major (`[C][P]`) output whose
  /// planes are `planeSize` apart, on the output channels `channels` (all when `nil`).
  /// `residual`, when given, has the same layout and size.
  func applyChannelMajor(
    _ output: UnsafeMutablePointer<Float>, planeSize: Int, pixels: Range<Int>,
    residual: UnsafePointer<Float>?, channels: Range<Int>? = nil
  ) {
    scale.withUnsafeBufferPointer { scale in
      shift.withUnsafeBufferPointer { shift in
        for c in channels ?? 0..<scale.count {
          let base = c * planeSize
          // Scalars hoisted per channel: the inner loop is a contiguous fused multiply-add
          // the compiler vectorises; `relu` and `residual` are loop-invariant and unswitched.
          let s = scale[c]
          let t = shift[c]
          for p in pixels {
            var v = output[base + p] * s + t
            if let residual { v += residual[base + p] }
            output[base + p] = relu ? max(v, 0) : v
          }
        }
      }
    }
  }

  /// Applies the epilogue to pixels `pixels` of a channel-minor (`[P][C]`) output, on the
  /// output channels `channels` (all when `nil`).
  func applyChannelMinor(
    _ output: UnsafeMutablePointer<Float>, pixels: Range<Int>, residual: UnsafePointer<Float>?,
    channels: Range<Int>? = nil
  ) {
    scale.withUnsafeBufferPointer { scale in
      shift.withUnsafeBufferPointer { shift in
        let count = scale.count
        let range = channels ?? 0..<count
        for p in pixels {
          let base = p * count
          // Contiguous over channels, like the GEMM's output rows: vectorises across C.
          for c in range {
            var v = output[base + c] * scale[c] + shift[c]
            if let residual { v += residual[base + c] }
            output[base + c] = relu ? max(v, 0) : v
          }
        }
      }
    }
  }
}
