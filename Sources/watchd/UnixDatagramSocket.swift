import CLinux
import Files
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// An AF_UNIX datagram socket: how the daemon talks to systemd (`sd_notify`)
/// and to journald, and how tests stand in for systemd's notify socket.
///
/// A path starting with `@` names a socket in the abstract namespace.
final class UnixDatagramSocket: @unchecked Sendable {
  /// The descriptor.
  let descriptor: FileDescriptor
  private let boundPath: String?

  /// An unbound socket for sending. The corresponding C function is `socket`.
  init() throws(DaemonError) {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw .systemCall("socket(AF_UNIX, SOCK_DGRAM)") }
    descriptor = FileDescriptor(rawValue: fd)
    boundPath = nil
  }

  /// A socket bound to `path`, for receiving. The corresponding C function is `bind`.
  init(bindingTo path: String) throws(DaemonError) {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw .systemCall("socket(AF_UNIX, SOCK_DGRAM)") }
    guard g2t_unix_bind(fd, path) == 0 else {
      let error = DaemonError.systemCall("bind", path: FilePath(path))
      close(fd)
      throw error
    }
    descriptor = FileDescriptor(rawValue: fd)
    boundPath = path
  }

  deinit {
    try? descriptor.close()
    if let boundPath, !boundPath.hasPrefix("@") { unlink(boundPath) }
  }

  /// Sends `bytes` as one datagram to `path`, with `passing` attached as
  /// SCM_RIGHTS. Returns `nil` on success, else the errno (EMSGSIZE when the
  /// datagram is too large). The corresponding C function is `sendmsg`.
  func send(
    _ bytes: UnsafeRawBufferPointer, to path: String, passing descriptor: FileDescriptor? = nil
  ) -> Errno? {
    let sent = retryingInterrupts {
      g2t_unix_sendto(
        self.descriptor.rawValue, path, bytes.baseAddress, bytes.count, descriptor?.rawValue ?? -1)
    }
    return sent >= 0 ? nil : .current
  }

  /// Sends the UTF-8 of `text` as one datagram to `path`.
  func send(_ text: String, to path: String) -> Errno? {
    var copy = text
    return copy.withUTF8 { send(UnsafeRawBufferPointer($0), to: path) }
  }

  /// Waits up to `timeout` milliseconds (-1: forever) for a datagram and returns
  /// it with an attached descriptor, if any; `nil` on timeout.
  func receive(timeoutMilliseconds timeout: Int32 = -1) throws(DaemonError) -> (
    bytes: [UInt8], descriptor: FileDescriptor?
  )? {
    var poller = pollfd(fd: descriptor.rawValue, events: Int16(POLLIN), revents: 0)
    let ready = poll(&poller, 1, timeout)
    guard ready >= 0 else { throw .systemCall("poll") }
    guard ready > 0 else { return nil }
    var buffer = [UInt8](repeating: 0, count: 256 * 1024)
    var passed: Int32 = -1
    let count = buffer.withUnsafeMutableBytes { raw in
      g2t_unix_recv(descriptor.rawValue, raw.baseAddress, raw.count, &passed)
    }
    guard count >= 0 else { throw .systemCall("recvmsg") }
    return (Array(buffer[0..<count]), passed >= 0 ? FileDescriptor(rawValue: passed) : nil)
  }
}
