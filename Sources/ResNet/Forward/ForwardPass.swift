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
  /// The layout of every activation and weight this pass takes.
  public let layout: ActivationLayout
  let weights: any WeightProvider
  /// MXNet shape of every tensor of `architecture`, by structural name.
  let shapes: [String: [Int]]

  /// Stage names in order: `C1` (stem incl. max pool), `C2`…`C5`, then `logits`.
  public static let stageNames: [String] = ["C1", "C2", "C3", "C4", "C5", "logits"]

  /// Creates a pass; nothing is read until a stage runs.
  public init(
    architecture: ModelArchitecture, layout: ActivationLayout, weights: any WeightProvider
  ) {
    self.architecture = architecture
    self.layout = layout
    self.weights = weights
    var shapes: [String: [Int]] = [:]
    for tensor in architecture.expectedTensors() { shapes[tensor.structuralName] = tensor.shape }
    self.shapes = shapes
  }

  /// `C1`: the stem convolutions (each with BN and ReLU), then max pool 3×3/2, pad 1.
  ///
  /// - Throws: `ForwardError` for an input of the wrong layout, channel count or consistency,
  ///   or weights of the wrong size; whatever the provider throws.
  public func stem(_ input: Activation) throws -> Activation {
    _ = try OpenBLAS.require()
    try input.check(layout: layout, layer: "conv1")
    var x = input
    let widths = architecture.stemWidths
    if widths.count == 1 {
      // v1b: conv1 7×7/2 pad 3 → bn1 → relu.
      x = try convolution(x, conv: "conv1", norm: "bn1", stride: 2, relu: true)
    } else {
      // Deep stem (c/d/e/s): conv1.0 3×3/2 → conv1.1 BN → relu → conv1.3 → conv1.4 → relu →
      // conv1.6 → bn1 → relu; Sequential indices step by 3 (conv, BN, ReLU).
      for i in widths.indices {
        let norm = i == widths.count - 1 ? "bn1" : "conv1.\(3 * i + 1)"
        x = try convolution(
          x, conv: "conv1.\(3 * i)", norm: norm, stride: i == 0 ? 2 : 1, relu: true)
      }
    }
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
    let stages = architecture.blocksPerStage
    guard index >= 1, index <= stages.count else {
      throw ForwardError(
        .invalidStage,
        "stage index \(index) is outside 1...\(stages.count) (layer1…layer\(stages.count))")
    }
    try input.check(layout: layout, layer: "layer\(index)")
    var x = input
    for block in 0..<stages[index - 1] {
      let stride = index > 1 && block == 0 ? 2 : 1
      x = try self.block("layer\(index).\(block)", x, stride: stride)
    }
    return x
  }

  /// The head: global average pool, flatten, `fc` (weight and bias).
  ///
  /// - Throws: as `stem`.
  public func logits(_ input: Activation) throws -> [Float] {
    _ = try OpenBLAS.require()
    guard let shape = shapes["fc.weight"], shape.count == 2 else {
      throw ForwardError(
        .invalidArchitecture, "the architecture has no 2-D `fc.weight`", tensorName: "fc.weight")
    }
    try input.check(layout: layout, channels: shape[1], layer: "fc")
    let features = GlobalAveragePool.apply(input)
    let bias = try vector("fc.bias", count: shape[0])
    return try Dense.apply(
      features, provider: weights, bias: bias, classes: shape[0], layout: layout)
  }

  /// `logits(stage(4, …stage(1, stem(input))))`.
  public func run(_ input: Activation) throws -> [Float] {
    var x = try stem(input)
    for index in architecture.blocksPerStage.indices { x = try stage(index + 1, x) }
    return try logits(x)
  }
}
