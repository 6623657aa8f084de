/// One tensor an architecture requires, as GluonCV names it and as gluon2TF names it.
public struct LayoutTensor: Sendable, Hashable {
  /// The `save_parameters` name, e.g. `layer1.0.downsample.1.weight`.
  public var structuralName: String
  /// The MXNet shape (OIHW for convolutions, (out, in) for dense).
  public var shape: [Int]
  /// The TensorFlow name without the scope, e.g. `C2/bottleneck_0/shortcut/weights`.
  public var tfPath: String
  /// The layout change on the way to TensorFlow.
  public var transform: LayoutTransform

  /// Creates a layout entry.
  public init(structuralName: String, shape: [Int], tfPath: String, transform: LayoutTransform) {
    self.structuralName = structuralName
    self.shape = shape
    self.tfPath = tfPath
    self.transform = transform
  }
}
