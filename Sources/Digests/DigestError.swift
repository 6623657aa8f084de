public import Files
public import SystemPackage

/// Why a digest could not be computed: the file could not be read (the
/// ``cause`` chain holds the failed system call), or libcrypto failed.
public struct DigestError: Error, Sendable, CustomStringConvertible, UnderlyingErrorProviding {
  public var message: String
  /// The file being hashed, when there is one.
  public var path: FilePath?
  public var cause: (any Error)?

  public init(_ message: String, path: FilePath? = nil, cause: (any Error)? = nil) {
    self.message = message
    self.path = path
    self.cause = cause
  }

  public var underlyingError: (any Error)? { cause }

  public var description: String {
    var text = path.map { "\(UntrustedText.pathText($0)): \(message)" } ?? message
    if let failure = systemCallError(in: self) { text += " (\(failure.errno))" }
    return text
  }
}
