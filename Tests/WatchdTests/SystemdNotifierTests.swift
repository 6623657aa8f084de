import Foundation
import Testing

@testable import watchd

/// `sd_notify` against a datagram socket the test binds, as systemd would.
@Suite("sd_notify")
struct SystemdNotifierTests {
  /// Collects the notify messages sent to a socket bound in the test folder.
  final class NotifySocket: @unchecked Sendable {
    let path: String
    let socket: UnixDatagramSocket

    init(in folder: TestFolder) throws {
      path = folder.root + "/notify.sock"
      socket = try UnixDatagramSocket(bindingTo: path)
    }

    /// Messages until `predicate` matches one or `timeout` passes.
    func receive(
      until predicate: (String) -> Bool, timeout: Duration = .seconds(120)
    ) throws -> [String] {
      var messages: [String] = []
      let deadline = ContinuousClock.now + timeout
      while ContinuousClock.now < deadline {
        guard let datagram = try socket.receive(timeoutMilliseconds: 100) else { continue }
        let text = String(decoding: datagram.bytes, as: UTF8.self)
        messages.append(text)
        if predicate(text) { break }
      }
      return messages
    }
  }

  @Test func messagesReachABoundSocket() throws {
    let folder = TestFolder("notify")
    let socket = try NotifySocket(in: folder)
    let notifier = SystemdNotifier(socketPath: socket.path, watchdogMicroseconds: 2_000_000)
    #expect(notifier.watchdogInterval == .seconds(1))
    #expect(notifier.ready(status: "watching"))
    #expect(notifier.watchdog())
    #expect(notifier.stopping(status: "bye"))
    let messages = try socket.receive { $0.hasPrefix("STOPPING=1") }
    #expect(messages.count == 3)
    #expect(messages.first?.hasPrefix("READY=1\nSTATUS=watching\nMAINPID=") == true)
    #expect(messages.dropFirst().first == "WATCHDOG=1")
    #expect(messages.last == "STOPPING=1\nSTATUS=bye")
  }

  @Test func abstractSocketsWork() throws {
    let name = "@gluon2tf-test-\(getpid())-\(UUID().uuidString.prefix(6))"
    let socket = try UnixDatagramSocket(bindingTo: name)
    #expect(SystemdNotifier(socketPath: name).notify("READY=1"))
    let datagram = try socket.receive(timeoutMilliseconds: 2000)
    #expect(datagram.map { String(decoding: $0.bytes, as: UTF8.self) } == "READY=1")
  }

  @Test func withoutNotifySocketNothingIsSent() {
    #expect(!SystemdNotifier(socketPath: nil).notify("READY=1"))
  }

  /// The daemon: READY=1 once the initial scan queued what was already there,
  /// STATUS= with the queue, WATCHDOG=1 within the interval, STOPPING=1 at stop.
  @Test func daemonLifecycle() async throws {
    let folder = TestFolder("notify-daemon")
    try Samples.copy(to: folder.watch + "/early.params")
    let socket = try NotifySocket(in: folder)
    let notifier = SystemdNotifier(socketPath: socket.path, watchdogMicroseconds: 400_000)
    let daemon = try InProcessDaemon(folder, notifier: notifier)
    let startup = try socket.receive { $0.hasPrefix("READY=1") }
    let ready = try #require(startup.last)
    #expect(ready.contains("STATUS=watching \(folder.watch): 1 queued"))
    let running = try socket.receive { $0.contains("1 converted") }
    #expect(running.contains("WATCHDOG=1"))
    #expect(running.contains { $0.hasPrefix("STATUS=") && $0.contains("1 converting") })
    // Two more pings while idle: every 200 ms (half of WatchdogSec).
    let idle = try socket.receive(until: { _ in false }, timeout: .milliseconds(700))
    #expect(idle.filter { $0 == "WATCHDOG=1" }.count >= 2)
    try await daemon.stop()
    let stopping = try socket.receive { $0.hasPrefix("STOPPING=1") }
    #expect(stopping.last?.hasPrefix("STOPPING=1") == true)
  }
}
