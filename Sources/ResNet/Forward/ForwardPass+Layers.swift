extension ForwardPass {
  /// One residual block `prefix` (`layerL.B`): basic or bottleneck body, shortcut, then
  /// `relu(body + shortcut)` fused into the last convolution's epilogue.
  func block(_ prefix: String, _ input: Activation, stride: Int) throws -> Activation {
    let shortcut = try self.shortcut(prefix, input, stride: stride)
    switch architecture.blockKind {
    case .bottleneck:
      // GluonCV BottleneckV1b: the stride sits on the 3×3 conv2.
      var body = try convolution(
        input, conv: "\(prefix).conv1", norm: "\(prefix).bn1", stride: 1, relu: true)
      body = try convolution(
        body, conv: "\(prefix).conv2", norm: "\(prefix).bn2", stride: stride, relu: true)
      return try convolution(
        body, conv: "\(prefix).conv3", norm: "\(prefix).bn3", stride: 1, relu: true,
        residual: shortcut)
    case .basic:
      // GluonCV BasicBlockV1b: the stride sits on conv1.
      let body = try convolution(
        input, conv: "\(prefix).conv1", norm: "\(prefix).bn1", stride: stride, relu: true)
      return try convolution(
        body, conv: "\(prefix).conv2", norm: "\(prefix).bn2", stride: 1, relu: true,
        residual: shortcut)
    }
  }

  /// The shortcut of block `prefix`, decided by which `downsample` tensors the architecture
  /// lists: avg-down (d/e: `downsample.0` AvgPool, `.1` conv 1×1/1, `.2` BN), strided
  /// (b/c/s: `.0` conv 1×1/stride, `.1` BN), else identity.
  func shortcut(_ prefix: String, _ input: Activation, stride: Int) throws -> Activation {
    let down = "\(prefix).downsample"
    if architecture.averageDownShortcut, shapes["\(down).1.weight"] != nil {
      // AvgPool2D(pool_size=stride, strides=stride): a 1×1 pool for stride 1 is the identity
      // in both frameworks, so no copy is made for it.
      let pooled: Activation
      if stride == 1 {
        pooled = input
      } else {
        switch layout {
        case .nchw:
          pooled = try MXNetAveragePool.apply(
            input, PoolGeometry(kernel: stride, stride: stride), ceilMode: true,
            countIncludePad: false, name: "\(down).0")
        case .nhwc:
          pooled = try TFAveragePool.same(input, kernel: stride, stride: stride, name: "\(down).0")
        }
      }
      return try convolution(pooled, conv: "\(down).1", norm: "\(down).2", stride: 1, relu: false)
    }
    if !architecture.averageDownShortcut, shapes["\(down).0.weight"] != nil {
      return try convolution(
        input, conv: "\(down).0", norm: "\(down).1", stride: stride, relu: false)
    }
    return input
  }

  /// Convolution `conv.weight` (no bias, padding ⌊k/2⌋ as in every GluonCV ResNet conv) with the
  /// BatchNorm `norm`, an optional ReLU and an optional residual added before it.
  func convolution(
    _ input: Activation, conv: String, norm: String, stride: Int, relu: Bool,
    residual: Activation? = nil
  ) throws -> Activation {
    let name = "\(conv).weight"
    guard let shape = shapes[name], shape.count == 4 else {
      throw ForwardError(
        .invalidArchitecture, "the architecture has no 4-D `\(name)`", tensorName: name)
    }
    let groups = 1
    let geometry = ConvolutionGeometry(
      inputChannels: shape[1] * groups, outputChannels: shape[0], kernelHeight: shape[2],
      kernelWidth: shape[3], stride: stride, padding: shape[2] / 2, groups: groups)
    let epilogue = try batchNorm(norm, channels: shape[0], relu: relu)
    let layout = self.layout
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

  /// The inference epilogue of BatchNorm `prefix` from its four vectors, read now (nothing is
  /// cached across layers).
  func batchNorm(_ prefix: String, channels: Int, relu: Bool) throws -> ChannelEpilogue {
    let gamma = try vector("\(prefix).gamma", count: channels)
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
