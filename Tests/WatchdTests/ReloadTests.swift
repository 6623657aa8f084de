import Foundation
import Testing

@testable import watchd

/// SIGHUP to the real binary: it reloads `--config` (issue 11, item 8). It
/// used to kill the daemon without a log line.
@Suite("Reload on SIGHUP (real binary)", .serialized)
struct ReloadTests {
  /// A good change takes effect for the next files; a bad one (a value that
  /// does not parse, a different watch folder) is refused, and the daemon
  /// keeps converting with the settings it had.
  @Test func sighupAppliesAGoodConfigurationAndRefusesABadOne() async throws {
    let folder = TestFolder("reload")
    let config = folder.root + "/watchd.conf"
    let folders = "watch = \(folder.watch)\nout = \(folder.out)\n"
    try write(folders + "on-success = move\n", to: config)
    let notify = try SystemdNotifierTests.NotifySocket(in: folder)
    let daemon = try DaemonProcess(
      folder, ["--config", config], environment: ["NOTIFY_SOCKET": notify.path],
      folderFlags: false)
    #expect(try notify.receive { $0.hasPrefix("READY=1") }.last?.hasPrefix("READY=1") == true)
    try Samples.copy(to: folder.watch + "/first.params")
    #expect(await eventually { folder.list("in/processed") == ["first.params"] }, "\(daemon.log)")

    // Good: sources are kept from now on, and two workers run.
    try write(folders + "on-success = keep\r\nworkers = 2\r\n", to: config)
    daemon.signal(SIGHUP)
    let reload = try notify.receive { $0.hasPrefix("READY=1") }
    #expect(reload.contains { $0.hasPrefix("RELOADING=1") }, "\(reload)")
    #expect(
      await eventually { daemon.log.contains("info: reloaded configuration from \(config)") },
      "\(daemon.log)")
    #expect(daemon.log.contains("GLUON2TF_EVENT=reload"))
    #expect(daemon.log.contains("GLUON2TF_CHANGED=\"workers=2 on-success=keep\""), "\(daemon.log)")
    try Samples.copy(to: folder.watch + "/second.params")
    #expect(await eventually { folder.published.count == 2 }, "\(daemon.log)")
    #expect(await eventually { folder.list("in/.converted") == ["second.params"] }, "\(daemon.log)")
    #expect(folder.list("in/processed") == ["first.params"])
    #expect(folder.exists("in/second.params"))

    // Bad: the file does not parse, then it moves the output folder. Both
    // are refused, and the kept settings (on-success = keep) still hold.
    for (text, reason) in [
      (folders + "on-success = delete\nworkers = many\n", "\(config):4: invalid workers `many`"),
      (
        "watch = \(folder.watch)\nout = \(folder.root)/elsewhere\non-success = delete\n",
        "out cannot change while the daemon runs"
      ),
    ] {
      let failures = daemon.log.components(separatedBy: "configuration reload failed").count
      try write(text, to: config)
      daemon.signal(SIGHUP)
      #expect(
        await eventually {
          daemon.log.components(separatedBy: "configuration reload failed").count > failures
        }, "\(daemon.log)")
      #expect(
        daemon.log.contains(
          "error: configuration reload failed: \(reason)"), "\(daemon.log)")
      #expect(daemon.log.contains("; keeping the previous configuration GLUON2TF_CONFIG="))
      #expect(daemon.log.contains("GLUON2TF_EVENT=reload-failed"))
      #expect(try notify.receive { $0.hasPrefix("READY=1") }.last?.hasPrefix("READY=1") == true)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/elsewhere"))
    try Samples.copy(to: folder.watch + "/third.params")
    #expect(
      await eventually { folder.list("in/.converted") == ["second.params", "third.params"] },
      "\(daemon.log)")
    #expect(folder.published.count == 3)
    #expect(folder.exists("in/third.params"), "on-success = delete was not applied")
    #expect(daemon.process.isRunning)

    daemon.signal(SIGTERM)
    // Reading the notifications lets the daemon send its last ones (a datagram
    // socket's queue is short) and stop.
    #expect(try notify.receive { $0.hasPrefix("STOPPING=1") }.last?.hasPrefix("STOPPING=1") == true)
    #expect(await daemon.waitForExit(timeout: .seconds(120)), "\(daemon.log)")
    #expect(!daemon.process.isRunning && daemon.process.terminationStatus == 0, "\(daemon.log)")
    #expect(daemon.log.contains("stopped: 3 converted, 0 failed"), "\(daemon.log)")
  }

  /// Without `--config` there is nothing to reload: it says so and keeps going.
  @Test func sighupWithoutAConfigurationFileKeepsRunning() async throws {
    let folder = TestFolder("reload-none")
    let daemon = try DaemonProcess(folder)
    #expect(await eventually { daemon.log.contains("watching") }, "\(daemon.log)")
    daemon.signal(SIGHUP)
    #expect(
      await eventually { daemon.log.contains("no configuration file to reload") }, "\(daemon.log)")
    try Samples.copy(to: folder.watch + "/after.params")
    #expect(await eventually { folder.list("in/processed") == ["after.params"] }, "\(daemon.log)")
    #expect(daemon.process.isRunning)
    daemon.signal(SIGTERM)
    #expect(await daemon.waitForExit(timeout: .seconds(120)))
    #expect(daemon.process.terminationStatus == 0, "\(daemon.log)")
  }

  private func write(_ text: String, to path: String) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }
}
