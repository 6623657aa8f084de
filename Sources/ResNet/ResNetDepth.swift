/// The depths gluon2tf converts and the blocks per stage that define them.
enum ResNetDepth {
  struct Entry: Sendable {
    var depth: Int
    var blockKind: BlockKind
    var blocksPerStage: [Int]
  }

  static let all: [Entry] = [
    Entry(depth: 18, blockKind: .basic, blocksPerStage: [2, 2, 2, 2]),
    Entry(depth: 34, blockKind: .basic, blocksPerStage: [3, 4, 6, 3]),
    Entry(depth: 50, blockKind: .bottleneck, blocksPerStage: [3, 4, 6, 3]),
    Entry(depth: 101, blockKind: .bottleneck, blocksPerStage: [3, 4, 23, 3]),
    Entry(depth: 152, blockKind: .bottleneck, blocksPerStage: [3, 8, 36, 3]),
  ]

  static func entry(depth: Int) -> Entry? { all.first { $0.depth == depth } }

  /// GluonCV's six ResNeSts (`resnest.py` factories): bottlenecks only, depth 3·blocks + 2.
  static let resnest: [Entry] = [
    Entry(depth: 14, blockKind: .bottleneck, blocksPerStage: [1, 1, 1, 1]),
    Entry(depth: 26, blockKind: .bottleneck, blocksPerStage: [2, 2, 2, 2]),
    Entry(depth: 50, blockKind: .bottleneck, blocksPerStage: [3, 4, 6, 3]),
    Entry(depth: 101, blockKind: .bottleneck, blocksPerStage: [3, 4, 23, 3]),
    Entry(depth: 200, blockKind: .bottleneck, blocksPerStage: [3, 24, 36, 3]),
    Entry(depth: 269, blockKind: .bottleneck, blocksPerStage: [3, 30, 48, 8]),
  ]

  /// The ResNeSt of `depth`, if GluonCV has one.
  static func resnestEntry(depth: Int) -> Entry? { resnest.first { $0.depth == depth } }

  /// The ResNeSt with these blocks per stage, if GluonCV has one.
  static func resnestEntry(blocksPerStage: [Int]) -> Entry? {
    resnest.first { $0.blocksPerStage == blocksPerStage }
  }

  /// GluonCV's ResNeSt stem width: 32 (resnest14/26/50), 64 from resnest101 on.
  static func resnestStemWidths(depth: Int) -> [Int] {
    depth >= 101 ? [64, 64, 128] : [32, 32, 64]
  }

  static func entry(blockKind: BlockKind, blocksPerStage: [Int]) -> Entry? {
    all.first { $0.blockKind == blockKind && $0.blocksPerStage == blocksPerStage }
  }

  /// The supported model names, for messages.
  static let supportedModels =
    "supported: resnet{18,34,50,101,152}_v1{,b,c,d,e,s} (pruned too), "
    + "resnet{18,34,50,101,152}_v2, resnext{50,101}_32x4d, "
    + "resnext101_64x4d, resnext101e_64x4d, se_resnet{18,34,50,101,152}_v{1,2}, "
    + "se_resnext{50,101}_32x4d, se_resnext101_64x4d, se_resnext101e_64x4d, "
    + "resnest{14,26,50,101,200,269}, resnet{50,101}_v1b_gn"
}
