/// Builds the ``NetworkPlan`` of an architecture: GluonCV's construction of the family
/// (which modules exist, their structural names, where strides sit, which convolutions are
/// grouped or biased) and gluon2TF's naming (`C1`…`C5`, `bottleneck_{i}` or `basicblock_{i}`,
/// `conv{k}`, `shortcut`, `logits`).
///
/// Every output width is the source's own (``ModelArchitecture/measuredOutputChannels``) where
/// one was measured, else GluonCV's standard width; input widths always follow from the
/// previous layer. A file whose widths do not chain (a BatchNorm, a residual sum or the
/// classifier that does not fit) then fails the shape check against the plan's tensors.
struct PlanBuilder {
  let architecture: ModelArchitecture
  let naming: StructuralNaming

  static func plan(for architecture: ModelArchitecture) -> NetworkPlan {
    PlanBuilder(architecture: architecture, naming: StructuralNaming(family: architecture.family))
      .build()
  }

  /// Every convolution's normalisation: BatchNorm, or the `_gn` models' GroupNorm.
  private var normalization: Normalization {
    architecture.groupNorm
      ? .groupNorm(groups: ModelArchitecture.groupNormGroups) : .batchNorm
  }

  private func width(_ module: String, standard: Int) -> Int {
    architecture.measuredOutputChannels[module] ?? standard
  }

  private func build() -> NetworkPlan {
    var stem: [ConvolutionStep] = []
    var input = 3
    let widths = architecture.stemWidths
    for (i, standard) in widths.enumerated() {
      let names = naming.stem(i, of: widths.count)
      let kernel = widths.count == 1 ? 7 : 3
      let width = width(names.conv, standard: standard)
      stem.append(
        ConvolutionStep(
          module: names.conv, norm: names.norm, normalization: normalization,
          scope: "C1/conv\(i)",
          shape: [width, input, kernel, kernel], stride: i == 0 ? 2 : 1, relu: true))
      input = width
    }

    let kind = architecture.blockKind
    var stages: [[ResidualUnit]] = []
    // Which units have a shortcut is the standard network's decision (pruning narrows layers,
    // never adds or removes one), so it is taken from the standard widths.
    var standardInput = widths.last ?? 64
    for (offset, blocks) in architecture.blocksPerStage.enumerated() {
      var units: [ResidualUnit] = []
      for block in 0..<blocks {
        let unit = unit(
          stage: offset + 1, block: block, input: input, standardInput: standardInput, kind: kind)
        standardInput = (64 << offset) * kind.expansion
        input = unit.body.last?.outputChannels ?? input
        units.append(unit)
      }
      stages.append(units)
    }
    let preActivation = architecture.family.isPreActivation
    return NetworkPlan(
      stem: stem, stages: stages,
      classifier: ClassifierStep(
        module: naming.classifier, scope: "logits", classes: architecture.classes,
        features: input),
      inputNorm: preActivation
        ? NormalizationStep(
          module: naming.inputNorm, scope: "C1/data_bn", channels: 3, usesScale: false,
          relu: false) : nil,
      finalNorm: preActivation
        ? NormalizationStep(
          module: naming.finalNorm, scope: "postnorm", channels: input, relu: true)
        : nil)
  }

