import ResNet

extension ForwardPass {
  /// One residual unit: its shortcut, then its body (with ResNeSt's split attention after the
  /// first convolution), with `relu(body + shortcut)` fused into the last convolution's
  /// epilogue. Where the stride sits is the plan's business.
  ///
  /// With squeeze-and-excitation the gate sits between the last BatchNorm and the sum, so that
  /// convolution stops after its BatchNorm and the scaling applies the sum and the ReLU.
  ///
  /// A pre-activation unit (v2) normalises its input first; the body and a shortcut
  /// convolution read that, an identity shortcut the raw input.
  func residualUnit(_ unit: ResidualUnit, _ input: Activation) throws -> Activation {
    let activated = try unit.preactivation.map { try normalization(input, $0) } ?? input
    let shortcut =
      if case .identity = unit.shortcut { input } else { try self.shortcut(unit, activated) }
    var x = activated
    for (k, step) in unit.body.enumerated() {
      let isLast = k == unit.body.count - 1
      if isLast, let gate = unit.squeezeExcitation {
        var last = step
        let relu = last.relu
        last.relu = false
        x = try convolution(x, last)
        let gates = try SqueezeExcitation.gates(x, gate, weights: weights)
        try SqueezeExcitation.scale(&x, by: gates, adding: shortcut, relu: relu, name: unit.scope)
        return x
      }
      x = try convolution(x, step, residual: isLast ? shortcut : nil)
      // ResNeSt: the split attention follows the first 1×1 convolution.
      if k == 0, let splat = unit.splitAttention { x = try splitAttention(x, splat) }
    }
    return x
  }

  /// The shortcut of `unit`: identity, a strided projection, or (avg-down) an average pool
  /// with kernel and stride equal to the unit's stride followed by a 1×1/1 projection.
  func shortcut(_ unit: ResidualUnit, _ input: Activation) throws -> Activation {
    switch unit.shortcut {
    case .identity:
      return input
    case .projection(let step):
      return try convolution(input, step)
    case .averageDown(let step):
      // AvgPool2D(pool_size=stride, strides=stride): a 1×1 pool for stride 1 is the identity
      // in both frameworks, so no copy is made for it.
      let pooled: Activation
      let stride = unit.stride
      let name = "\(step.module) pool"
      if stride == 1 {
        pooled = input
      } else {
        switch layout {
        case .nchw:
          pooled = try MXNetAveragePool.apply(
            input, PoolGeometry(kernel: stride, stride: stride), ceilMode: true,
            countIncludePad: false, name: name)
        case .nhwc:
          pooled = try TFAveragePool.same(input, kernel: stride, stride: stride, name: name)
        }
      }
      return try convolution(pooled, step)
    }
  }

  /// The convolution of `step` (no padding beyond ⌊k/2⌋, as in every GluonCV ResNet conv) with
  /// its bias, its BatchNorm, an optional residual added after the BatchNorm and its ReLU.
  ///
  /// A GroupNorm needs the statistics of the whole output, so it cannot be fused into the
  /// convolution's bands: the convolution runs bare, then ``GroupNormalization`` applies the
  /// norm, the residual and the ReLU.
  func convolution(
    _ input: Activation, _ step: ConvolutionStep, residual: Activation? = nil
  ) throws -> Activation {
    guard step.hasNorm, case .groupNorm(let groups) = step.normalization else {
      return try convolution(input, step, epilogue: batchNorm(step), residual: residual)
    }
    // The plan's shapes are 4-D (checked below before any use of the kernel).
    let channels = step.shape.first ?? 0
    var bare = step
    bare.relu = false
    var x = try convolution(input, bare, epilogue: .identity(channels), residual: nil)
    try GroupNormalization.apply(
      &x, groups: groups, gamma: vector("\(step.norm).gamma", count: channels),
      beta: vector("\(step.norm).beta", count: channels), residual: residual, relu: step.relu,
      name: step.norm)
    return x
  }

  /// The convolution of `step` with `epilogue` (plus the step's bias, added before it) and
  /// `residual` fused into its bands.
  private func convolution(
    _ input: Activation, _ step: ConvolutionStep, epilogue: ChannelEpilogue,
    residual: Activation?
  ) throws -> Activation {
    let name = step.weightName
    // Every step's shape comes from the plan, which the tensor list was built from too.
    let shape = step.shape
    // The 4-D check is the general convolution's; an empty shape reads empty vectors here.
    let outputs = shape.first ?? 0
    var epilogue = epilogue
    if let biasName = step.biasName {
      epilogue.addBiasBeforeNormalisation(try vector(biasName, count: outputs))
    }
    return try convolution(
      input, weightName: name, shape: shape, groups: step.groups, stride: step.stride,
      epilogue: epilogue, residual: residual)
  }

