import Foundation

/// A real `systemd-journald`, started for one test in a private mount and
/// network namespace (`unshare --mount --net`) with tmpfs over `/run` and
/// `/var/log/journal`, so it touches nothing on the host.
///
/// The test reaches its socket and journal files through
/// `/proc/<pid>/root`, which resolves paths in journald's mount namespace.
final class Journald: @unchecked Sendable {
  static let binary = "/lib/systemd/systemd-journald"

  /// Root (for mounts), `unshare` and journald are all here.
  static var isAvailable: Bool {
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: binary)
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/journalctl")
  }

  private let process = Process()
  private let errors = Pipe()

  /// journald's native protocol socket, seen from this namespace.
  var socketPath: String { "/proc/\(process.processIdentifier)/root/run/systemd/journal/socket" }
  /// Where it keeps the (volatile) journal.
  var directory: String { "/proc/\(process.processIdentifier)/root/run/log/journal" }

  init() throws {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = [
      "--mount", "--net", "--", "/bin/sh", "-c",
      "mount -t tmpfs tmpfs /run && mkdir -p /var/log/journal"
        + " && mount -t tmpfs tmpfs /var/log/journal && exec \(Journald.binary)",
    ]
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = ContinuousClock.now + .seconds(60)
    while !FileManager.default.fileExists(atPath: socketPath) {
      guard process.isRunning, ContinuousClock.now < deadline else {
        let message = String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
        throw JournaldError(message: "journald did not start: \(message)")
      }
      usleep(20_000)
    }
  }

  deinit {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }

  /// Entries matching `field=value`, read back with `journalctl -o json`;
  /// waits up to `timeout` for at least `count` of them.
  func entries(
    _ field: String, _ value: String, count: Int = 1, timeout: Duration = .seconds(60)
  ) throws -> [[String: Any]] {
    let deadline = ContinuousClock.now + timeout
    var entries: [[String: Any]] = []
    repeat {
      entries = try read("\(field)=\(value)")
      if entries.count >= count { break }
      usleep(100_000)
    } while ContinuousClock.now < deadline
    return entries
  }

  private func read(_ match: String) throws -> [[String: Any]] {
    let journalctl = Process()
    journalctl.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
    journalctl.arguments = ["--directory", directory, "-o", "json", "--all", "--no-pager", match]
    let output = Pipe()
    journalctl.standardOutput = output
    journalctl.standardError = FileHandle.nullDevice
    try journalctl.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    journalctl.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }
}

struct JournaldError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
