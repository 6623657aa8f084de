public import SystemPackage

/// Why a file-system operation of gluon2tf was refused or failed, with its
/// context: what it was about, a message for people, and the system call that
/// failed underneath (if any).
///
/// `description` is one line that reads well in a terminal or a journal entry.
public struct FileSystemError: Error, Sendable, CustomStringConvertible, UnderlyingErrorProviding {
  public enum Code: String, Sendable {
    /// A system call failed; ``cause`` says which and why.
    case systemCall
    /// A symbolic link where gluon2tf never follows one.
    case symbolicLink
    /// Not the kind of file expected (a directory, a FIFO, a device, …).
    case wrongKind
    /// The path is a mount point, or the walk would cross one.
    case mountPoint
    /// The path exists and the operation does not replace it.
    case exists
    /// The path holds what gluon2tf did not create, so it is left alone.
    case notOurs
    /// Two paths that must be apart are the same, or one is inside the other.
    case nested
  }

  public var code: Code
  public var message: String
  public var path: FilePath?
  /// The failing system call, when one failed.
  public var cause: SystemCallError?

  public init(_ code: Code, _ message: String, path: FilePath? = nil, cause: SystemCallError? = nil)
  {
    self.code = code
    self.message = message
    self.path = path
    self.cause = cause
  }

  /// A failed system call, said as `<what> failed`.
  public init(_ failure: SystemCallError, _ message: String? = nil) {
    self.init(
      .systemCall, message ?? "\(failure.call) failed", path: failure.path, cause: failure)
  }

  public var underlyingError: (any Error)? { cause }

  public var description: String {
    var text = path.map { "\($0): \(message)" } ?? message
    if let cause { text += " (\(cause.errno))" }
    return text
  }
}

/// An error that wraps a lower-level one: the links of an error chain.
public protocol UnderlyingErrorProviding: Error {
  /// The error this one wraps, if any.
  var underlyingError: (any Error)? { get }
}

/// The innermost failed system call in `error`'s chain, if any.
public func systemCallError(in error: any Error) -> SystemCallError? {
  var current: (any Error)? = error
  var depth = 0
  while let error = current, depth < 32 {
    if let failure = error as? SystemCallError { return failure }
    current = (error as? any UnderlyingErrorProviding)?.underlyingError
    depth += 1
  }
  return nil
}
