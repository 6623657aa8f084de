/// Turns export and legacy counter names of GluonCV's ResNetV1, ResNetV2 and ResNeXt
/// (`resnetv10_stage2_conv3_weight`, `resnext0_stage1_conv2_weight`) into structural names
/// (`features.5.0.downsample.0.weight`).
///
/// Network-level `convK`/`batchnormK` are the stem (one 7×7, or ResNeXt-e's three 3×3:
/// `features.3K`/`.3K+1`) and `dense0` the head; the stages follow the stem's triples and the
/// max pool. A deep stem is ResNeXt-e's, whose stages after the first have avg-pool shortcuts
/// (`downsample.1`/`.2`).
///
/// Inside a `stageS_` scope, Gluon counts convolutions and BatchNorms in creation order: each
/// unit's body (conv, BN; 2 or 3 times), then block 0's shortcut (conv, BN) when it has one. So
/// with `B` body convolutions per unit (2 basic, 3 bottleneck, told by the kernel of the first)
/// and `N` convolutions in the stage, block 0 has a shortcut exactly when `N mod B` is 1, and
/// counter `k` falls in block 0 below `B + d`, else in block `1 + (k − B − d) / B`.
///
/// Squeeze-and-excitation adds to each unit, after its body and before block 0's shortcut:
/// SE-ResNet two Dense layers (`stageS_dense{2u}`, `{2u+1}` → `se.0`, `se.2` of unit `u`),
/// SE-ResNeXt two 1×1 convolutions without BatchNorm, so there a unit creates `B + 2`
/// convolutions but `B` BatchNorms, and the two counters are mapped with their own period.
enum GluonV1CounterNames {
  static func normalize(
    _ names: [CounterName], _ tensors: [SourceTensor], familyHint: ResNetFamily?
  ) throws(ResNetError) -> CounterNameNormalizer.Result {
    if let familyHint, !familyHint.usesGluonSequentialNames {
      throw ResNetError(
        .familyConflict,
        "family \(familyHint.rawValue) was requested but the `stageS_` names are GluonCV "
          + "ResNetV1's or ResNeXt's")
    }
    let preActivation = isResNetV2(names, tensors)
    let layout = try stageLayouts(names, tensors, preActivation: preActivation)
    let stemConvolutions =
      names.filter { $0.container == .network && $0.op == .conv && $0.leaf == .weight }.count
    var result: [NormalizedTensor] = []
    for (index, (name, tensor)) in zip(names, tensors).enumerated() {
      let module =
        preActivation
        ? preActivationModule(name, layout)
        : structuralModule(name, layout, deepStem: stemConvolutions == 3)
      guard let module else {
        throw ResNetError(
          .unexpectedTensor,
          "tensor `\(tensor.name)` has no place in a GluonCV "
            + (preActivation ? "ResNetV2" : "ResNetV1"), tensorName: tensor.name)
      }
      result.append(
        NormalizedTensor(
          sourceIndex: index, sourceName: tensor.name,
          structuralName: "\(module).\(name.leaf.rawValue)", shape: tensor.shape))
    }
    let structural = result.map { SourceTensor(name: $0.structuralName, shape: $0.shape) }
    try UnsupportedModelDiagnosis.checkStructural(structural)
    return CounterNameNormalizer.Result(
      tensors: result, family: preActivation ? .v2 : stemConvolutions == 3 ? .resnextE : .v1)
  }

  /// ResNetV2 shares the `stageS_` scopes; its network-level `batchnorm0` normalises the 3
  /// input channels.
  private static func isResNetV2(_ names: [CounterName], _ tensors: [SourceTensor]) -> Bool {
    zip(names, tensors).contains {
      $0.0.container == .network && $0.0.op == .batchnorm && $0.0.counter == 0
        && $0.1.shape == [3]
    }
  }

