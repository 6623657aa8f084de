/// Builds the ``NetworkPlan`` of an architecture: GluonCV's construction of the family
/// (which modules exist, their structural names, where strides sit) and gluon2TF's naming
/// (`C1`…`C5`, `bottleneck_{i}` or `basicblock_{i}`, `conv{k}`, `shortcut`, `logits`).
enum PlanBuilder {
  static func plan(for architecture: ModelArchitecture) -> NetworkPlan {
    let naming = StructuralNaming(family: architecture.family)
    var stem: [ConvolutionStep] = []
    var input = 3
    for (i, width) in architecture.stemWidths.enumerated() {
      let names = naming.stem(i, of: architecture.stemWidths.count)
      let kernel = architecture.stemWidths.count == 1 ? 7 : 3
      stem.append(
        ConvolutionStep(
          module: names.conv, norm: names.norm, scope: "C1/conv\(i)",
          shape: [width, input, kernel, kernel], stride: i == 0 ? 2 : 1, relu: true))
      input = width
    }

    let kind = architecture.blockKind
    var stages: [[ResidualUnit]] = []
    for (offset, blocks) in architecture.blocksPerStage.enumerated() {
      let planes = 64 << offset
      let outWidth = planes * kind.expansion
      var units: [ResidualUnit] = []
      for block in 0..<blocks {
        let unit = naming.unit(stage: offset + 1, block: block)
        let scope = "C\(offset + 2)/\(kind.unitScopeWord)_\(block)"
        let stride = offset > 0 && block == 0 ? 2 : 1
        let unitInput = block == 0 ? input : outWidth
        let body = bodySteps(
          kind: kind, family: architecture.family, naming: naming, unit: unit, scope: scope,
          input: unitInput, planes: planes, output: outWidth, stride: stride)
        var shortcut = ShortcutStep.identity
        if block == 0 && (offset != 0 || input != outWidth) {
          let names = naming.shortcut(unit: unit)
          let projection = ConvolutionStep(
            module: names.conv, norm: names.norm, scope: "\(scope)/shortcut",
            shape: [outWidth, input, 1, 1],
            stride: architecture.averageDownShortcut ? 1 : stride, relu: false)
          shortcut =
            architecture.averageDownShortcut ? .averageDown(projection) : .projection(projection)
        }
        units.append(ResidualUnit(scope: scope, body: body, shortcut: shortcut, stride: stride))
      }
      stages.append(units)
      input = outWidth
    }
    return NetworkPlan(
      stem: stem, stages: stages,
      classifier: ClassifierStep(
        module: naming.classifier, scope: "logits", classes: architecture.classes,
        features: input))
  }

  /// The body convolutions of one unit. Basic blocks: two 3×3, the stride on the first.
  /// Bottlenecks: 1×1, 3×3, 1×1 (4× wider); ResNetV1 puts the stride on the first 1×1 and
  /// gives both 1×1 convolutions a bias, ResNetV1b puts it on the 3×3.
  private static func bodySteps(
    kind: BlockKind, family: ResNetFamily, naming: StructuralNaming, unit: String,
    scope: String, input: Int, planes: Int, output: Int, stride: Int
  ) -> [ConvolutionStep] {
    let shapes: [[Int]]
    let strides: [Int]
    let biases: [Bool]
    switch kind {
    case .basic:
      shapes = [[planes, input, 3, 3], [planes, planes, 3, 3]]
      strides = [stride, 1]
      biases = [false, false]
    case .bottleneck:
      shapes = [[planes, input, 1, 1], [planes, planes, 3, 3], [output, planes, 1, 1]]
      strides = family.stridesFirstBottleneckConvolution ? [stride, 1, 1] : [1, stride, 1]
      biases = family.hasBottleneckBiases ? [true, false, true] : [false, false, false]
    }
    return shapes.indices.map { k in
      let names = naming.body(unit: unit, convolution: k)
      return ConvolutionStep(
        module: names.conv, hasBias: biases[k], norm: names.norm, scope: "\(scope)/conv\(k)",
        shape: shapes[k], stride: strides[k], relu: true)
    }
  }
}

/// GluonCV's structural (`save_parameters`) module names, per family.
struct StructuralNaming {
  var family: ResNetFamily

  /// ResNetV1 nests everything in `features` (stem `0`/`1`, stages `4`…`7`) and a `body`
  /// Sequential (conv, BN, ReLU: indices step by 3); ResNetV1b uses named attributes.
  private var isGluonV1: Bool { family == .v1 }

  /// The conv and norm modules of stem convolution `index` (of `count`).
  func stem(_ index: Int, of count: Int) -> (conv: String, norm: String) {
    if isGluonV1 { return ("features.0", "features.1") }
    if count == 1 { return ("conv1", "bn1") }
    // Deep stem: Sequential indices step by 3 (conv, BN, ReLU); the last BN is `bn1`.
    return ("conv1.\(3 * index)", index == count - 1 ? "bn1" : "conv1.\(3 * index + 1)")
  }

  /// The module of unit `block` of stage `stage` (1-based).
  func unit(stage: Int, block: Int) -> String {
    isGluonV1 ? "features.\(stage + 3).\(block)" : "layer\(stage).\(block)"
  }

  /// The conv and norm modules of body convolution `k` (0-based) of `unit`.
  func body(unit: String, convolution k: Int) -> (conv: String, norm: String) {
    isGluonV1
      ? ("\(unit).body.\(3 * k)", "\(unit).body.\(3 * k + 1)")
      : ("\(unit).conv\(k + 1)", "\(unit).bn\(k + 1)")
  }

  /// The conv and norm modules of `unit`'s shortcut.
  func shortcut(unit: String) -> (conv: String, norm: String) {
    family.usesAverageDownShortcut
      ? ("\(unit).downsample.1", "\(unit).downsample.2")
      : ("\(unit).downsample.0", "\(unit).downsample.1")
  }

  /// The classifier module.
  var classifier: String { isGluonV1 ? "output" : "fc" }
}
