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

  static func entry(blockKind: BlockKind, blocksPerStage: [Int]) -> Entry? {
    all.first { $0.blockKind == blockKind && $0.blocksPerStage == blocksPerStage }
  }

  /// The supported model names, for messages.
  static let supportedModels =
    "supported: resnet{18,34,50,101,152}_v1{,b,c,d,e,s} (pruned too), resnext{50,101}_32x4d, "
    + "resnext101_64x4d, resnext101e_64x4d, se_resnet{18,34,50,101,152}_v1, "
    + "se_resnext{50,101}_32x4d, se_resnext101_64x4d, se_resnext101e_64x4d, "
    + "resnet{50,101}_v1b_gn"
}
