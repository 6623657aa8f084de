import Foundation
import Testing

@testable import watchd

/// SIGTERM in the middle of a conversion, to the real binary under a
/// stand-in for systemd's notify socket.
@Suite("Graceful shutdown (real binary)", .serialized)
struct SignalTests {
  /// The current file is finished, then the daemon exits 0 after STOPPING=1.
  @Test func sigtermFinishesTheCurrentFile() async throws {
    let folder = TestFolder("sigterm")
    let notify = try SystemdNotifierTests.NotifySocket(in: folder)
    let daemon = try DaemonProcess(folder, environment: ["NOTIFY_SOCKET": notify.path])
    #expect(try notify.receive { $0.hasPrefix("READY=1") }.last?.hasPrefix("READY=1") == true)
    try Samples.copy(to: folder.watch + "/busy.params")
    #expect(await eventually { daemon.log.contains("claimed busy.params") }, "\(daemon.log)")
    daemon.signal(SIGTERM)
    let stopping = try notify.receive { $0.hasPrefix("STOPPING=1") }
    #expect(stopping.last?.hasPrefix("STOPPING=1") == true)
    #expect(await daemon.waitForExit(timeout: .seconds(120)))
    #expect(daemon.process.terminationReason == .exit)
    #expect(daemon.process.terminationStatus == 0, "\(daemon.log)")
    #expect(folder.list("in/processed") == ["busy.params"])
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.publishedAreComplete())
    #expect(daemon.log.contains("stopped: 1 converted"))
  }

  /// With `stop-timeout = 0` the daemon exits at once, abandoning the file
  /// cleanly: nothing partial is visible, and the next start converts it once.
  @Test func sigtermWithZeroTimeoutAbandonsThenRecovers() async throws {
    let folder = TestFolder("sigterm0")
    let daemon = try DaemonProcess(folder, ["--stop-timeout", "0s"])
    try Samples.copy(to: folder.watch + "/cut.params")
    #expect(await eventually { daemon.log.contains("claimed cut.params") }, "\(daemon.log)")
    daemon.signal(SIGTERM)
    #expect(await daemon.waitForExit(timeout: .seconds(10)))
    #expect(daemon.process.terminationStatus == 0, "\(daemon.log)")
    #expect(folder.publishedAreComplete())
    let restarted = try DaemonProcess(folder, label: "restart")
    #expect(await eventually { folder.list("in/processed") == ["cut.params"] }, "\(restarted.log)")
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.list("out").filter { $0.hasPrefix(".gluon2tf-staging-") }.isEmpty)
    restarted.signal(SIGINT)
    #expect(await restarted.waitForExit(timeout: .seconds(120)))
    #expect(restarted.process.terminationStatus == 0)
  }

  /// A stop that abandons a conversion mid-way (mostly in its verification,
  /// where OpenBLAS threads run) still ends the process with exit 0, not a
  /// crash at exit: exit-time destructors tore libraries down under the
  /// running conversion (seen as SIGSEGV in most of a few runs).
  @Test func abandoningAtTheStopTimeoutExitsCleanlyEveryTime() async throws {
    for round in 0..<6 {
      let folder = TestFolder("abandon-\(round)")
      let daemon = try DaemonProcess(folder, ["--stop-timeout", "0s"])
      try Samples.copy(to: folder.watch + "/busy.params")
      #expect(await eventually { daemon.log.contains("claimed busy.params") }, "\(daemon.log)")
      try await Task.sleep(for: .milliseconds(60 * round))
      daemon.signal(SIGTERM)
      #expect(await daemon.waitForExit(timeout: .seconds(30)))
      #expect(daemon.process.terminationReason == .exit, "round \(round): \(daemon.log)")
      #expect(daemon.process.terminationStatus == 0, "round \(round): \(daemon.log)")
      #expect(folder.publishedAreComplete())
    }
  }
}
