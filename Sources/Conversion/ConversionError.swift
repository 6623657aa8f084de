public import Files
public import SystemPackage

/// Why a conversion failed, with the context to act on it: the source file,
/// the tensor, and the byte offset, plus the underlying cause.
///
/// `description` is one line that reads well in a terminal or a journal entry.
public struct ConversionError: Error, Sendable, CustomStringConvertible, UnderlyingErrorProviding {
  public enum Code: String, Sendable {
    /// The source file cannot be read or is malformed.
    case invalidSource
    /// The weights are not a ResNet that gluon2tf converts.
    case unsupportedModel
    /// The destination exists, or cannot be created or written.
    case destination
    /// Writing the checkpoint failed (disk full, I/O error).
    case write
    /// An option is invalid.
    case invalidOption
    /// Verification could not run (unreadable input, a corrupt tensor).
    case verification
    /// Verification ran and the checkpoint does not compute what the source does.
    case verificationFailed
    /// Another process truncated or rewrote the source while it was converted.
    case sourceChanged
    /// The source declares more data than `max-source-bytes` allows, or than
    /// the output file system could ever hold: refused before it is written.
    case sourceTooLarge
    /// The output file system has too little free space for the data the
    /// source declares right now: nothing was written (may succeed later).
    case outputFull
    /// The source's own forward pass gives NaN or infinity: there is nothing
    /// a checkpoint could be checked against.
    case sourceNonFinite
    /// The source's name carries GluonCV's SHA-1 prefix
    /// (`resnet101_v1d-1b2b825f.params`) and its SHA-1 does not start with
    /// it: the file is not the one it is named after (``GluonCVName``).
    case nameChecksumMismatch
  }

  public var code: Code
  public var message: String
  public var source: FilePath?
  public var tensor: String?
  public var offset: Int?
  /// The lower-level error this one wraps: a typed value, so a caller can
  /// find the failed system call in the chain (``systemCallError(in:)``).
  public var cause: (any Error)?

  public init(
    _ code: Code, _ message: String, source: FilePath? = nil, tensor: String? = nil,
    offset: Int? = nil,
    cause: (any Error)? = nil
  ) {
    self.code = code
    // Messages and tensor names may quote the input (a tensor name can be
    // megabytes long): capped here, so every sink gets a small error.
    self.message = UntrustedText.capped(message, limit: UntrustedText.messageLimit)
    self.source = source
    self.tensor = tensor.map { UntrustedText.capped($0) }
    self.offset = offset
    self.cause = cause
  }

  public var underlyingError: (any Error)? { cause }

  /// The errno of the innermost failed system call in the chain, if any.
  public var errno: Errno? { systemCallError(in: self)?.errno }

  public var description: String {
    var context: [String] = []
    if let source { context.append(UntrustedText.pathText(source)) }
    if let tensor { context.append("tensor \(tensor)") }
    if let offset { context.append("byte offset \(offset)") }
    var text = context.isEmpty ? message : context.joined(separator: ", ") + ": " + message
    if let cause, let detail = ConversionError.detail(of: cause) { text += " (\(detail))" }
    return text
  }

  /// What a cause adds to a message that already says what failed: for a
  /// file-system error, only its errno (its message was taken over).
  static func detail(of cause: any Error) -> String? {
    switch cause {
    case let error as FileSystemError: return error.cause.map { "\($0.errno)" }
    case let error as SystemCallError: return "\(error.call) failed: \(error.errno)"
    default: return "\(cause)"
    }
  }
}
