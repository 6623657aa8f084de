/// What the weights describe, found from names and shapes only (never from the file name).
///
/// ``plan`` turns it into the layers both naming and the forward pass walk.
public struct ModelArchitecture: Sendable, Hashable {
  /// The GluonCV family (ResNetV1, a ResNetV1b variant, ResNetV2 or ResNeXt).
  public var family: ResNetFamily
  /// 18, 34, 50, 101 or 152 (ResNeSt: 14, 26, 50, 101, 200 or 269).
  public var depth: Int
  /// Basic (18, 34) or bottleneck (50 and deeper) blocks.
  public var blockKind: BlockKind
  /// Blocks in each of the four stages, e.g. `[3, 4, 6, 3]`.
  public var blocksPerStage: [Int]
  /// Output classes, from `fc.weight` dimension 0.
  public var classes: Int
  /// Stem convolution widths: `[64]` for v1b, `[32, 32, 64]` for c/d, `[64, 64, 128]` for e/s.
  public var stemWidths: [Int]
  /// Whether block-0 shortcuts are avg-pool + 1×1/1 conv (v1d, v1e; resnext_e after stage 1).
  public var averageDownShortcut: Bool
  /// Groups of each bottleneck's 3×3 convolution: 1 for ResNets, 32 or 64 for ResNeXt.
  public var cardinality: Int = 1
  /// ResNeXt's `bottleneck_width`: channels per group in the first stage (4 in `32x4d`).
  public var bottleneckWidth: Int = 64
  /// Whether every unit scales its body's output by a squeeze-and-excitation gate
  /// (GluonCV's `use_se`: se_resnet…_v1 and se_resnet…_v2 on the v1 and v2 families,
  /// se_resnext… on the ResNeXt ones).
  public var squeezeExcitation = false
  /// ResNeSt's radix: the splits per cardinal group of each split-attention convolution
  /// (2 in every GluonCV ResNeSt; the family decides whether there is split attention).
  public var radix: Int = 1
  /// Whether every BatchNorm is a GroupNorm instead (GluonCV's resnet50_v1b_gn and
  /// resnet101_v1b_gn: `norm_layer=gluoncv.nn.GroupNorm` on the v1b family, stem and
  /// shortcuts included).
  public var groupNorm = false
  /// Groups of every GroupNorm: `gluoncv.nn.GroupNorm`'s default `ngroups`, which the
  /// `_gn` models keep. The file does not record it (GroupNorm stores `gamma` and `beta` only).
  public static let groupNormGroups = 32
  /// Output channels of every convolution as the source stores them, by structural module
  /// (`layer1.0.conv1`); the plan takes each width from here when present, so pruned models
  /// (per-layer widths) need no table. Empty: GluonCV's standard widths.
  public var measuredOutputChannels: [String: Int] = [:]

  /// The GluonCV model name and default TensorFlow scope, e.g. `resnet50_v1d`,
  /// `resnext101_64x4d`, `resnext101e_64x4d`.
  public var modelName: String {
    (squeezeExcitation ? "se_" : "") + baseModelName + (groupNorm ? "_gn" : "")
  }

  /// The model name without the `se_` prefix.
  private var baseModelName: String {
    switch family {
    case .resnext: "resnext\(depth)_\(cardinality)x\(bottleneckWidth)d"
    case .resnextE: "resnext\(depth)e_\(cardinality)x\(bottleneckWidth)d"
    case .resnest: "resnest\(depth)"
    default: "resnet\(depth)_\(family.rawValue)"
    }
  }

  /// Whether some convolution's width differs from GluonCV's standard one (a pruned model).
  public var hasPerLayerWidths: Bool {
    var standard = self
    standard.measuredOutputChannels = [:]
    return standard.plan != plan
  }

  /// Creates an architecture from explicit fields (no consistency check).
  public init(
    family: ResNetFamily, depth: Int, blockKind: BlockKind, blocksPerStage: [Int],
    classes: Int, stemWidths: [Int], averageDownShortcut: Bool
  ) {
    self.family = family
    self.depth = depth
    self.blockKind = blockKind
    self.blocksPerStage = blocksPerStage
    self.classes = classes
    self.stemWidths = stemWidths
    self.averageDownShortcut = averageDownShortcut
  }

