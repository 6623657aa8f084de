/// What the weights describe, found from names and shapes only (never from the file name).
///
/// ``plan`` turns it into the layers both naming and the forward pass walk.
public struct ModelArchitecture: Sendable, Hashable {
  /// The GluonCV family (ResNetV1 or a ResNetV1b variant).
  public var family: ResNetFamily
  /// 18, 34, 50, 101 or 152.
  public var depth: Int
  /// Basic (18, 34) or bottleneck (50 and deeper) blocks.
  public var blockKind: BlockKind
  /// Blocks in each of the four stages, e.g. `[3, 4, 6, 3]`.
  public var blocksPerStage: [Int]
  /// Output classes, from `fc.weight` dimension 0.
  public var classes: Int
  /// Stem convolution widths: `[64]` for v1b, `[32, 32, 64]` for c/d, `[64, 64, 128]` for e/s.
  public var stemWidths: [Int]
  /// Whether block-0 shortcuts are avg-pool + 1×1/1 conv (v1d, v1e).
  public var averageDownShortcut: Bool

  /// The GluonCV model name and default TensorFlow scope, e.g. `resnet50_v1d`.
  public var modelName: String { "resnet\(depth)_\(family.rawValue)" }

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

  /// Creates the GluonCV architecture `resnet<depth>_<family>` with `classes` outputs.
  ///
  /// - Throws: `unsupportedDepth` unless depth is 18, 34, 50, 101 or 152;
  ///   `shapeMismatch` unless `classes` ≥ 1.
  public init(family: ResNetFamily, depth: Int, classes: Int = 1000) throws(ResNetError) {
    guard let entry = ResNetDepth.entry(depth: depth) else {
      throw ResNetError(
        .unsupportedDepth, "depth \(depth) is not supported; \(ResNetDepth.supportedModels)")
    }
    guard classes >= 1 else {
      throw ResNetError(.shapeMismatch, "the number of classes must be at least 1, not \(classes)")
    }
    self.init(
      family: family, depth: depth, blockKind: entry.blockKind,
      blocksPerStage: entry.blocksPerStage, classes: classes, stemWidths: family.stemWidths,
      averageDownShortcut: family.usesAverageDownShortcut)
  }

  /// Every tensor this architecture has, in GluonCV `save_parameters` order, with its
  /// structural name, MXNet shape and gluon2TF name.
  public func expectedTensors() -> [LayoutTensor] {
    LayoutBuilder.tensors(for: plan)
  }

  /// The network as data: what naming and the forward pass both walk.
  public var plan: NetworkPlan { PlanBuilder.plan(for: self) }
}
