import ResNet

/// One row of the resnet50_v1d golden table (docs/naming.md §8).
struct GoldenRow: Sendable {
  var mxIndex: Int
  /// Position in the bytewise-sorted TF keys.
  var tfSortedIndex: Int
  var mxnetKey: String
  var mxnetShape: [Int]
  /// TF variable name after `resnet50_v1d/`.
  var tfPath: String
  var tfShape: [Int]
  var transform: LayoutTransform

  init(
    _ mxIndex: Int, _ tfSortedIndex: Int, _ mxnetKey: String, _ mxnetShape: [Int],
    _ tfPath: String, _ tfShape: [Int], _ transform: LayoutTransform
  ) {
    self.mxIndex = mxIndex
    self.tfSortedIndex = tfSortedIndex
    self.mxnetKey = mxnetKey
    self.mxnetShape = mxnetShape
    self.tfPath = tfPath
    self.tfShape = tfShape
    self.transform = transform
  }
}
