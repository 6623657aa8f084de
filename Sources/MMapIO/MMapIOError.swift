public import Files
public import SystemPackage

/// An error raised while reading a weights file, with enough context to find
/// the problem: the file, the tensor, and the byte offset.
///
/// Modelled on swift-nio's `FileSystemError`: a code to switch on, a message
/// for people, and the context.
public struct MMapIOError: Error, Sendable, CustomStringConvertible, UnderlyingErrorProviding {
  /// What went wrong, coarsely.
  public enum Code: String, Sendable {
    case notFound
    case isDirectory
    case notRegularFile
    case systemCall
    case truncated
    case badMagic
    case unsupportedFormat
    case unsupportedDType
    case invalidHeader
    case invalidNames
    case trailingBytes
    /// The file was truncated or rewritten by another process while it was
    /// read, or between two reads that must see the same bytes.
    case sourceChanged
  }

  public var code: Code
  public var message: String
  /// The file being read.
  public var path: FilePath?
  /// The tensor being read, by name if the names are known, else by index.
  public var tensor: String?
  /// The byte offset in the file where the problem was found.
  public var offset: Int?
  /// The failing system call's errno, if any.
  public var errno: Errno?
  /// The file-system error underneath, if any.
  public var cause: FileSystemError?

  public var underlyingError: (any Error)? { cause }

  public init(
    _ code: Code, _ message: String, path: FilePath? = nil, tensor: String? = nil,
    offset: Int? = nil, errno: Errno? = nil
  ) {
    self.code = code
    // A tensor name comes from the file and may be megabytes long: capped
    // here, so every message and record made from this error stays small.
    self.message = UntrustedText.capped(message, limit: UntrustedText.messageLimit)
    self.path = path
    self.tensor = tensor.map { UntrustedText.capped($0) }
    self.offset = offset
    self.errno = errno
  }

  /// Wraps an error from opening or mapping a file.
  public init(_ error: FileSystemError) {
    let errno = error.cause?.errno
    let code: Code
    if errno == .noSuchFileOrDirectory {
      code = .notFound
    } else if errno == .isDirectory || error.message.hasPrefix("is a directory") {
      code = .isDirectory
    } else if error.code == .wrongKind {
      code = .notRegularFile
    } else {
      code = .systemCall
    }
    let message = errno.map { "\(error.message): \($0)" } ?? error.message
    self.init(code, message, path: error.path, errno: errno)
    cause = error
  }

  init(systemCall: String, errno: Errno, path: FilePath) {
    let code: Code = errno == .noSuchFileOrDirectory ? .notFound : .systemCall
    self.init(code, "\(systemCall) failed: \(errno)", path: path, errno: errno)
  }

  public var description: String {
    var parts: [String] = []
    if let path { parts.append(UntrustedText.pathText(path)) }
    if let tensor { parts.append("tensor \(tensor)") }
    if let offset { parts.append("byte offset \(offset)") }
    let context = parts.joined(separator: ", ")
    return context.isEmpty ? message : "\(context): \(message)"
  }
}
