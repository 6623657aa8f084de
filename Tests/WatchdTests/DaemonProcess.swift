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
  private let outputPath: String

  /// Whether ``init(_:_:environment:label:privateOutput:)`` can give the
  /// daemon a private tmpfs: root, `unshare` and `nsenter` are here.
  static var canUsePrivateOutput: Bool {
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/nsenter")
  }

  /// The output folder as the daemon sees it (inside its mount namespace).
  var outputView: String { "/proc/\(process.processIdentifier)/root\(outputPath)" }

  /// Runs `command` in the daemon's mount namespace (`nsenter --mount`);
  /// returns its exit status.
  @discardableResult
  func inNamespace(_ command: [String]) throws -> Int32 {
    try runTool(
      "/usr/bin/nsenter", ["--target", "\(process.processIdentifier)", "--mount", "--"] + command)
  }

  /// Starts `gluon2tf watch --watch in --out out` with `arguments` and extra `environment`.
  /// With `folderFlags: false` the folders are not given as flags (a
  /// `--config` file in `arguments` names them).
  ///
  /// With `privateOutput` (a tmpfs size such as `"100m"`), the daemon runs in
  /// its own mount namespace (`unshare --mount`, root only) with a tmpfs of
  /// that size over `out`: a disk that can fill up or be made read-only
  /// without touching the host. The test reaches it through ``outputView``.
  /// With `credentials` (`setpriv` options such as `--reuid=N`), the daemon
  /// runs as another user (root only).
  init(
    _ folder: TestFolder, _ arguments: [String] = [], environment: [String: String] = [:],
    label: String = "daemon", privateOutput: String? = nil, folderFlags: Bool = true,
    credentials: [String] = []
  ) throws {
    logPath = folder.root + "/\(label)-\(UUID().uuidString.prefix(6)).log"
    _ = FileManager.default.createFile(atPath: logPath, contents: nil)
    outputPath = folder.out
    let folders = folderFlags ? ["--watch", folder.watch, "--out", folder.out] : []
    let watch =
      ["watch"] + folders + ["--settle", "150ms", "--rescan-interval", "1s", "--log", "stderr"]
      + arguments
    if let size = privateOutput {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
      process.arguments =
        [
          "--mount", "--propagation", "private", "--", "/bin/sh", "-c",
          "mount -t tmpfs -o size=$1 tmpfs \"$2\" && shift 2 && exec \"$@\"", "sh", size,
          folder.out, Self.binary,
        ] + watch
    } else if !credentials.isEmpty {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = credentials + [Self.binary] + watch
    } else {
      process.executableURL = URL(fileURLWithPath: Self.binary)
      process.arguments = watch
    }
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