  /// The convolution `weightName` of OIHW `shape` (padding ⌊k/2⌋) followed by `epilogue`.
  func convolution(
    _ input: Activation, weightName name: String, shape: [Int], groups: Int, stride: Int,
    epilogue: ChannelEpilogue, residual: Activation? = nil
  ) throws -> Activation {
    guard shape.count == 4 else {
      throw ForwardError(
        .invalidArchitecture, "the architecture has no 4-D `\(name)`", tensorName: name)
    }
    let geometry = ConvolutionGeometry(
      inputChannels: shape[1] * groups, outputChannels: shape[0], kernelHeight: shape[2],
      kernelWidth: shape[3], stride: stride, padding: shape[2] / 2, groups: groups)
    let layout = self.layout
    if LargeKernel.isLarge(geometry) {
      let weights = self.weights
      switch layout {
      case .nchw:
        return try NCHWConvolution.apply(
          input, geometry: geometry, epilogue: epilogue, residual: residual, name: name
        ) { body in
          try LargeKernel.forEachOIHWBlock(name, geometry: geometry, provider: weights, body)
        }
      case .nhwc:
        return try NHWCConvolution.apply(
          input, geometry: geometry, epilogue: epilogue, residual: residual, name: name
        ) { body in
          try LargeKernel.forEachHWIOBlock(name, geometry: geometry, provider: weights, body)
        }
      }
    }
    return try weights.withWeights(name) { w in
      switch layout {
      case .nchw:
        try NCHWConvolution.apply(
          input, weights: w, geometry: geometry, epilogue: epilogue, residual: residual, name: name)
      case .nhwc:
        try NHWCConvolution.apply(
          input, weights: w, geometry: geometry, epilogue: epilogue, residual: residual, name: name)
      }
    }
  }

  /// `step`'s BatchNorm (and ReLU) applied to `input` on its own, with no convolution
  /// before it (v2's data BN, `preact`, `postnorm`).
  func normalization(_ input: Activation, _ step: NormalizationStep) throws -> Activation {
    try input.check(layout: layout, channels: step.channels, layer: step.module)
    let epilogue = try batchNorm(
      step.module, channels: step.channels, relu: step.relu, usesScale: step.usesScale)
    var x = input
    let planeSize = x.planeSize
    let layout = self.layout
    x.values.withUnsafeMutableBufferPointer { values in
      guard let base = values.baseAddress else { return }
      switch layout {
      case .nchw:
        epilogue.applyChannelMajor(base, planeSize: planeSize, pixels: 0..<planeSize, residual: nil)
      case .nhwc:
        epilogue.applyChannelMinor(base, pixels: 0..<planeSize, residual: nil)
      }
    }
    return x
  }

  /// The inference epilogue of `step`'s BatchNorm and ReLU; for a convolution without a norm
  /// (v2's last body convolution and shortcut) an identity epilogue with the step's ReLU.
  func batchNorm(_ step: ConvolutionStep) throws -> ChannelEpilogue {
    let channels = step.shape.first ?? 0
    guard step.hasNorm else {
      var epilogue = ChannelEpilogue.identity(channels)
      epilogue.relu = step.relu
      return epilogue
    }
    return try batchNorm(step.norm, channels: channels, relu: step.relu)
  }

  /// The inference epilogue of BatchNorm `prefix` from its four vectors, read now (nothing is
  /// cached across layers). Without `usesScale` the stored gamma is not read: 1 is used, as
  /// MXNet's `fix_gamma` does for a `BatchNorm(scale=False)`.
  func batchNorm(_ prefix: String, channels: Int, relu: Bool, usesScale: Bool = true) throws
    -> ChannelEpilogue
  {
    let gamma =
      usesScale
      ? try vector("\(prefix).gamma", count: channels)
      : [Float](repeating: 1, count: channels)
    let beta = try vector("\(prefix).beta", count: channels)
    let mean = try vector("\(prefix).running_mean", count: channels)
    let variance = try vector("\(prefix).running_var", count: channels)
    return gamma.withUnsafeBufferPointer { g in
      beta.withUnsafeBufferPointer { b in
        mean.withUnsafeBufferPointer { m in
          variance.withUnsafeBufferPointer { v in
            ChannelEpilogue(gamma: g, beta: b, mean: m, variance: v, relu: relu)
          }
        }
      }
    }
  }

  /// A copy of the vector `name`, which must hold `count` values.
  func vector(_ name: String, count: Int) throws -> [Float] {
    try weights.withWeights(name) { values in
      guard values.count == count else {
        throw ForwardError(
          .weightSizeMismatch, "`\(name)` has \(values.count) values, not \(count)",
          tensorName: name)
      }
      return Array(values)
    }
  }
}
