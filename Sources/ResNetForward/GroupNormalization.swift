/// GroupNorm as GluonCV's `gluoncv.nn.GroupNorm` computes it (resnet50_v1b_gn,
/// resnet101_v1b_gn), then the residual and the ReLU of the layer it ends.
///
/// The channels are split into `groups` consecutive groups; each group's mean and (biased)
/// variance are taken over its channels and every pixel, and
/// `y = (x − mean) / √(var + ε) · γ[c] + β[c]`. Unlike BatchNorm nothing is folded into the
/// convolution: the statistics are the activation's own, so the whole output is needed first.
///
/// Why doubles: a group holds up to 200,704 values (64 channels × 56 × 56 at 224, more at
/// larger inputs). Summed in float32, the mean and variance would depend on the summation
/// order, which differs between the NCHW and NHWC layouts, by more than float32 rounding. In
/// double, both layouts round the same statistics to the same values, so the two paths of a
/// verification differ only by their convolutions.
enum GroupNormalization {
  /// `gluoncv.nn.GroupNorm`'s default epsilon, which the ResNetV1b GN models keep.
  static let epsilon = 1e-5

  /// Normalises `x` in place (`gamma` and `beta` have one value per channel), adds `residual`
  /// (same layout and size) if given, and clamps at zero if `relu`.
  ///
  /// - Throws: `weightSizeMismatch` when `gamma` or `beta` do not have one value per channel;
  ///   `invalidArchitecture` when the channels do not split into `groups`.
  static func apply(
    _ x: inout Activation, groups: Int, gamma: [Float], beta: [Float], residual: Activation?,
    relu: Bool, name: String
  ) throws(ForwardError) {
    let channels = x.channels
    guard groups >= 1, channels % groups == 0 else {
      throw ForwardError(
        .invalidArchitecture,
        "GroupNorm `\(name)` cannot split \(channels) channels into \(groups) groups",
        tensorName: name)
    }
    guard gamma.count == channels, beta.count == channels else {
      throw ForwardError(
        .weightSizeMismatch,
        "GroupNorm `\(name)` has \(gamma.count) gamma and \(beta.count) beta values for "
          + "\(channels) channels", tensorName: name)
    }
    try Activation.checkResidual(
      residual, layout: x.layout, channels: channels, size: (x.height, x.width), name: name)
    let statistics = Self.statistics(x, groups: groups)
    let perGroup = channels / groups
    let pixels = x.planeSize
    let layout = x.layout
    x.values.withUnsafeMutableBufferPointer { values in
      residual.withValuePointer { residual in
        for c in 0..<channels {
          let (mean, inverse) = statistics[c / perGroup]
          let g = gamma[c]
          let b = beta[c]
          // Channel c's values: one plane (NCHW) or every `channels`-th value (NHWC).
          let (start, step) = layout == .nchw ? (c * pixels, 1) : (c, channels)
          for p in 0..<pixels {
            let i = start + p * step
            var v = Float((Double(values[i]) - mean) * inverse) * g + b
            if let residual { v += residual[i] }
            values[i] = relu ? max(v, 0) : v
          }
        }
      }
    }
  }

  /// Each group's mean and `1/√(var + ε)`, both in double.
  static func statistics(_ x: Activation, groups: Int) -> [(mean: Double, inverse: Double)] {
    let channels = x.channels
    let perGroup = channels / groups
    let pixels = x.planeSize
    let count = Double(perGroup * pixels)
    var sums = [Double](repeating: 0, count: groups)
    var squares = [Double](repeating: 0, count: groups)
    x.values.withUnsafeBufferPointer { values in
      func forEach(_ body: (Int, Double) -> Void) {
        switch x.layout {
        case .nchw:
          for c in 0..<channels {
            let group = c / perGroup
            for p in 0..<pixels { body(group, Double(values[c * pixels + p])) }
          }
        case .nhwc:
          for p in 0..<pixels {
            for c in 0..<channels { body(c / perGroup, Double(values[p * channels + c])) }
          }
        }
      }
      forEach { group, v in sums[group] += v }
      let means = sums.map { $0 / count }
      // Two passes: the squared deviations from the mean, not E[x²] − E[x]², which cancels.
      forEach { group, v in
        let d = v - means[group]
        squares[group] += d * d
      }
    }
    return (0..<groups).map { g in
      let mean = sums[g] / count
      return (mean, 1 / (squares[g] / count + epsilon).squareRoot())
    }
  }
}
