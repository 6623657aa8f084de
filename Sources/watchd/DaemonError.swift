public import Files
public import SystemPackage

/// Why a daemon operation failed, with its context: the path and the error
/// underneath (a failed system call, a refused file-system operation).
///
/// `description` is one line that reads well in a journal entry.
public struct DaemonError: Error, Sendable, CustomStringConvertible, UnderlyingErrorProviding {
  /// What went wrong, coarsely.
  public enum Code: String, Sendable {
    /// A system call failed; the ``cause`` chain says which and why.
    case systemCall
    /// A setting or the configuration file is invalid.
    case configuration
    /// The checkpoint could not be published.
    case publish
  }

  public var code: Code
  public var message: String
  /// The file or directory concerned.
  public var path: FilePath?
  /// The error underneath.
  public var cause: (any Error)?

  public init(_ code: Code, _ message: String, path: FilePath? = nil, cause: (any Error)? = nil) {
    self.code = code
    self.message = UntrustedText.capped(message, limit: UntrustedText.messageLimit)
    self.path = path
    self.cause = cause
  }

  /// A failed system call: `<call> failed` with the current errno.
  static func systemCall(_ call: String, path: FilePath? = nil, errno: Errno = .current) -> Self {
    DaemonError(
      .systemCall, "\(call) failed", path: path,
      cause: SystemCallError(call, errno: errno, path: path))
  }

  /// A file-system error, as it is.
  init(_ error: FileSystemError, code: Code = .systemCall) {
    self.init(code, error.message, path: error.path, cause: error.cause ?? error)
  }

  public var underlyingError: (any Error)? { cause }

  /// The errno of the innermost failed system call, if any.
  public var errno: Errno? { systemCallError(in: self)?.errno }

  public var description: String {
    var text = path.map { "\(UntrustedText.pathText($0)): \(message)" } ?? message
    if let errno { text += " (\(errno))" }
    return text
  }
}
