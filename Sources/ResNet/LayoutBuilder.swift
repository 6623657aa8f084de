/// Lists the tensors of a ``NetworkPlan``, in GluonCV `save_parameters` order (each
/// convolution's weight and bias, then its BatchNorm; a unit's body, then its shortcut), with
/// their gluon2TF names.
struct LayoutBuilder {
  private(set) var tensors: [LayoutTensor] = []

  static func tensors(for plan: NetworkPlan) -> [LayoutTensor] {
    var builder = LayoutBuilder()
    for step in plan.stem { builder.add(step) }
    for unit in plan.stages.joined() {
      for step in unit.body { builder.add(step) }
      if let step = unit.shortcut.convolution { builder.add(step) }
    }
    let head = plan.classifier
    builder.add(
      head.weightName, [head.classes, head.features], "\(head.scope)/weights", .denseTranspose)
    builder.add(head.biasName, [head.classes], "\(head.scope)/biases", .copy)
    return builder.tensors
  }

  private mutating func add(_ step: ConvolutionStep) {
    add(step.weightName, step.shape, "\(step.scope)/weights", .convOIHWtoHWIO)
    if let bias = step.biasName { add(bias, [step.outputChannels], "\(step.scope)/biases", .copy) }
    for leaf in ParameterLeaf.batchNorm {
      add(
        "\(step.norm).\(leaf.rawValue)", [step.outputChannels],
        "\(step.scope)/BatchNorm/\(leaf.tfName)", .copy)
    }
  }

  private mutating func add(
    _ name: String, _ shape: [Int], _ tfPath: String, _ transform: LayoutTransform
  ) {
    tensors.append(
      LayoutTensor(structuralName: name, shape: shape, tfPath: tfPath, transform: transform))
  }
}
