/// Lists the tensors of a ``NetworkPlan``, in GluonCV `save_parameters` order (each
/// convolution's weight and bias, then its BatchNorm; a unit's body, with ResNeSt's split
/// attention after its first convolution, then its squeeze-and-excitation layers, then its
/// shortcut), with
/// their gluon2TF names.
struct LayoutBuilder {
  private(set) var tensors: [LayoutTensor] = []

  static func tensors(for plan: NetworkPlan) -> [LayoutTensor] {
    var builder = LayoutBuilder()
    if let norm = plan.inputNorm { builder.add(norm) }
    for step in plan.stem { builder.add(step) }
    for unit in plan.stages.joined() {
      // ResNetV2 registers `bn1` (preact) before `conv1`.
      if let norm = unit.preactivation { builder.add(norm) }
      for (k, step) in unit.body.enumerated() {
        builder.add(step)
        // ResNeSt: `conv2` (the split attention) follows `conv1`/`bn1`.
        if k == 0, let splat = unit.splitAttention { builder.add(splat) }
      }
      // GluonCV registers `se` after `body` and before `downsample`.
      if let gate = unit.squeezeExcitation {
        builder.add(gate.reduce)
        builder.add(gate.expand)
      }
      if let step = unit.shortcut.convolution { builder.add(step) }
    }
    if let norm = plan.finalNorm { builder.add(norm) }
    let head = plan.classifier
    builder.add(
      head.weightName, [head.classes, head.features], "\(head.scope)/weights", .denseTranspose)
    builder.add(head.biasName, [head.classes], "\(head.scope)/biases", .copy)
    return builder.tensors
  }

  private mutating func add(_ step: ConvolutionStep) {
    add(step.weightName, step.shape, "\(step.scope)/weights", .convOIHWtoHWIO)
    if let bias = step.biasName { add(bias, [step.outputChannels], "\(step.scope)/biases", .copy) }
    guard step.hasNorm else { return }
    let leaves: [ParameterLeaf] =
      step.normalization == .batchNorm ? ParameterLeaf.batchNorm : ParameterLeaf.groupNorm
    for leaf in leaves {
      add(
        "\(step.norm).\(leaf.rawValue)", [step.outputChannels],
        "\(step.scope)/\(step.normalization.scopeWord)/\(leaf.tfName)", .copy)
    }
  }

  /// A BatchNorm of its own (slim's `preact`/`postnorm`): variables directly in its scope.
  private mutating func add(_ norm: NormalizationStep) {
    for leaf in ParameterLeaf.batchNorm {
      add(
        "\(norm.module).\(leaf.rawValue)", [norm.channels], "\(norm.scope)/\(leaf.tfName)", .copy)
    }
  }

  private mutating func add(_ splat: SplitAttentionStep) {
    add(splat.convolution)
    add(splat.reduce)
    let logits = splat.expand
    add(logits.weightName, logits.shape, "\(logits.scope)/weights", .convOIHWtoHWIO)
    add(logits.biasName, [logits.outputChannels], "\(logits.scope)/biases", .copy)
  }

  private mutating func add(_ layer: ExcitationLayer) {
    let transform: LayoutTransform = layer.kind == .dense ? .denseTranspose : .convOIHWtoHWIO
    add(layer.weightName, layer.weightShape, "\(layer.scope)/weights", transform)
    if let bias = layer.biasName { add(bias, [layer.outputs], "\(layer.scope)/biases", .copy) }
  }

  private mutating func add(
    _ name: String, _ shape: [Int], _ tfPath: String, _ transform: LayoutTransform
  ) {
    tensors.append(
      LayoutTensor(structuralName: name, shape: shape, tfPath: tfPath, transform: transform))
  }
}
