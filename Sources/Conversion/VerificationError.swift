/// Why a verification could not run (as opposed to running and finding a
/// difference, which is a ``VerificationReport`` with `passed == false`).
public struct VerificationError: Error, Sendable, CustomStringConvertible {
  public enum Code: String, Sendable {
    /// A tensor the forward pass needs is absent.
    case missingWeight
    /// A weight cannot be read (corrupt checkpoint, CRC mismatch, I/O error).
    case unreadableWeight
    /// The input array does not fit the model.
    case invalidInput
    /// The reference logits do not fit the model.
    case invalidReference
  }

  public var code: Code
  public var message: String
  /// The tensor concerned (a TF name on the checkpoint side, a source name on the other).
  public var tensor: String?

  public init(_ code: Code, _ message: String, tensor: String? = nil) {
    self.code = code
    self.message = message
    self.tensor = tensor
  }

  public var description: String {
    tensor.map { "tensor \($0): \(message)" } ?? message
  }
}
