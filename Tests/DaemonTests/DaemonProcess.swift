import Foundation

/// The real `gluon2tf watch` binary as a child process, logging to a file.
final class DaemonProcess: @unchecked Sendable {
  /// The binary SwiftPM built next to the test bundle.
  static var binary: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("gluon2tf").path
  }

  let process = Process()
  let logPath: String

  /// Starts `gluon2tf watch --watch in --out out` with `arguments` and extra `environment`.
  init(
    _ folder: TestFolder, _ arguments: [String] = [], environment: [String: String] = [:],
    label: String = "daemon"
  ) throws {
    logPath = folder.root + "/\(label)-\(UUID().uuidString.prefix(6)).log"
    FileManager.default.createFile(atPath: logPath, contents: nil)
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments =
      [
        "watch", "--watch", folder.watch, "--out", folder.out, "--settle", "150ms",
        "--rescan-interval", "1s", "--log", "stderr",
      ] + arguments
    var merged = ProcessInfo.processInfo.environment
    merged["NOTIFY_SOCKET"] = nil
    merged.merge(environment) { $1 }
    process.environment = merged
    process.standardError = FileHandle(forWritingAtPath: logPath)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

  func signal(_ number: Int32) { kill(process.processIdentifier, number) }

  /// Waits up to `timeout` for the process to exit; returns whether it did.
  func waitForExit(timeout: Duration) async -> Bool {
    await eventually(timeout: timeout) { !process.isRunning }
  }

  /// Whether it was killed by a signal (as opposed to exiting).
  var wasKilled: Bool { process.terminationReason == .uncaughtSignal }
}
