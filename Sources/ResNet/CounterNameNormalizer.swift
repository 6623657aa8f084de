/// Turns export (`arg:`/`aux:`) and legacy counter names into structural names.
///
/// Creation counters carry no structure by themselves, so the rules need three facts, all
/// taken from names and shapes (never from positions):
/// - deep stem: a network-level `conv1` or `conv2` exists;
/// - block kind: the first stage convolution (`layersS_conv0`) is 1×1 (bottleneck) or 3×3 (basic);
/// - family: stem width (v1b, c/d or s/e), then the prefix letter (`resnetv1d_`) or the hint.
enum CounterNameNormalizer {
  struct Result: Sendable {
    var tensors: [NormalizedTensor]
    var family: ResNetFamily
  }

  static func normalize(
    _ tensors: [SourceTensor], style: NamingStyle, familyHint: ResNetFamily?
  ) throws(ResNetError) -> Result {
    try UnsupportedModelDiagnosis.checkCounterNames(tensors.map(\.name))
    var parsed: [CounterName] = []
    for tensor in tensors {
      parsed.append(try parse(tensor, style: style))
    }
    if let first = parsed.first,
      let other = zip(parsed, tensors).first(where: { $0.0.prefix != first.prefix })
    {
      throw ResNetError(
        .unrecognizedName,
        "tensor `\(other.1.name)` has the prefix `\(other.0.prefix)` but `\(tensors[0].name)` has "
          + "`\(first.prefix)`: all names of one model share one prefix",
        tensorName: other.1.name)
    }
    if parsed.contains(where: \.isGluonStage) {
      return try GluonV1CounterNames.normalize(parsed, tensors, familyHint: familyHint)
    }
    let family: ResNetFamily
    if let resnest = try resolveResNeSt(parsed, familyHint: familyHint) {
      family = resnest
    } else {
      family = try resolveFamily(parsed, tensors, familyHint: familyHint)
    }
    let blockKind = try detectBlockKind(parsed, tensors)
    var result: [NormalizedTensor] = []
    for (index, (name, tensor)) in zip(parsed, tensors).enumerated() {
      guard let module = structuralModule(name, family: family, blockKind: blockKind) else {
        throw ResNetError(
          .unexpectedTensor,
          "tensor `\(tensor.name)` has no place in a ResNetV1b-family model "
            + "(\(family.rawValue), \(blockKind.rawValue) blocks)",
          tensorName: tensor.name)
      }
      result.append(
        NormalizedTensor(
          sourceIndex: index, sourceName: tensor.name,
          structuralName: "\(module).\(name.leaf.rawValue)", shape: tensor.shape))
    }
    return Result(tensors: result, family: family)
  }

  private static func parse(_ tensor: SourceTensor, style: NamingStyle) throws(ResNetError)
    -> CounterName
  {
    var body = tensor.name
    var auxiliary: Bool?
    if style == .export {
      guard tensor.name.hasPrefix("arg:") || tensor.name.hasPrefix("aux:") else {
        throw ResNetError(
          .unrecognizedName,
          "tensor `\(tensor.name)` lacks the `arg:`/`aux:` prefix the other (export-style) names have",
          tensorName: tensor.name)
      }
      auxiliary = tensor.name.hasPrefix("aux:")
      body = String(tensor.name.dropFirst(4))
    }
    guard let name = CounterName(body) else {
      throw ResNetError(
        .unrecognizedName,
        "tensor `\(tensor.name)` does not follow the GluonCV ResNetV1b counter naming "
          + "`[prefix_][layersS_|downS_](conv|batchnorm|dense)K_(weight|bias|gamma|beta|"
          + "running_mean|running_var)`",
        tensorName: tensor.name)
    }
    if let auxiliary, auxiliary != name.leaf.isAuxiliaryState {
      throw ResNetError(
        .unrecognizedName,
        "tensor `\(tensor.name)`: `\(name.leaf.rawValue)` is stored as "
          + (name.leaf.isAuxiliaryState ? "`aux:`" : "`arg:`") + " in export files",
        tensorName: tensor.name)
    }
    return name
  }

