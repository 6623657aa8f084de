public import ResNet

/// The forward pass of one architecture on one layout, at batch 1, layer by layer.
///
/// `.nchw` follows GluonCV/MXNet (OIHW kernels, implicit padding, MXNet pools); `.nhwc` follows
/// the slim graph gluon2tf's checkpoints are read by (HWIO kernels, explicit `tf.pad` + VALID,
/// TF pools). Running both on the source and the converted weights and comparing stage by stage
/// proves a conversion.
///
/// Weights are requested from the provider one layer at a time and never kept; only the live
/// activations of the current block are held (its input, the body and the shortcut), so peak
/// memory is a few activations plus one bounded im2col band.
public struct ForwardPass {
  /// The network computed.
  public let architecture: ModelArchitecture
  /// Its layers, walked in order.
  let plan: NetworkPlan
  /// The layout of every activation and weight this pass takes.
  public let layout: ActivationLayout
  let weights: any WeightProvider

  /// Stage names in order: `C1` (stem incl. max pool), `C2`…`C5`, then `logits`.
  public static let stageNames: [String] = ["C1", "C2", "C3", "C4", "C5", "logits"]

  /// Creates a pass; nothing is read until a stage runs.
  public init(
    architecture: ModelArchitecture, layout: ActivationLayout, weights: any WeightProvider
  ) {
    self.architecture = architecture
    self.layout = layout
    self.weights = weights
    self.plan = architecture.plan
  }

  /// `C1`: the stem convolutions (each with BN and ReLU), then max pool 3×3/2, pad 1.
  ///
  /// - Throws: `ForwardError` for an input of the wrong layout, channel count or consistency,
  ///   or weights of the wrong size; whatever the provider throws.
  public func stem(_ input: Activation) throws -> Activation {
    _ = try OpenBLAS.require()
    try input.check(layout: layout, layer: "conv1")
    var x = input
    // v2: a BatchNorm of the image first (zero padding then pads its output, in both layouts).
    if let norm = plan.inputNorm { x = try normalization(x, norm) }
    // v1/v1b/v2: one 7×7/2 convolution; deep stems (c/d/e/s): three 3×3, the first strided.
    for step in plan.stem { x = try convolution(x, step) }
    let pool = PoolGeometry(kernel: 3, stride: 2, padding: 1)
    switch layout {
    case .nchw: return try MXNetMaxPool.apply(x, pool, name: "maxpool")
    case .nhwc: return try TFMaxPool.applyAfterZeroPad(x, pool, name: "maxpool")
    }
  }

  /// `C2`…`C5` for `index` 1…4: the blocks of `layer<index>` (stride 1 in `layer1`, 2 after).
  ///
  /// - Throws: `invalidStage` for an index outside `1...blocksPerStage.count`; as `stem`.
  public func stage(_ index: Int, _ input: Activation) throws -> Activation {
    _ = try OpenBLAS.require()
    let stages = plan.stages
    guard index >= 1, index <= stages.count else {
      throw ForwardError(
        .invalidStage,
        "stage index \(index) is outside 1...\(stages.count) (layer1…layer\(stages.count))")
    }
    try input.check(layout: layout, layer: "layer\(index)")
    var x = input
    for unit in stages[index - 1] { x = try residualUnit(unit, x) }
    return x
  }

  /// The head: (v2: the final BatchNorm and ReLU,) global average pool, flatten, `fc`
  /// (weight and bias).
  ///
  /// - Throws: as `stem`.
  public func logits(_ input: Activation) throws -> [Float] {
    _ = try OpenBLAS.require()
    let head = plan.classifier
    try input.check(layout: layout, channels: head.features, layer: head.module)
    let normalized = try plan.finalNorm.map { try normalization(input, $0) }
    let features = GlobalAveragePool.apply(normalized ?? input)
    let bias = try vector(head.biasName, count: head.classes)
    return try Dense.apply(
      features, provider: weights, bias: bias, classes: head.classes, layout: layout,
      name: head.module)
  }

  /// `logits(stage(4, …stage(1, stem(input))))`.
  public func run(_ input: Activation) throws -> [Float] {
    var x = try stem(input)
    for index in plan.stages.indices { x = try stage(index + 1, x) }
    return try logits(x)
  }
}
