#if canImport(Glibc)
  import Glibc
#endif

/// Talks to the service manager with the `sd_notify(3)` protocol: datagrams of
/// `KEY=value` lines to the socket named by `$NOTIFY_SOCKET`.
///
/// Without `$NOTIFY_SOCKET` (not started by systemd) every call does nothing.
public final class SystemdNotifier: Sendable {
  /// The socket path; `nil` when not under systemd.
  let socketPath: String?
  /// How often to send `WATCHDOG=1`: half of `$WATCHDOG_USEC`, when the
  /// watchdog is enabled for this process; `nil` otherwise.
  let watchdogInterval: Duration?
  private let socket: UnixDatagramSocket?

  /// A notifier configured from the environment (`NOTIFY_SOCKET`,
  /// `WATCHDOG_USEC`, `WATCHDOG_PID`).
  public convenience init() {
    func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
    var watchdog: UInt64?
    if let usec = environment("WATCHDOG_USEC").flatMap(UInt64.init), usec > 0 {
      let pid = environment("WATCHDOG_PID").flatMap(Int32.init)
      if pid == nil || pid == getpid() { watchdog = usec }
    }
    self.init(socketPath: environment("NOTIFY_SOCKET"), watchdogMicroseconds: watchdog)
  }

  /// A notifier for `socketPath` (tests bind their own) with an optional watchdog.
  init(socketPath: String?, watchdogMicroseconds: UInt64? = nil) {
    let path = socketPath.flatMap { $0.isEmpty ? nil : $0 }
    self.socketPath = path
    socket = path == nil ? nil : try? UnixDatagramSocket()
    watchdogInterval = watchdogMicroseconds.map { .microseconds(Int64(clamping: $0 / 2)) }
  }

  /// Sends `state`, e.g. `READY=1\nSTATUS=watching`. Returns whether it was sent.
  @discardableResult
  func notify(_ state: String) -> Bool {
    guard let socket, let socketPath else { return false }
    return socket.send(state, to: socketPath) == nil
  }

  /// `READY=1` with a status line.
  @discardableResult
  func ready(status: String) -> Bool {
    notify("READY=1\nSTATUS=\(status)\nMAINPID=\(getpid())")
  }

  /// `STATUS=…`.
  @discardableResult
  func status(_ text: String) -> Bool { notify("STATUS=\(text)") }

  /// `WATCHDOG=1`.
  @discardableResult
  func watchdog() -> Bool { notify("WATCHDOG=1") }

  /// `RELOADING=1`: the configuration is being re-read (`READY=1` ends it).
  @discardableResult
  func reloading() -> Bool { notify("RELOADING=1\nSTATUS=reloading the configuration") }

  /// `READY=1` after a reload, whether it was applied or refused.
  @discardableResult
  func reloaded(status: String) -> Bool { notify("READY=1\nSTATUS=\(status)") }

  /// `STOPPING=1` with a status line.
  @discardableResult
  func stopping(status: String) -> Bool { notify("STOPPING=1\nSTATUS=\(status)") }
}
