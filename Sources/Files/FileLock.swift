public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

extension FileDescriptor {
  /// Takes an exclusive `flock(2)` without waiting. Returns false when
  /// another open file holds it.
  ///
  /// The lock belongs to the open file description: it follows renames and
  /// is released when the last descriptor closes, however the process ends.
  /// A lock that can be taken therefore proves its earlier holder is gone.
  public func tryLockExclusive(path: FilePath? = nil) throws(SystemCallError) -> Bool {
    guard retryingInterrupts({ flock(rawValue, LOCK_EX | LOCK_NB) }) == 0 else {
      let error = Errno.current
      if error == .wouldBlock { return false }
      throw SystemCallError("flock", errno: error, path: path)
    }
    return true
  }
}
