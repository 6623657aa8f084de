import ResNet

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Squeeze-and-excitation on one activation, in either layout: GluonCV's
/// `x · sigmoid(expand(relu(reduce(mean(x)))))`, then the unit's `relu(· + shortcut)`.
///
/// The two layers act on one vector of C values, so they are single matrix-vector products;
/// their weights arrive as one row-major matrix (out, in) for `.nchw` (MXNet's Dense, and a
/// 1×1 OIHW kernel is the same bytes) and (in, out) for `.nhwc` (TF's dense and HWIO kernel).
enum SqueezeExcitation {
  /// The per-channel gates of `input` through `reduce` and `expand`, read from `weights` one
  /// layer at a time.
  ///
  /// - Throws: `weightSizeMismatch` when a weight or bias has another size than its layer;
  ///   whatever the provider throws.
  static func gates(
    _ input: Activation, _ step: SqueezeExcitationStep, weights: any WeightProvider
  ) throws -> [Float] {
    let squeezed = GlobalAveragePool.apply(input)
    let hidden = try layer(squeezed, step.reduce, layout: input.layout, weights: weights)
    let logits = try layer(
      hidden.map { max($0, 0) }, step.expand, layout: input.layout, weights: weights)
    // MXNet's float sigmoid; exp(−x) overflows to +inf for very negative x, and
    // 1/(1+inf) = 0 is the right limit.
    return logits.map { 1 / (1 + expf(-$0)) }
  }

  /// `W·x (+ b)` of one excitation layer.
  private static func layer(
    _ x: [Float], _ layer: ExcitationLayer, layout: ActivationLayout, weights: any WeightProvider
  ) throws -> [Float] {
    guard x.count == layer.inputs else {
      throw ForwardError(
        .channelMismatch,
        "`\(layer.module)` expects \(layer.inputs) inputs, the activation has \(x.count) channels")
    }
    var y = [Float](repeating: 0, count: layer.outputs)
    try weights.withWeights(layer.weightName) { w in
      guard w.count == layer.outputs * layer.inputs, let a = w.baseAddress else {
        throw ForwardError(
          .weightSizeMismatch,
          "`\(layer.weightName)` has \(w.count) values; \(layer.outputs)×\(layer.inputs) needs "
            + "\(layer.outputs * layer.inputs)", tensorName: layer.weightName)
      }
      x.withUnsafeBufferPointer { x in
        y.withUnsafeMutableBufferPointer { y in
          guard let x = x.baseAddress, let y = y.baseAddress else { return }
          switch layout {
          case .nchw:
            GEMM.multiplyVector(
              m: layer.outputs, n: layer.inputs, a: a, transposed: false, x: x, y: y)
          case .nhwc:
            GEMM.multiplyVector(
              m: layer.inputs, n: layer.outputs, a: a, transposed: true, x: x, y: y)
          }
        }
      }
    }
    if let biasName = layer.biasName {
      try weights.withWeights(biasName) { b in
        guard b.count == layer.outputs else {
          throw ForwardError(
            .weightSizeMismatch, "`\(biasName)` has \(b.count) values, not \(layer.outputs)",
            tensorName: biasName)
        }
        for i in y.indices { y[i] += b[i] }
      }
    }
    return y
  }

  /// `x ← x · gate[c] + residual`, clamped at zero when `relu`: the scaling and the unit's
  /// residual epilogue in one pass.
  ///
  /// - Throws: `channelMismatch` when `residual` or `gates` do not fit `x`.
  static func scale(
    _ x: inout Activation, by gates: [Float], adding residual: Activation, relu: Bool,
    name: String
  ) throws {
    guard gates.count == x.channels, residual.layout == x.layout,
      residual.channels == x.channels, residual.height == x.height, residual.width == x.width,
      residual.values.count == x.values.count
    else {
      throw ForwardError(
        .channelMismatch,
        "`\(name)`: the shortcut (\(residual.channels)×\(residual.height)×\(residual.width)) or "
          + "the \(gates.count) gates do not fit the body's \(x.channels)×\(x.height)×\(x.width)")
    }
    let channels = x.channels
    let pixels = x.planeSize
    let layout = x.layout
    gates.withUnsafeBufferPointer { g in
      residual.values.withUnsafeBufferPointer { r in
        x.values.withUnsafeMutableBufferPointer { v in
          switch layout {
          case .nchw:
            for c in 0..<channels {
              let s = g[c]
              let base = c * pixels
              for p in base..<base + pixels {
                let sum = v[p] * s + r[p]
                v[p] = relu ? max(sum, 0) : sum
              }
            }
          case .nhwc:
            for p in 0..<pixels {
              let base = p * channels
              for c in 0..<channels {
                let sum = v[base + c] * g[c] + r[base + c]
                v[base + c] = relu ? max(sum, 0) : sum
              }
            }
          }
        }
      }
    }
  }
}
