/// Detects the architecture from structural names and shapes (docs/params-format.md §7.3–7.4).
///
/// Detection only reads the features that decide the architecture; ``LayoutMatcher`` then checks
/// every tensor against the complete expected layout.
enum ArchitectureDetector {
  static func detect(_ tensors: [NormalizedTensor]) throws(ResNetError) -> ModelArchitecture {
    var byName: [String: NormalizedTensor] = [:]
    for tensor in tensors { byName[tensor.structuralName] = tensor }
    var architecture: ModelArchitecture
    if isResNetV2(byName) {
      architecture = try detectGluonSequential(tensors, byName, preActivation: true)
    } else if byName["features.0.weight"] != nil || byName["output.weight"] != nil {
      architecture = try detectGluonSequential(tensors, byName)
    } else {
      architecture = try detectResNetV1b(tensors, byName)
    }
    architecture.measuredOutputChannels = measuredOutputChannels(tensors)
    return architecture
  }

  /// GluonCV's ResNetV1b family (`conv1`, `layerS.B.convK`, `fc`).
  private static func detectResNetV1b(
    _ tensors: [NormalizedTensor], _ byName: [String: NormalizedTensor]
  ) throws(ResNetError) -> ModelArchitecture {

    let stages = try stageFeatures(tensors)
    let stemWidths = try stem(byName, hasStages: stages.found)
    let averageDown = try shortcutKind(stages.shortcutConvIndices)
    if stages.hasSplitAttention {
      return try detectResNeSt(stages, byName, stemWidths: stemWidths, averageDown: averageDown)
    }
    let family = try family(stemWidths: stemWidths, averageDown: averageDown)
    let blockKind: BlockKind = stages.hasThirdConv ? .bottleneck : .basic
    guard let entry = ResNetDepth.entry(blockKind: blockKind, blocksPerStage: stages.blocks) else {
      throw ResNetError(
        .unsupportedDepth,
        "found \(blockKind.rawValue) blocks per stage \(stages.blocks) (layer1…layer4), which is "
          + "no ResNet depth gluon2tf converts (18: [2, 2, 2, 2] basic, 34: [3, 4, 6, 3] basic, "
          + "50: [3, 4, 6, 3], 101: [3, 4, 23, 3], 152: [3, 8, 36, 3] bottleneck)")
    }
    var architecture = ModelArchitecture(
      family: family, depth: entry.depth, blockKind: blockKind,
      blocksPerStage: entry.blocksPerStage, classes: try classes(byName),
      stemWidths: stemWidths, averageDownShortcut: averageDown)
    architecture.groupNorm = try groupNorm(byName, family: family)
    return architecture
  }

  /// Whether the norms are GroupNorms: the stem's last norm `bn1` has `gamma` and no running
  /// mean (GluonCV's `_gn` models keep BatchNorm's attribute names). Whether every other norm
  /// is one too is the layout match's business: the plan then expects no running statistics.
  private static func groupNorm(_ byName: [String: NormalizedTensor], family: ResNetFamily)
    throws(ResNetError) -> Bool
  {
    guard let gamma = byName["bn1.gamma"], byName["bn1.running_mean"] == nil else { return false }
    guard family == .v1b else {
      throw ResNetError(
        .unsupportedModel,
        "found GroupNorm layers (\(gamma.quotedName) without running statistics) on a "
          + "\(family.rawValue) network: GluonCV builds GroupNorm on v1b only (resnet50_v1b_gn); "
          + ResNetDepth.supportedModels, tensorName: gamma.sourceName)
    }
    return true
  }