  /// ResNetV2's layers: network `batchnorm0` (data BN), `conv0`/`batchnorm1` (stem),
  /// `batchnorm2` (final BN), `dense0`. In a stage each unit creates `bnK` before `convK`
  /// (`B` of each), then its SE Dense layers, then block 0 its bare shortcut convolution: so
  /// BatchNorm `j` of a unit is its `preact` for `j = 0`, else the one after convolution `j−1`.
  private static func preActivationModule(_ name: CounterName, _ layouts: [Int: StageLayout])
    -> String?
  {
    let naming = StructuralNaming(family: .v2)
    let k = name.counter
    switch (name.container, name.op) {
    case (.network, .batchnorm):
      return [naming.inputNorm, naming.stem(0, of: 1).norm, naming.finalNorm].dropFirst(k).first
    case (.network, .conv): return k == 0 ? naming.stem(0, of: 1).conv : nil
    case (.network, .dense): return k == 0 ? naming.classifier : nil
    case (.stage(let stage), .conv):
      guard (1...4).contains(stage), let layout = layouts[stage] else { return nil }
      return unitModule(
        naming, stage: stage, counter: k, perUnit: layout.bodyConvolutions,
        body: layout.bodyConvolutions, hasShortcut: layout.hasShortcut, averageDown: false,
        isConvolution: true)
    case (.stage(let stage), .batchnorm):
      guard (1...4).contains(stage), let layout = layouts[stage] else { return nil }
      let body = layout.bodyConvolutions
      let unit = naming.unit(stage: stage, block: k / body)
      return k % body == 0
        ? naming.preactivation(unit: unit) : naming.body(unit: unit, convolution: k % body - 1).norm
    case (.stage(let stage), .dense):
      guard (1...4).contains(stage) else { return nil }
      let layers = naming.excitation(unit: naming.unit(stage: stage, block: k / 2))
      return k % 2 == 0 ? layers.reduce : layers.expand
    default: return nil
    }
  }

  /// Per stage: convolutions per unit body, squeeze-and-excitation convolutions per unit
  /// (SE-ResNeXt: 2; SE-ResNet's are Dense layers, counted apart) and whether block 0 has a
  /// shortcut.
  struct StageLayout {
    var bodyConvolutions: Int
    var excitationConvolutions: Int
    var hasShortcut: Bool

    /// Convolution counters per unit.
    var convolutionsPerUnit: Int { bodyConvolutions + excitationConvolutions }
  }

  private static func stageLayouts(
    _ names: [CounterName], _ tensors: [SourceTensor], preActivation: Bool
  ) throws(ResNetError) -> [Int: StageLayout] {
    var convolutions: [Int: Int] = [:]
    var norms: [Int: Int] = [:]
    var firstKernel: [Int: Int] = [:]
    for (name, tensor) in zip(names, tensors) {
      guard case .stage(let stage) = name.container, name.op != .dense else { continue }
      if name.op == .batchnorm {
        norms[stage] = max(norms[stage, default: 0], name.counter + 1)
        continue
      }
      guard name.leaf == .weight else { continue }
      convolutions[stage, default: 0] = max(convolutions[stage, default: 0], name.counter + 1)
      if name.counter == 0, tensor.shape.count == 4 { firstKernel[stage] = tensor.shape[2] }
    }
    var layouts: [Int: StageLayout] = [:]
    for (stage, count) in convolutions {
      let body: Int
      switch firstKernel[stage] {
      case 1: body = 3
      case 3: body = 2
      default:
        throw ResNetError(
          .shapeMismatch,
          "the first convolution `stage\(stage)_conv0_weight` must be 1×1 (bottleneck) or 3×3 "
            + "(basic block)", tensorName: "stage\(stage)_conv0_weight")
      }
      // Each convolution of a body or shortcut has a BatchNorm; SE-ResNeXt's two 1×1
      // excitation convolutions per unit have none, so they are what the conv counter has more.
      let normalised = norms[stage] ?? count
      if preActivation {
        // ResNetV2: one BatchNorm per body convolution; block 0's shortcut convolution has none.
        guard normalised % body == 0, count - normalised <= 1 else {
          throw ResNetError(
            .missingTensor,
            "stage \(stage) has \(count) convolutions and \(normalised) BatchNorms, which no "
              + "ResNetV2 stage of \(body)-convolution units has",
            tensorName: "stage\(stage)_conv\(count - 1)_weight")
        }
        layouts[stage] = StageLayout(
          bodyConvolutions: body, excitationConvolutions: 0, hasShortcut: count > normalised)
        continue
      }
      let units = normalised / body
      let excitation = count > normalised && units > 0 ? (count - normalised) / units : 0
      guard normalised % body <= 1, count - normalised == excitation * units,
        excitation == 0 || excitation == 2
      else {
        throw ResNetError(
          .missingTensor,
          "stage \(stage) has \(count) convolutions and \(normalised) BatchNorms, which no "
            + "ResNetV1/ResNeXt stage of \(body)-convolution units has",
          tensorName: "stage\(stage)_conv\(count - 1)_weight")
      }
      layouts[stage] = StageLayout(
        bodyConvolutions: body, excitationConvolutions: excitation,
        hasShortcut: normalised % body == 1)
    }
    return layouts
  }

