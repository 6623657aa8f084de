/// Why a forward pass could not run. `description` is a complete, log-ready sentence.
public struct ForwardError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable {
    /// The activation's layout is not the pass's layout.
    case layoutMismatch = "layout_mismatch"
    /// `values.count` differs from `channels · height · width`, or a dimension is negative.
    case inconsistentActivation = "inconsistent_activation"
    /// The activation has a channel count other than the layer expects.
    case channelMismatch = "channel_mismatch"
    /// The activation is too small (or empty) for the layer, or too large for 32-bit BLAS.
    case unsupportedSize = "unsupported_size"
    /// A stage index outside `1...blocksPerStage.count`.
    case invalidStage = "invalid_stage"
    /// The architecture does not list a tensor the pass needs, or lists it with an unusable
    /// shape.
    case invalidArchitecture = "invalid_architecture"
    /// The provider's buffer has another element count than the architecture's shape.
    case weightSizeMismatch = "weight_size_mismatch"
    /// OpenBLAS (loaded on first use) is missing or incomplete.
    case blasUnavailable = "blas_unavailable"
  }

  /// The kind of failure.
  public var code: Code
  /// What was found and what was expected.
  public var message: String
  /// The weight concerned, if one is.
  public var tensorName: String?

  /// Creates an error.
  public init(_ code: Code, _ message: String, tensorName: String? = nil) {
    self.code = code
    self.message = message
    self.tensorName = tensorName
  }

  /// `<code>: <message>`.
  public var description: String { "\(code.rawValue): \(message)" }
}
