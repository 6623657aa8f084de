import Files
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Sends journal entries to journald's native socket: one datagram per entry,
/// or, when an entry is too large for a datagram, a sealed memfd passed with
/// SCM_RIGHTS in an empty datagram (as `sd_journal_sendv` does).
final class JournalTransport: Sendable {
  /// journald's native protocol socket.
  static let defaultSocketPath = "/run/systemd/journal/socket"

  /// The socket entries are sent to.
  let socketPath: String
  private let socket: UnixDatagramSocket

  /// A transport to `socketPath` (tests point this at their own journald).
  init(socketPath: String = JournalTransport.defaultSocketPath) throws(DaemonError) {
    self.socketPath = socketPath
    socket = try UnixDatagramSocket()
  }

  /// Whether a socket exists at `path`.
  static func socketExists(at path: String = defaultSocketPath) -> Bool {
    guard let status = try? FileStatus.of(FilePath(path)) else { return false }
    return status.kind == .socket
  }

  /// Sends `entry`; large entries go through a memfd.
  func send(_ entry: JournalEntry) throws(DaemonError) {
    let bytes = entry.serialized
    let failure = bytes.withUnsafeBytes { socket.send($0, to: socketPath) }
    guard let failure else { return }
    guard failure == .messageTooLong || failure == .noBufferSpace else {
      throw DaemonError(
        .systemCall, "cannot send to the journal", path: FilePath(socketPath),
        cause: SystemCallError("sendmsg", errno: failure, path: FilePath(socketPath)))
    }
    try sendLarge(bytes)
  }

  /// Sends `bytes` as a sealed memfd. The corresponding C calls are
  /// `memfd_create`, `fcntl(F_ADD_SEALS)` and `sendmsg` with SCM_RIGHTS.
  func sendLarge(_ bytes: [UInt8]) throws(DaemonError) {
    let result = bytes.withUnsafeBytes { raw in
      Result { () throws(DaemonError) -> Errno? in
        let memory = try SealedMemoryFile(name: "gluon2tf-journal", bytes: raw)
        return socket.send(
          UnsafeRawBufferPointer(start: nil, count: 0), to: socketPath, passing: memory.descriptor)
      }
    }
    if let failure = try result.get() {
      throw DaemonError(
        .systemCall, "cannot pass a memfd to the journal", path: FilePath(socketPath),
        cause: SystemCallError("sendmsg", errno: failure, path: FilePath(socketPath)))
    }
  }
}