  /// GluonCV's ResNeSt: v1b names with a split-attention `conv2` (`conv2.conv`, `.fc1`, `.fc2`)
  /// in every unit, a deep stem and avg-pool shortcuts. Radix and cardinality come from the
  /// first unit's shapes (docs/naming.md §13).
  private static func detectResNeSt(
    _ stages: StageFeatures, _ byName: [String: NormalizedTensor], stemWidths: [Int],
    averageDown: Bool
  ) throws(ResNetError) -> ModelArchitecture {
    guard stemWidths.count == 3, averageDown else {
      throw ResNetError(
        .familyConflict,
        "found split-attention convolutions (`layer1.0.conv2.conv.weight`, ResNeSt) but "
          + (stemWidths.count == 3 ? "strided shortcuts (`downsample.0`)" : "a 7×7 stem")
          + "; every GluonCV ResNeSt has a deep stem and avg-pool shortcuts (`downsample.1`)")
    }
    guard let entry = ResNetDepth.resnestEntry(blocksPerStage: stages.blocks) else {
      throw ResNetError(
        .unsupportedDepth,
        "found a ResNeSt with blocks per stage \(stages.blocks) (layer1…layer4), which is no "
          + "GluonCV ResNeSt (14: [1, 1, 1, 1], 26: [2, 2, 2, 2], 50: [3, 4, 6, 3], "
          + "101: [3, 4, 23, 3], 200: [3, 24, 36, 3], 269: [3, 30, 48, 8])")
    }
    // Radix: the split convolution's outputs per channel that reaches `conv3`; cardinality:
    // those channels over the per-group input of `fc1`.
    let unit = "layer1.0"
    var radix = 2
    var cardinality = 1
    if let split = byName["\(unit).conv2.conv.weight"]?.shape,
      let last = byName["\(unit).conv3.weight"]?.shape,
      let reduce = byName["\(unit).conv2.fc1.weight"]?.shape,
      split.count == 4, last.count == 4, reduce.count == 4, last[1] > 0, reduce[1] > 0,
      split[0] % last[1] == 0, last[1] % reduce[1] == 0
    {
      radix = split[0] / last[1]
      cardinality = last[1] / reduce[1]
    }
    guard radix >= 1, cardinality >= 1 else {
      throw ResNetError(
        .shapeMismatch,
        "`\(unit).conv2.conv.weight` has fewer outputs than `\(unit).conv3` has inputs: "
          + "no split-attention radix fits", tensorName: "\(unit).conv2.conv.weight")
    }
    var architecture = ModelArchitecture(
      family: .resnest, depth: entry.depth, blockKind: .bottleneck,
      blocksPerStage: entry.blocksPerStage, classes: try classes(byName),
      stemWidths: stemWidths, averageDownShortcut: true)
    architecture.radix = radix
    architecture.cardinality = cardinality
    return architecture
  }

  /// GluonCV's model-zoo ResNetV1 and ResNeXt: a `features` Sequential (a 7×7 stem
  /// `features.0`, or ResNeXt-e's deep stem `features.0/3/6`), stages of `body` Sequentials
  /// after the stem and the max pool, an `output` head. A grouped `body.3` makes it a ResNeXt,
  /// `se.0` layers in the units an SE-ResNet or SE-ResNeXt. With `preActivation`, GluonCV's
  /// ResNetV2: a data BN `features.0`, the stem `features.1`, stages from `features.5`, units
  /// of `bnK`/`convK`.
  private static func detectGluonSequential(
    _ tensors: [NormalizedTensor], _ byName: [String: NormalizedTensor],
    preActivation: Bool = false
  ) throws(ResNetError) -> ModelArchitecture {
    let stemName = preActivation ? "features.1.weight" : "features.0.weight"
    guard let stem = byName[stemName], stem.shape.count == 4 else {
      throw ResNetError(
        .missingTensor,
        "the stem convolution `\(stemName)` (4-D) of a GluonCV "
          + (preActivation ? "ResNetV2" : "ResNetV1/ResNeXt") + " is missing",
        tensorName: stemName)
    }
    let deepStem = !preActivation && stem.shape[2] == 3
    let firstStage = preActivation ? 5 : deepStem ? 10 : 4
    var blocks = [0, 0, 0, 0]
    var hasThirdConv = false
    var squeezeExcitation = false
    for tensor in tensors {
      let parts = tensor.structuralName.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count >= 4, parts[0] == "features", let index = DecimalIndex.parse(parts[1]),
        (firstStage..<firstStage + 4).contains(index), let block = DecimalIndex.parse(parts[2])
      else { continue }
      blocks[index - firstStage] = max(blocks[index - firstStage], block + 1)
      if parts.count >= 5, parts[3] == "body", parts[4] == "6" { hasThirdConv = true }
      if parts.count >= 4, parts[3] == "conv3" || parts[3] == "bn3" { hasThirdConv = true }
      if parts.count >= 5, parts[3] == "se" { squeezeExcitation = true }
    }
    let blockKind: BlockKind = hasThirdConv ? .bottleneck : .basic
    guard let entry = ResNetDepth.entry(blockKind: blockKind, blocksPerStage: blocks) else {
      throw ResNetError(
        .unsupportedDepth,
        "found \(blockKind.rawValue) blocks per stage \(blocks) (features.\(firstStage)…"
          + "features.\(firstStage + 3)), which is no ResNetV1/ResNeXt depth gluon2tf converts "
          + "(18: [2, 2, 2, 2] basic, 34: [3, 4, 6, 3] basic, 50: [3, 4, 6, 3], "
          + "101: [3, 4, 23, 3], 152: [3, 8, 36, 3] bottleneck)")
    }
    // Cardinality: the first 1×1's width over the grouped 3×3's per-group input.
    var cardinality = 1
    let unit = "features.\(firstStage).0.body"
    if let entry = byName["\(unit).0.weight"], let grouped = byName["\(unit).3.weight"],
      entry.shape.count == 4, grouped.shape.count == 4, grouped.shape[1] > 0,
      entry.shape[0] != grouped.shape[1], entry.shape[0] % grouped.shape[1] == 0
    {
      cardinality = entry.shape[0] / grouped.shape[1]
    }
    let family: ResNetFamily
    switch (cardinality > 1, deepStem) {
    case _ where preActivation: family = .v2
    case (false, false): family = .v1
    case (true, false): family = .resnext
    case (true, true): family = .resnextE
    case (false, true):
      throw ResNetError(
        .unsupportedModel,
        "found a deep stem (`features.0.weight` \(ShapeText.describe(stem.shape))) without grouped "
          + "convolutions: no GluonCV model has this layout; \(ResNetDepth.supportedModels)",
        tensorName: stem.sourceName)
    }
    if family.isResNeXt, blockKind != .bottleneck {
      throw ResNetError(
        .unsupportedDepth, "a ResNeXt has bottleneck blocks; found basic blocks \(blocks)")
    }
    var architecture = ModelArchitecture(
      family: family, depth: entry.depth, blockKind: blockKind,
      blocksPerStage: entry.blocksPerStage,
      classes: try classes(byName, weight: "output.weight"),
      stemWidths: family.stemWidths, averageDownShortcut: family.usesAverageDownShortcut)
    architecture.squeezeExcitation = squeezeExcitation
    if family.isResNeXt {
      architecture.cardinality = cardinality
      let groupWidth = byName["\(unit).0.weight"]?.shape.first ?? 0
      architecture.bottleneckWidth = groupWidth / cardinality
    }
    return architecture
  }

