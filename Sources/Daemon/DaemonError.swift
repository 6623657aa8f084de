public import SystemPackage

/// Why a daemon operation failed, with its context: the path and the errno of
/// the failing system call.
///
/// `description` is one line that reads well in a journal entry.
public struct DaemonError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, coarsely.
  public enum Code: String, Sendable {
    /// A system call failed; ``DaemonError/errno`` says why.
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
  /// The failing system call's errno.
  public var errno: Errno?

  public init(_ code: Code, _ message: String, path: FilePath? = nil, errno: Errno? = nil) {
    self.code = code
    self.message = message
    self.path = path
    self.errno = errno
  }

  /// A failed system call: `<call> failed` with the current errno.
  static func systemCall(_ call: String, path: FilePath? = nil, errno: Errno = .last) -> Self {
    DaemonError(.systemCall, "\(call) failed", path: path, errno: errno)
  }

  public var description: String {
    var text = path.map { "\($0): \(message)" } ?? message
    if let errno { text += " (\(errno))" }
    return text
  }
}
