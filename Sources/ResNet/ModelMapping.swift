/// The result of analysing a weight file: what it is and where every tensor goes.
public struct ModelMapping: Sendable {
  /// The detected architecture.
  public var architecture: ModelArchitecture
  /// How the source tensors were named.
  public var namingStyle: NamingStyle
  /// The TensorFlow scope every variable name starts with (`resnet50_v1d` by default).
  public var scope: String
  /// One mapping per source tensor, in source order.
  public var tensors: [TensorMapping]

  /// Creates a model mapping.
  public init(
    architecture: ModelArchitecture, namingStyle: NamingStyle, scope: String,
    tensors: [TensorMapping]
  ) {
    self.architecture = architecture
    self.namingStyle = namingStyle
    self.scope = scope
    self.tensors = tensors
  }
}