  /// GluonCV's ResNetV2 (with or without SE) starts with a BatchNorm of the 3 input channels,
  /// `features.0`, before its stem convolution `features.1`.
  private static func isResNetV2(_ byName: [String: NormalizedTensor]) -> Bool {
    byName["features.0.running_mean"]?.shape == [3] || byName["features.0.gamma"]?.shape == [3]
  }

  /// Output channels of every 4-D (convolution) or 2-D (dense: SE-ResNet's `se.0`, the
  /// classifier) `<module>.weight`, by module: the widths the plan takes.
  private static func measuredOutputChannels(_ tensors: [NormalizedTensor]) -> [String: Int] {
    var widths: [String: Int] = [:]
    for tensor in tensors
    where (tensor.shape.count == 4 || tensor.shape.count == 2)
      && tensor.structuralName.hasSuffix(".weight")
    {
      widths[String(tensor.structuralName.dropLast(".weight".count))] = tensor.shape[0]
    }
    return widths
  }

  private struct StageFeatures {
    var found = false
    var blocks = [0, 0, 0, 0]
    var hasThirdConv = false
    /// Whether some unit has ResNeSt's `conv2.conv` (split attention).
    var hasSplitAttention = false
    /// `I` of every `layerS.0.downsample.I.weight`.
    var shortcutConvIndices: Set<Int> = []
  }

  /// Blocks per stage = highest `B` in `layerS.B.*` + 1, for S in 1…4.
  private static func stageFeatures(_ tensors: [NormalizedTensor]) throws(ResNetError)
    -> StageFeatures
  {
    var features = StageFeatures()
    for tensor in tensors {
      let parts = tensor.structuralName.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count >= 3, parts[0].hasPrefix("layer"),
        let stage = DecimalIndex.parse(parts[0].dropFirst(5)), (1...4).contains(stage),
        let block = DecimalIndex.parse(parts[1])
      else { continue }
      features.found = true
      features.blocks[stage - 1] = max(features.blocks[stage - 1], block + 1)
      if parts[2] == "conv3" || parts[2] == "bn3" { features.hasThirdConv = true }
      if parts.count == 5, parts[2] == "conv2", parts[3] == "conv" {
        features.hasSplitAttention = true
      }
      if parts.count == 5, parts[2] == "downsample", parts[4] == "weight",
        let index = DecimalIndex.parse(parts[3])
      {
        features.shortcutConvIndices.insert(index)
      }
    }
    return features
  }