  /// Creates the architecture a GluonCV model name stands for: `resnet<depth>_<family>`,
  /// `resnext<depth>_<C>x<W>d` or `resnext<depth>e_<C>x<W>d`, each of the last three also
  /// with the `se_` prefix of GluonCV's squeeze-and-excitation models (`se_resnet50_v1`), or
  /// `resnet<depth>_v1b_gn` (GroupNorm).
  ///
  /// - Throws: `unsupportedModel` for any other name; as `init(family:depth:classes:)`.
  public init(modelName name: String, classes: Int = 1000) throws(ResNetError) {
    let unknown = ResNetError(
      .unsupportedModel, "unknown model name `\(name)`; \(ResNetDepth.supportedModels)")
    // The message of an unknown base names the whole name; other errors (a bad class count)
    // stay as they are.
    func base(_ baseName: Substring) throws(ResNetError) -> ModelArchitecture {
      do {
        return try ModelArchitecture(modelName: String(baseName), classes: classes)
      } catch {
        throw error.code == .unsupportedModel ? unknown : error
      }
    }
    if name.hasSuffix("_gn") {
      // GluonCV builds GroupNorm variants of ResNetV1b only.
      self = try base(name.dropLast(3))
      guard family == .v1b, !squeezeExcitation, !groupNorm else { throw unknown }
      groupNorm = true
      return
    }
    if name.hasPrefix("se_") {
      // GluonCV builds SE variants of ResNetV1, ResNetV2 and ResNeXt (not of the v1b family).
      self = try base(name.dropFirst(3))
      guard family.usesGluonSequentialNames, !squeezeExcitation else { throw unknown }
      squeezeExcitation = true
      return
    }
    if name.hasPrefix("resnest") {
      guard let depth = DecimalIndex.parse(name.dropFirst("resnest".count)),
        ResNetDepth.resnestEntry(depth: depth) != nil
      else { throw unknown }
      try self.init(family: .resnest, depth: depth, classes: classes)
      return
    }
    let parts = name.split(separator: "_")
    guard parts.count == 2 else { throw unknown }
    if parts[0].hasPrefix("resnext") {
      var head = parts[0].dropFirst("resnext".count)
      let extended = head.hasSuffix("e")
      if extended { head = head.dropLast() }
      let widths = parts[1].split(separator: "x")
      guard let depth = DecimalIndex.parse(head), widths.count == 2, widths[1].hasSuffix("d"),
        let cardinality = DecimalIndex.parse(widths[0]),
        let width = DecimalIndex.parse(widths[1].dropLast()), cardinality >= 1, width >= 1
      else { throw unknown }
      try self.init(family: extended ? .resnextE : .resnext, depth: depth, classes: classes)
      self.cardinality = cardinality
      self.bottleneckWidth = width
      return
    }
    guard parts[0].hasPrefix("resnet"), let depth = DecimalIndex.parse(parts[0].dropFirst(6)),
      let family = ResNetFamily(rawValue: String(parts[1])), !family.isResNeXt
    else { throw unknown }
    try self.init(family: family, depth: depth, classes: classes)
  }

  /// Creates the GluonCV architecture `resnet<depth>_<family>` with `classes` outputs
  /// (ResNeXt families: 32 groups of 4, as resnext50_32x4d).
  ///
  /// ResNeSt: GluonCV's factory of that depth (radix 2, one group, stem 32 or 64 wide).
  ///
  /// - Throws: `unsupportedDepth` unless depth is 18, 34, 50, 101 or 152 (ResNeSt: 14, 26,
  ///   50, 101, 200 or 269); `shapeMismatch` unless `classes` ≥ 1.
  public init(family: ResNetFamily, depth: Int, classes: Int = 1000) throws(ResNetError) {
    let entry =
      family.usesSplitAttention
      ? ResNetDepth.resnestEntry(depth: depth) : ResNetDepth.entry(depth: depth)
    guard let entry else {
      throw ResNetError(
        .unsupportedDepth, "depth \(depth) is not supported; \(ResNetDepth.supportedModels)")
    }
    guard classes >= 1 else {
      throw ResNetError(.shapeMismatch, "the number of classes must be at least 1, not \(classes)")
    }
    if family.isResNeXt && entry.blockKind != .bottleneck {
      throw ResNetError(
        .unsupportedDepth, "ResNeXt has bottleneck blocks only (depth 50, 101 or 152), not \(depth)"
      )
    }
    self.init(
      family: family, depth: depth, blockKind: entry.blockKind,
      blocksPerStage: entry.blocksPerStage, classes: classes,
      stemWidths: family.usesSplitAttention
        ? ResNetDepth.resnestStemWidths(depth: depth) : family.stemWidths,
      averageDownShortcut: family.usesAverageDownShortcut)
    if family.usesSplitAttention { radix = 2 }
    if family.isResNeXt {
      cardinality = 32
      bottleneckWidth = 4
    }
  }

  /// Every tensor this architecture has, in GluonCV `save_parameters` order, with its
  /// structural name, MXNet shape and gluon2TF name.
  public func expectedTensors() -> [LayoutTensor] {
    LayoutBuilder.tensors(for: plan)
  }

  /// The network as data: what naming and the forward pass both walk.
  public var plan: NetworkPlan { PlanBuilder.plan(for: self) }
}