  /// `.resnest` when a stage scope holds a biased convolution (split attention's `fc1`/`fc2`,
  /// `layersS_conv2_bias`), which no v1b-family model has; `nil` otherwise.
  private static func resolveResNeSt(_ names: [CounterName], familyHint: ResNetFamily?)
    throws(ResNetError) -> ResNetFamily?
  {
    let biased = names.first {
      if case .layers = $0.container, $0.op == .conv, $0.leaf == .bias { return true }
      return false
    }
    guard let biased else { return nil }
    if let familyHint, familyHint != .resnest {
      throw ResNetError(
        .familyConflict,
        "family \(familyHint.rawValue) was requested but the biased stage convolution "
          + "`\(biased.prefix)…conv\(biased.counter)_bias` is ResNeSt's split attention")
    }
    return .resnest
  }

  /// Deep stem ⇔ network-level `conv1`/`conv2`; its `conv0` width tells c/d (32) from s/e (64).
  /// c vs d and s vs e differ only in the shortcut's position inside `downS_`, which counter
  /// names do not record; the prefix letter or the hint decides.
  private static func resolveFamily(
    _ names: [CounterName], _ tensors: [SourceTensor], familyHint: ResNetFamily?
  ) throws(ResNetError) -> ResNetFamily {
    let deep = names.contains { $0.container == .network && $0.op == .conv && $0.counter > 0 }
    var candidates: [ResNetFamily] = [.v1b]
    var evidence = "the 7×7 stem (no network-level `conv1`/`conv2`)"
    if deep {
      guard
        let stem = zip(names, tensors).first(where: {
          $0.0.container == .network && $0.0.op == .conv && $0.0.counter == 0
            && $0.0.leaf == .weight
        })?.1
      else {
        throw ResNetError(
          .missingTensor, "the deep stem's first convolution `conv0_weight` is missing",
          tensorName: "conv0_weight")
      }
      let width = stem.shape.count == 4 ? stem.shape[0] : nil
      switch width {
      case 32: candidates = [.v1c, .v1d]
      case 64: candidates = [.v1s, .v1e]
      default:
        throw ResNetError(
          .shapeMismatch,
          "tensor `\(stem.name)` has shape \(ShapeText.describe(stem.shape)); a deep stem starts "
            + "with (32,3,3,3) (v1c/v1d) or (64,3,3,3) (v1e/v1s)",
          tensorName: stem.name, foundShape: stem.shape)
      }
      evidence = "the deep stem `\(stem.name)` \(ShapeText.describe(stem.shape))"
    }
    let allowed = candidates.map(\.rawValue).joined(separator: " or ")
    let prefix = names.first?.prefix ?? ""
    let prefixFamily = names.first?.prefixFamily
    if let prefixFamily, !candidates.contains(prefixFamily) {
      throw ResNetError(
        .familyConflict,
        "the name prefix `\(prefix)` says \(prefixFamily.rawValue) but \(evidence) "
          + "fits only \(allowed)")
    }
    if let familyHint {
      guard candidates.contains(familyHint) else {
        throw ResNetError(
          .familyConflict,
          "family \(familyHint.rawValue) was requested but \(evidence) fits only \(allowed)")
      }
      if let prefixFamily, prefixFamily != familyHint {
        throw ResNetError(
          .familyConflict,
          "family \(familyHint.rawValue) was requested but the name prefix `\(prefix)` "
            + "says \(prefixFamily.rawValue)")
      }
    }
    if let family = prefixFamily ?? familyHint ?? (candidates.count == 1 ? candidates[0] : nil) {
      return family
    }
    throw ResNetError(
      .ambiguousFamily,
      "the family is ambiguous (\(allowed)): \(evidence) fits both, and "
        + (prefix.isEmpty
          ? "the names carry no prefix" : "the name prefix `\(prefix)` does not say")
        + "; the two differ only in the shortcut (strided conv vs avg-pool + conv), which "
        + "counter names do not record. Pass the family explicitly (familyHint, "
        + "`--family \(candidates[0].rawValue)` or `--family \(candidates[1].rawValue)`)")
  }

