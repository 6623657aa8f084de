/// Why a list of tensors cannot be converted. `description` is a complete, log-ready sentence.
public struct ResNetError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable {
    /// The tensor list is empty.
    case emptyInput = "empty_input"
    /// The tensors describe a model gluon2tf does not convert (gluon ResNetV1/V2, ResNeXt,
    /// SE, ResNeSt, or no ResNet at all).
    case unsupportedModel = "unsupported_model"
    /// A name fits none of the rules of its naming style.
    case unrecognizedName = "unrecognized_name"
    /// Two tensors carry the same name (as given or after normalisation).
    case duplicateTensor = "duplicate_tensor"
    /// The architecture requires a tensor that is absent.
    case missingTensor = "missing_tensor"
    /// A tensor has no place in the detected architecture.
    case unexpectedTensor = "unexpected_tensor"
    /// A tensor has a shape other than the architecture implies.
    case shapeMismatch = "shape_mismatch"
    /// The blocks per stage match no supported depth (18, 34, 50, 101, 152).
    case unsupportedDepth = "unsupported_depth"
    /// Names and shapes fit two families (v1c/v1d or v1s/v1e) and no family hint was given.
    case ambiguousFamily = "ambiguous_family"
    /// The evidence for the family contradicts itself or the family hint.
    case familyConflict = "family_conflict"
    /// The TensorFlow scope is not a valid variable-name prefix.
    case invalidScope = "invalid_scope"
  }

  /// The kind of failure.
  public var code: Code
  /// What was found and what was expected.
  public var message: String
  /// The source tensor concerned, if one is.
  public var tensorName: String?
  /// The shape the architecture implies, for `shapeMismatch`.
  public var expectedShape: [Int]?
  /// The shape found, for `shapeMismatch`.
  public var foundShape: [Int]?

  /// Creates an error.
  public init(
    _ code: Code, _ message: String, tensorName: String? = nil,
    expectedShape: [Int]? = nil, foundShape: [Int]? = nil
  ) {
    self.code = code
    self.message = message
    self.tensorName = tensorName
    self.expectedShape = expectedShape
    self.foundShape = foundShape
  }

  /// `<code>: <message>`, e.g. `shape_mismatch: tensor `fc.weight` has shape (10,512); …`.
  public var description: String { "\(code.rawValue): \(message)" }
}