  private static func structuralModule(
    _ name: CounterName, _ layouts: [Int: StageLayout], deepStem: Bool
  ) -> String? {
    // The `features` names depend only on the stem's length: ResNeXt-e's three triples or
    // ResNetV1/ResNeXt's one.
    let naming = StructuralNaming(family: deepStem ? .resnextE : .v1)
    let k = name.counter
    let stemCount = deepStem ? 3 : 1
    let isConvolution = name.op == .conv
    switch (name.container, name.op) {
    case (.network, .conv), (.network, .batchnorm):
      guard k < stemCount else { return nil }
      let names = naming.stem(k, of: stemCount)
      return isConvolution ? names.conv : names.norm
    case (.network, .dense): return k == 0 ? naming.classifier : nil
    case (.stage(let stage), .conv), (.stage(let stage), .batchnorm):
      guard (1...4).contains(stage), let layout = layouts[stage] else { return nil }
      // Excitation convolutions have no BatchNorm: the two counters have their own period.
      return unitModule(
        naming, stage: stage, counter: k,
        perUnit: isConvolution ? layout.convolutionsPerUnit : layout.bodyConvolutions,
        body: layout.bodyConvolutions, hasShortcut: layout.hasShortcut,
        averageDown: deepStem && stage > 1, isConvolution: isConvolution)
    case (.stage(let stage), .dense):
      // SE-ResNet: two bias-free Dense layers per unit, counted through the stage.
      guard (1...4).contains(stage) else { return nil }
      let layers = naming.excitation(unit: naming.unit(stage: stage, block: k / 2))
      return k % 2 == 0 ? layers.reduce : layers.expand
    default: return nil
    }
  }

  /// The module of the `counter`-th layer of one type in stage `stage`, whose units create
  /// `perUnit` of them each: `body` body layers (the convolution, or its BatchNorm), then the
  /// rest as squeeze-and-excitation convolutions; block 0 creates its shortcut's layer last.
  private static func unitModule(
    _ naming: StructuralNaming, stage: Int, counter k: Int, perUnit: Int, body: Int,
    hasShortcut: Bool, averageDown: Bool, isConvolution: Bool
  ) -> String {
    let blockZero = perUnit + (hasShortcut ? 1 : 0)
    let (block, j): (Int, Int) =
      k < blockZero ? (0, k) : (1 + (k - blockZero) / perUnit, (k - blockZero) % perUnit)
    let unit = naming.unit(stage: stage, block: block)
    if j < body {
      let names = naming.body(unit: unit, convolution: j)
      return isConvolution ? names.conv : names.norm
    }
    if j < perUnit {
      let layers = naming.excitation(unit: unit)
      return j - body == 0 ? layers.reduce : layers.expand
    }
    let names = naming.shortcut(unit: naming.unit(stage: stage, block: 0), averageDown: averageDown)
    return isConvolution ? names.conv : names.norm
  }

}
