import CLinux
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Tells whether any process has a file open for writing, without /proc:
/// a read lease (`fcntl(F_SETLEASE, F_RDLCK)`) is refused with EAGAIN exactly
/// then. The lease is released at once, so writers are never blocked.
///
/// Leases need the caller to own the file (or CAP_LEASE); when one cannot be
/// taken for that reason the answer is "no", and the daemon relies on the
/// file's size and mtime staying unchanged for `settle`.
enum WriterProbe {
  /// Whether a process has the file open on `descriptor` (read-only) open for writing.
  static func isOpenForWriting(_ descriptor: FileDescriptor) -> Bool {
    g2t_probe_read_lease(descriptor.rawValue) != 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
  }
}
