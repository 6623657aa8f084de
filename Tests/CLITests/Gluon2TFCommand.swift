import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What one run of the `gluon2tf` binary printed and returned.
struct CommandResult: Sendable {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// The real `gluon2tf` executable, run as a user would.
enum Gluon2TFCommand {
  /// The binary SwiftPM built next to the test bundle.
  static var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("gluon2tf")
  }

  /// Thrown when a run outlives its time limit (it is killed first).
  struct TimedOut: Error, CustomStringConvertible {
    var arguments: [String]
    var description: String { "gluon2tf \(arguments.joined(separator: " ")) timed out; killed" }
  }

  /// Runs `gluon2tf ARGUMENTS` to completion, or kills it after `timeout`.
  /// `executable` runs another program instead (a wrapper such as `unshare`
  /// or GNU time that starts the binary itself); `environment` adds to (or
  /// replaces entries of) the test process's environment.
  static func run(
    _ arguments: [String], timeout: Duration = .seconds(600), executable: URL = binary,
    environment: [String: String] = [:]
  ) throws -> CommandResult {
    #expect(
      FileManager.default.isExecutableFile(atPath: binary.path), "built binary at \(binary.path)")
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.standardInput = FileHandle.nullDevice
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Both pipes are drained at once, so a chatty child never blocks on a full one.
    let stdout = PipeReader(out)
    let stderr = PipeReader(err)
    let deadline = ContinuousClock.now + timeout
    while process.isRunning && ContinuousClock.now < deadline { usleep(20_000) }
    let timedOut = process.isRunning
    if timedOut { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    let result = CommandResult(
      status: process.terminationStatus, stdout: String(decoding: stdout.data(), as: UTF8.self),
      stderr: String(decoding: stderr.data(), as: UTF8.self))
    if timedOut { throw TimedOut(arguments: arguments) }
    return result
  }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
  private var bytes = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ pipe: Pipe) {
    let handle = pipe.fileHandleForReading
    Thread.detachNewThread {
      self.bytes = handle.readDataToEndOfFile()
      self.done.signal()
    }
  }

  /// Everything read, once the writer closed its end.
  func data() -> Data {
    done.wait()
    return bytes
  }
}
