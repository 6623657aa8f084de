/// How one source tensor becomes one TensorFlow variable.
public struct TensorMapping: Sendable, Hashable {
  /// Position of the tensor in the array given to ``ResNetAnalyzer/analyze(_:scope:familyHint:)``.
  public var sourceIndex: Int
  /// The source name as given.
  public var sourceName: String
  /// The normalised `save_parameters` name, e.g. `layer1.0.conv1.weight`.
  public var structuralName: String
  /// The full TensorFlow variable name including the scope,
  /// e.g. `resnet50_v1d/C2/bottleneck_0/conv0/weights`.
  public var tfName: String
  /// The source shape (MXNet order).
  public var sourceShape: [Int]
  /// The TensorFlow shape: HWIO for convolutions, (in, out) for dense.
  public var tfShape: [Int]
  /// The layout change from `sourceShape` to `tfShape`.
  public var transform: LayoutTransform

  /// Creates a mapping.
  public init(
    sourceIndex: Int, sourceName: String, structuralName: String, tfName: String,
    sourceShape: [Int], tfShape: [Int], transform: LayoutTransform
  ) {
    self.sourceIndex = sourceIndex
    self.sourceName = sourceName
    self.structuralName = structuralName
    self.tfName = tfName
    self.sourceShape = sourceShape
    self.tfShape = tfShape
    self.transform = transform
  }
}