  /// Bottleneck blocks start with a 1×1 convolution, basic blocks with a 3×3 one.
  private static func detectBlockKind(_ names: [CounterName], _ tensors: [SourceTensor])
    throws(ResNetError) -> BlockKind
  {
    guard
      let first = zip(names, tensors).first(where: {
        if case .layers = $0.0.container, $0.0.op == .conv, $0.0.counter == 0,
          $0.0.leaf == .weight
        {
          return true
        }
        return false
      })?.1
    else {
      throw ResNetError(
        .missingTensor,
        "no stage convolution `layersS_conv0_weight` found: cannot tell basic from bottleneck "
          + "blocks", tensorName: "layers1_conv0_weight")
    }
    switch first.shape.count == 4 ? first.shape[2] : nil {
    case 1: return .bottleneck
    case 3: return .basic
    default:
      throw ResNetError(
        .shapeMismatch,
        "tensor `\(first.name)` has shape \(ShapeText.describe(first.shape)); the first convolution "
          + "of a block is 1×1 (bottleneck) or 3×3 (basic)",
        tensorName: first.name, foundShape: first.shape)
    }
  }

  /// The structural module path (without the leaf) of a counter name, per
  /// docs/params-format.md §4.3; `nil` if no such layer exists in the family.
  static func structuralModule(_ name: CounterName, family: ResNetFamily, blockKind: BlockKind)
    -> String?
  {
    let naming = StructuralNaming(family: family)
    let stemCount = family.stemWidths.count
    let k = name.counter
    let pick = { (names: (conv: String, norm: String)) in name.op == .conv ? names.conv : names.norm
    }
    switch (name.container, name.op) {
    case (.network, .conv), (.network, .batchnorm):
      return k < stemCount ? pick(naming.stem(k, of: stemCount)) : nil
    case (.network, .dense):
      return k == 0 ? naming.classifier : nil
    case (.layers(let stage), .conv) where family.usesSplitAttention:
      // A ResNeSt unit creates 5 convolutions: conv1, conv2.conv, conv2.fc1, conv2.fc2, conv3.
      let unit = naming.unit(stage: stage, block: k / 5)
      let splat = naming.splitAttention(unit: unit)
      return [
        naming.body(unit: unit, convolution: 0).conv, splat.conv, splat.reduce, splat.expand,
        naming.body(unit: unit, convolution: 2).conv,
      ][k % 5]
    case (.layers(let stage), .batchnorm) where family.usesSplitAttention:
      // … and 4 BatchNorms: bn1, conv2.bn, conv2.bn1, bn3.
      let unit = naming.unit(stage: stage, block: k / 4)
      let splat = naming.splitAttention(unit: unit)
      return [
        naming.body(unit: unit, convolution: 0).norm, splat.norm, splat.reduceNorm,
        naming.body(unit: unit, convolution: 2).norm,
      ][k % 4]
    case (.layers(let stage), .conv), (.layers(let stage), .batchnorm):
      let n = blockKind.convolutionsPerBlock
      return pick(naming.body(unit: naming.unit(stage: stage, block: k / n), convolution: k % n))
    case (.down(let stage), .conv), (.down(let stage), .batchnorm):
      guard k == 0 else { return nil }
      return pick(
        naming.shortcut(
          unit: naming.unit(stage: stage, block: 0),
          averageDown: family.averageDownShortcut(stage: stage)))
    case (.layers, .dense), (.down, .dense), (.stage, _):
      return nil
    }
  }

}