  /// Unit `block` of stage `stage` (1-based) on `input` channels (`standardInput` in the
  /// unpruned network).
  private func unit(
    stage: Int, block: Int, input: Int, standardInput: Int, kind: BlockKind
  ) -> ResidualUnit {
    let planes = 64 << (stage - 1)
    let standardOutput = planes * kind.expansion
    let module = naming.unit(stage: stage, block: block)
    let scope = "C\(stage + 1)/\(kind.unitScopeWord)_\(block)"
    let stride = stage > 1 && block == 0 ? 2 : 1
    // GluonCV's rule: block 0 gets a shortcut when its stride is not 1 or its width changes.
    let hasShortcut = block == 0 && (stage != 1 || standardInput != standardOutput)
    let family = architecture.family
    // Pre-activation (v2): the BatchNorm and ReLU before each convolution are the previous
    // one's (or `preact`'s); the last convolution and the shortcut stop at the sum.
    let preActivation = family.isPreActivation

    // The body: planned first, since the shortcut must produce the body's width.
    let specs: [(kernel: Int, groups: Int, standard: Int, stride: Int, bias: Bool)]
    switch kind {
    case .basic:
      specs = [(3, 1, planes, stride, false), (3, 1, planes, 1, false)]
    case .bottleneck where family.usesSplitAttention:
      // ResNeSt: the split attention (planned below) replaces the 3×3 between the two 1×1s.
      let inner = architecture.cardinality * (planes * architecture.bottleneckWidth / 64)
      specs = [(1, 1, inner, 1, false), (1, 1, standardOutput, 1, false)]
    case .bottleneck:
      let inner =
        family.isResNeXt
        ? architecture.cardinality * (planes * architecture.bottleneckWidth / 64) : planes
      let groups = family.isResNeXt ? architecture.cardinality : 1
      let first = family.stridesFirstBottleneckConvolution
      let bias = family.hasBottleneckBiases
      specs = [
        (1, 1, inner, first ? stride : 1, bias), (3, groups, inner, first ? 1 : stride, false),
        (1, 1, standardOutput, 1, bias),
      ]
    }
    var body: [ConvolutionStep] = []
    var channels = input
    var splitAttention: SplitAttentionStep?
    for (index, spec) in specs.enumerated() {
      // With an identity shortcut the sum needs the body to end at the unit's input width.
      let isLast = index == specs.count - 1
      // ResNeSt's body convolutions are GluonCV's `conv1` and `conv3` (slim `conv0`, `conv2`):
      // the split attention sits at `conv2`.
      let k = family.usesSplitAttention && index == 1 ? 2 : index
      if k == 2, family.usesSplitAttention {
        let step = splitAttentionStep(
          unit: module, scope: scope, channels: channels, stride: stride)
        splitAttention = step
        channels = step.channels
      }
      let names = naming.body(unit: module, convolution: k)
      let out = isLast && !hasShortcut ? input : width(names.conv, standard: spec.standard)
      body.append(
        ConvolutionStep(
          module: names.conv, hasBias: spec.bias, norm: names.norm, normalization: normalization,
          scope: "\(scope)/conv\(k)",
          shape: [out, channels / spec.groups, spec.kernel, spec.kernel], groups: spec.groups,
          stride: spec.stride, relu: !(preActivation && isLast),
          hasNorm: !(preActivation && isLast)))
      channels = out
    }

    let squeezeExcitation =
      architecture.squeezeExcitation
      ? excitation(unit: module, scope: scope, channels: channels, standard: standardOutput)
      : nil

    var shortcut = ShortcutStep.identity
    if hasShortcut {
      let averageDown = family.averageDownShortcut(stage: stage)
      let names = naming.shortcut(unit: module, averageDown: averageDown)
      let projection = ConvolutionStep(
        module: names.conv, norm: names.norm, normalization: normalization,
        scope: "\(scope)/shortcut",
        shape: [channels, input, 1, 1], stride: averageDown ? 1 : stride, relu: false,
        hasNorm: !preActivation)
      shortcut = averageDown ? .averageDown(projection) : .projection(projection)
    }
    let preactivation =
      preActivation
      ? NormalizationStep(
        module: naming.preactivation(unit: module), scope: "\(scope)/preact", channels: input,
        relu: true) : nil
    return ResidualUnit(
      scope: scope, body: body, squeezeExcitation: squeezeExcitation,
      splitAttention: splitAttention, shortcut: shortcut, stride: stride,
      preactivation: preactivation)
  }

  /// The split attention of `unit` on `channels` inputs (the first 1×1's output): GluonCV's
  /// `SplitAttentionConv(channels, 3, groups=cardinality, radix)` with stride 1, its `avd`
  /// pool carrying the unit's `stride` when that is not 1.
  private func splitAttentionStep(unit: String, scope: String, channels: Int, stride: Int)
    -> SplitAttentionStep
  {
    let radix = architecture.radix
    let cardinality = architecture.cardinality
    let names = naming.splitAttention(unit: unit)
    // The convolution keeps its input width per split (GluonCV `channels*radix`).
    let convolution = ConvolutionStep(
      module: names.conv, norm: names.norm, scope: "\(scope)/splat/conv",
      shape: [
        width(names.conv, standard: channels * radix), channels / (cardinality * radix), 3, 3,
      ],
      groups: cardinality * radix, stride: 1, relu: true)
    let split = convolution.outputChannels / radix
    // GluonCV: `inter_channels = max(in_channels * radix // 2 // 2, 32)`.
    let inner = width(names.reduce, standard: max(channels * radix / 4, 32))
    let reduce = ConvolutionStep(
      module: names.reduce, hasBias: true, norm: names.reduceNorm, scope: "\(scope)/splat/fc0",
      shape: [inner, split / cardinality, 1, 1], groups: cardinality, stride: 1, relu: true)
    let expand = AttentionLogits(
      module: names.expand, scope: "\(scope)/splat/fc1",
      shape: [split * radix, inner / cardinality, 1, 1], groups: cardinality)
    return SplitAttentionStep(
      radix: radix, cardinality: cardinality, convolution: convolution, reduce: reduce,
      expand: expand, poolStride: stride == 1 ? nil : stride)
  }

