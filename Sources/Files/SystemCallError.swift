public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A failed system call: which call, the errno it set, and the path it was
/// about. The leaf of every error chain that reaches the file system, so
/// callers classify failures by ``errno`` (ENOSPC, EROFS, …) rather than by
/// the wording of a wrapper.
public struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The C function, e.g. `renameat2`.
  public var call: String
  public var errno: Errno
  /// The file or directory concerned, when there is one.
  public var path: FilePath?

  public init(_ call: String, errno: Errno = .current, path: FilePath? = nil) {
    self.call = call
    self.errno = errno
    self.path = path
  }

  /// `path: call failed: strerror`.
  public var description: String {
    let text = "\(call) failed: \(errno)"
    return path.map { "\($0): \(text)" } ?? text
  }
}

extension Errno {
  /// The calling thread's `errno`, read right after a failed call.
  public static var current: Errno { Errno(rawValue: Glibc.errno) }
}

/// Calls `body` again while it fails with EINTR: the one retry loop for
/// every raw system call (swift-system's own calls retry by themselves).
@inline(__always)
public func retryingInterrupts<Result: FixedWidthInteger>(_ body: () -> Result) -> Result {
  while true {
    let result = body()
    if result == -1 && Glibc.errno == EINTR { continue }
    return result
  }
}
