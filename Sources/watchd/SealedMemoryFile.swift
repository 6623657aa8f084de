import CLinux
import Files
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A memfd holding bytes that can no longer change: what journald accepts for
/// entries too large for one datagram. The corresponding C functions are
/// `memfd_create` and `fcntl(F_ADD_SEALS)`.
struct SealedMemoryFile: ~Copyable {
  /// The descriptor; closed on deinit.
  let descriptor: FileDescriptor

  /// Writes `bytes` to a new memfd and seals it against any change.
  init(name: String, bytes: UnsafeRawBufferPointer) throws(DaemonError) {
    let fd = g2t_memfd_create_sealable(name)
    guard fd >= 0 else { throw .systemCall("memfd_create") }
    var offset = 0
    while offset < bytes.count {
      let written = retryingInterrupts {
        write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if written < 0 {
        let error = DaemonError.systemCall("write memfd")
        close(fd)
        throw error
      }
      offset += written
    }
    guard g2t_memfd_seal_all(fd) == 0 else {
      let error = DaemonError.systemCall("fcntl(F_ADD_SEALS)")
      close(fd)
      throw error
    }
    descriptor = FileDescriptor(rawValue: fd)
  }

  deinit { try? descriptor.close() }
}
