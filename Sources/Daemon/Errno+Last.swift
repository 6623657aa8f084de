import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

extension Errno {
  /// The calling thread's `errno`, right after a failed call.
  static var last: Errno { Errno(rawValue: errno) }
}