  /// `[64]` for a 7×7 stem (`conv1.weight`), else the deep stem widths from `conv1.0.weight`.
  private static func stem(_ byName: [String: NormalizedTensor], hasStages: Bool)
    throws(ResNetError) -> [Int]
  {
    let plain = byName["conv1.weight"]
    let deep = byName["conv1.0.weight"]
    switch (plain, deep) {
    case (.some, nil):
      return [64]
    case (nil, .some(let first)):
      // 64 wide: e/s. Any other width: c/d, whose pruned models (resnet50_v1d_0.86 …) narrow
      // the stem too (the plan takes the widths themselves from the shapes).
      switch first.shape.count == 4 ? first.shape[0] : nil {
      case 64: return ResNetFamily.v1e.stemWidths
      case .some(let width) where width >= 1: return ResNetFamily.v1d.stemWidths
      default:
        throw ResNetError(
          .shapeMismatch,
          "tensor \(first.quotedName) has shape \(ShapeText.describe(first.shape)); a deep stem "
            + "starts with (32,3,3,3) (v1c/v1d) or (64,3,3,3) (v1e/v1s)",
          tensorName: first.sourceName, foundShape: first.shape)
      }
    case (.some(let a), .some(let b)):
      throw ResNetError(
        .familyConflict,
        "found both a 7×7 stem \(a.quotedName) and a deep stem \(b.quotedName)",
        tensorName: b.sourceName)
    case (nil, nil):
      guard hasStages else {
        throw ResNetError(
          .unsupportedModel,
          "found no ResNetV1b-family names (`conv1.*`, `layerS.B.*`, `fc.*`) among "
            + "\(byName.count) tensors (e.g. `\(byName.keys.sorted().first ?? "")`): "
            + "not a model gluon2tf converts; \(ResNetDepth.supportedModels)")
      }
      throw ResNetError(
        .missingTensor,
        "the stem convolution is missing: neither `conv1.weight` (v1b) nor `conv1.0.weight` "
          + "(v1c/d/e/s) is present", tensorName: "conv1.weight")
    }
  }

  /// `downsample.0` conv → strided shortcut (b/c/s); `downsample.1` conv → avg-pool shortcut (d/e).
  private static func shortcutKind(_ indices: Set<Int>) throws(ResNetError) -> Bool {
    switch indices {
    case [0]: return false
    case [1]: return true
    case []:
      throw ResNetError(
        .missingTensor,
        "no shortcut convolution (`layerS.0.downsample.0.weight` or `.downsample.1.weight`) found")
    default:
      throw ResNetError(
        .familyConflict,
        "shortcut convolutions use inconsistent positions `downsample.\(indices.sorted())`: "
          + "a model has either `downsample.0` (v1b/c/s) or `downsample.1` (v1d/e)")
    }
  }

  private static func family(stemWidths: [Int], averageDown: Bool) throws(ResNetError)
    -> ResNetFamily
  {
    switch (stemWidths.first, averageDown) {
    case (64, false) where stemWidths.count == 1: return .v1b
    case (32, false): return .v1c
    case (32, true): return .v1d
    case (64, true) where stemWidths.count == 3: return .v1e
    case (64, false): return .v1s
    default:
      throw ResNetError(
        .familyConflict,
        "a 7×7 stem with avg-pool shortcuts (`downsample.1`/`.2`) is no GluonCV family; "
          + "v1b uses `downsample.0`/`.1`")
    }
  }

  private static func classes(
    _ byName: [String: NormalizedTensor], weight: String = "fc.weight"
  ) throws(ResNetError) -> Int {
    guard let fc = byName[weight] else {
      throw ResNetError(
        .missingTensor, "the classifier weight `\(weight)` is missing", tensorName: weight)
    }
    guard fc.shape.count == 2, fc.shape[0] >= 1 else {
      throw ResNetError(
        .shapeMismatch,
        "tensor \(fc.quotedName) has shape \(ShapeText.describe(fc.shape)); expected "
          + "(classes, features) with classes ≥ 1",
        tensorName: fc.sourceName, foundShape: fc.shape)
    }
    return fc.shape[0]
  }
}
