/// One tensor as it appears in the source file: its name and its shape.
///
/// Shapes use MXNet order: convolution weights are OIHW, dense weights are (out, in),
/// BatchNorm parameters and biases are 1-D.
public struct SourceTensor: Sendable, Hashable {
  /// The name exactly as stored in the `.params` names table.
  public var name: String
  /// The dimensions, outermost first.
  public var shape: [Int]

  /// Creates a source tensor description.
  public init(name: String, shape: [Int]) {
    self.name = name
    self.shape = shape
  }
}
