import CLinux
public import SystemPackage

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
public enum WriterProbe {
  public static func isOpenForWriting(_ path: FilePath) -> Bool {
    let fd = open(path.string, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return g2t_probe_read_lease(fd) != 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
  }
}