  /// The squeeze-and-excitation gate of `unit` on the body's `channels` outputs: GluonCV's
  /// `se.0` (to `channels // 16` of the standard unit, or the source's own width) and `se.2`
  /// (back to `channels`, which the scaling needs). SE-ResNet's layers are bias-free Dense
  /// layers, SE-ResNeXt's biased 1×1 convolutions.
  private func excitation(unit: String, scope: String, channels: Int, standard: Int)
    -> SqueezeExcitationStep
  {
    let isConvolution = architecture.family.isResNeXt
    let kind: ExcitationLayer.Kind = isConvolution ? .convolution : .dense
    let names = naming.excitation(unit: unit)
    let reduced = width(names.reduce, standard: standard / 16)
    return SqueezeExcitationStep(
      reduce: ExcitationLayer(
        module: names.reduce, scope: "\(scope)/se/fc0", kind: kind, outputs: reduced,
        inputs: channels, hasBias: isConvolution),
      expand: ExcitationLayer(
        module: names.expand, scope: "\(scope)/se/fc1", kind: kind, outputs: channels,
        inputs: reduced, hasBias: isConvolution))
  }
}

/// GluonCV's structural (`save_parameters`) module names, per family.
struct StructuralNaming {
  var family: ResNetFamily

  /// The conv and norm modules of stem convolution `index` (of `count`).
  func stem(_ index: Int, of count: Int) -> (conv: String, norm: String) {
    // ResNetV2: the data BN `features.0` comes first, then one conv/BN/ReLU triple.
    if family.isPreActivation { return ("features.\(3 * index + 1)", "features.\(3 * index + 2)") }
    // ResNetV1/ResNeXt: `features` Sequential, conv/BN/ReLU triples (indices step by 3).
    if family.usesGluonSequentialNames {
      return ("features.\(3 * index)", "features.\(3 * index + 1)")
    }
    if count == 1 { return ("conv1", "bn1") }
    // ResNetV1b deep stem: Sequential indices step by 3 (conv, BN, ReLU); the last BN is `bn1`.
    return ("conv1.\(3 * index)", index == count - 1 ? "bn1" : "conv1.\(3 * index + 1)")
  }

  /// The module of unit `block` of stage `stage` (1-based): in `features`, the stages follow
  /// the stem's conv/BN/ReLU triples and the max pool.
  func unit(stage: Int, block: Int) -> String {
    guard family.usesGluonSequentialNames else { return "layer\(stage).\(block)" }
    return "features.\(firstStageIndex + stage - 1).\(block)"
  }

  /// The `features` index of the first stage: after the stem's triples and the max pool (and
  /// ResNetV2's data BN).
  private var firstStageIndex: Int {
    3 * family.stemWidths.count + 1 + (family.isPreActivation ? 1 : 0)
  }

  /// ResNetV2's data BatchNorm, before the stem.
  var inputNorm: String { "features.0" }

  /// ResNetV2's final BatchNorm, after the four stages.
  var finalNorm: String { "features.\(firstStageIndex + 4)" }

  /// ResNetV2's pre-activation BatchNorm of `unit`.
  func preactivation(unit: String) -> String { "\(unit).bn1" }

  /// The conv and norm modules of body convolution `k` (0-based) of `unit`.
  func body(unit: String, convolution k: Int) -> (conv: String, norm: String) {
    // ResNetV2: `bnK` precedes `convK`, so the BatchNorm after `conv{k+1}` is `bn{k+2}` (the
    // last convolution's is the next unit's `bn1`).
    if family.isPreActivation { return ("\(unit).conv\(k + 1)", "\(unit).bn\(k + 2)") }
    return family.usesGluonSequentialNames
      ? ("\(unit).body.\(3 * k)", "\(unit).body.\(3 * k + 1)")
      : ("\(unit).conv\(k + 1)", "\(unit).bn\(k + 1)")
  }

  /// The two layers of `unit`'s squeeze-and-excitation Sequential (its ReLU and sigmoid sit
  /// at `se.1` and `se.3`).
  func excitation(unit: String) -> (reduce: String, expand: String) {
    ("\(unit).se.0", "\(unit).se.2")
  }

  /// The modules of `unit`'s split-attention convolution (ResNeSt's `conv2`).
  func splitAttention(unit: String) -> (
    conv: String, norm: String, reduce: String, reduceNorm: String, expand: String
  ) {
    let module = "\(unit).conv2"
    return ("\(module).conv", "\(module).bn", "\(module).fc1", "\(module).bn1", "\(module).fc2")
  }

  /// The conv and norm modules of `unit`'s shortcut (avg-down: after the parameterless pool).
  func shortcut(unit: String, averageDown: Bool) -> (conv: String, norm: String) {
    // ResNetV2: a bare convolution, no BatchNorm.
    if family.isPreActivation { return ("\(unit).downsample", "") }
    return averageDown
      ? ("\(unit).downsample.1", "\(unit).downsample.2")
      : ("\(unit).downsample.0", "\(unit).downsample.1")
  }

  /// The classifier module.
  var classifier: String { family.usesGluonSequentialNames ? "output" : "fc" }
}
