import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `gluon2tf watch …` as a child process whose stderr (its log, with
/// `--log stderr`) goes to a file. Call ``terminate()`` in a `defer`.
final class WatchProcess: @unchecked Sendable {
  let process = Process()
  let logPath: String

  /// Starts `gluon2tf watch ARGUMENTS`, logging to `logPath`; with
  /// `credentials`, as another user through `setpriv CREDENTIALS`.
  init(_ arguments: [String], logPath: String, credentials: [String]? = nil) throws {
    self.logPath = logPath
    _ = FileManager.default.createFile(atPath: logPath, contents: nil)
    if let credentials {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = credentials + [Gluon2TFCommand.binary.path, "watch"] + arguments
    } else {
      process.executableURL = Gluon2TFCommand.binary
      process.arguments = ["watch"] + arguments
    }
    var environment = ProcessInfo.processInfo.environment
    environment["NOTIFY_SOCKET"] = nil
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(forWritingAtPath: logPath)
    try process.run()
  }

  /// The usual daemon for tests: `--watch IN --out OUT`, quick to settle and
  /// rescan, not verifying, logging to stderr; `extra` flags come last.
  convenience init(
    watch: String, out: String, _ extra: [String] = [], logPath: String,
    credentials: [String]? = nil
  ) throws {
    try self.init(
      [
        "--watch", watch, "--out", out, "--settle", "100ms", "--rescan-interval", "1s",
        "--incomplete-timeout", "1s", "--verify", "no", "--log", "stderr",
      ] + extra, logPath: logPath, credentials: credentials)
  }

  var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
  var isRunning: Bool { process.isRunning }
  /// The exit status (only once it has exited).
  var status: Int32 { process.terminationStatus }

  /// Waits (at most `timeout`) until it logs that it is watching.
  func ready(timeout: Duration = .seconds(60)) async -> Bool {
    await eventually(timeout: timeout) { log.contains("watching") || !isRunning }
      && isRunning
  }

  /// Waits up to `timeout` for the process to exit; returns whether it did.
  func waitForExit(timeout: Duration) async -> Bool {
    await eventually(timeout: timeout) { !process.isRunning }
  }

  /// SIGTERM, then waits (at most a minute) for a graceful exit; returns whether it exited.
  func stop() async -> Bool {
    if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    return await waitForExit(timeout: .seconds(60))
  }

  /// Kills it (by its pid) if it still runs, and reaps it.
  func terminate() {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  deinit { terminate() }

  /// Whether one log line mentions `name` with an outcome: converted,
  /// failed, or put back to be retried.
  func logsOutcome(of name: String) -> Bool {
    log.split(separator: "\n").contains { line in
      line.contains("converted \(name) ") || line.contains("failed \(name)")
        || (line.contains("\(name):") && line.contains("retrying in"))
    }
  }
}

/// Polls `condition` every 50 ms until it holds or `timeout` passes;
/// returns whether it held.
func eventually(timeout: Duration, _ condition: () throws -> Bool) async rethrows -> Bool {
  let deadline = ContinuousClock.now + timeout
  while ContinuousClock.now < deadline {
    if try condition() { return true }
    try? await Task.sleep(for: .milliseconds(50))
  }
  return try condition()
}
