import Foundation
import Logging
import Synchronization
import SystemPackage
import Testing

@testable import watchd

#if canImport(Glibc)
  import Glibc
#endif

/// Drop patterns meant to hurt the daemon: files that are slow to parse, in
/// many hard links, and links made with `ln`.
@Suite("Hostile drops", .serialized)
struct HostileDropTests {
  /// A `.params` that declares a million empty arrays and a million names,
  /// cut one byte short: it never parses, and finding that out reads all
  /// of its 27 MB.
  static func writeSlowUnparsable(to path: String, seed: UInt8) throws {
    let count = 1_000_000
    var bytes = Data(capacity: 28 << 20)
    func append<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    append(UInt64(0x112))
    append(UInt64(0))
    append(UInt64(count))
    for _ in 0..<count {
      append(UInt32(0xF993_FAC9))  // a V2 array with ndim 0: empty
      append(Int32(0))
      append(Int32(0))
    }
    append(UInt64(count))
    for index in 0..<count {
      let name = Array("\(seed)-\(index)".utf8)
      append(UInt64(name.count))
      bytes.append(contentsOf: name)
    }
    bytes.removeLast()
    try bytes.write(to: URL(fileURLWithPath: path))
  }

  /// The watchdog is the contract with systemd: `WATCHDOG=1` at least every
  /// `WatchdogSec`, whatever is dropped. Three slow-to-parse files in 30 hard
  /// links each (the loop used to parse each link again every 200 ms) must
  /// not delay it, and a good file dropped meanwhile is converted.
  @Test func watchdogKeepsItsIntervalWhileSlowFilesAreDropped() async throws {
    let folder = TestFolder("watchdog-hostile")
    for copy in 0..<3 {
      try Self.writeSlowUnparsable(to: folder.root + "/slow\(copy).bin", seed: UInt8(copy))
    }
    try Samples.copy(to: folder.root + "/good.params")
    let socket = try SystemdNotifierTests.NotifySocket(in: folder)
    // WatchdogSec=2s: the daemon pings every second; systemd would kill it
    // after two seconds of silence.
    let notifier = SystemdNotifier(socketPath: socket.path, watchdogMicroseconds: 2_000_000)
    let daemon = try InProcessDaemon(folder, notifier: notifier) {
      $0.incompleteTimeout = .seconds(600)  // the slow files stay waiting, and probed
    }
    // Stamped as they arrive, on a thread of its own: a blocking receive
    // here would hold one of the test pool's threads (two on two cores).
    let recorder = try NotifyRecorder(socket.socket)
    defer { recorder.stop() }
    #expect(await eventually { recorder.messages.contains { $0.text.hasPrefix("READY=1") } })
    for copy in 0..<3 {
      for link in 0..<30 {
        #expect(
          Glibc.link(folder.root + "/slow\(copy).bin", folder.watch + "/slow\(copy)-\(link).params")
            == 0)
      }
    }
    try await Task.sleep(for: .seconds(3))
    #expect(rename(folder.root + "/good.params", folder.watch + "/good.params") == 0)
    #expect(
      await eventually(timeout: .seconds(180)) { folder.list("in/processed") == ["good.params"] })
    #expect(folder.published == ["resnet18_v1b"])
    try await Task.sleep(for: .seconds(3))
    try await daemon.stop()

    let pings = recorder.messages.filter { $0.text == "WATCHDOG=1" }.map(\.arrived)
    #expect(pings.count >= 5)
    let gaps = zip(pings.dropFirst(), pings).map { $0 - $1 }
    let longest = gaps.max() ?? .zero
    #expect(longest < .seconds(2), "longest gap between WATCHDOG=1: \(longest)")
    // The slow files are still waiting (they never parse), not failed.
    #expect(folder.list("in/failed").isEmpty)
  }

  /// `ln` into the inbox makes only IN_CREATE (no write, no close): the
  /// file is converted without waiting for the rescan.
  @Test func hardLinkIntoTheInboxIsNoticedAtOnce() async throws {
    let folder = TestFolder("ln")
    try Samples.copy(to: folder.root + "/model.params")
    let daemon = try InProcessDaemon(folder) { $0.rescanInterval = .seconds(3600) }
    #expect(await daemon.ready())
    #expect(try runTool("/bin/ln", [folder.root + "/model.params", folder.watch + "/"]) == 0)
    #expect(await eventually(timeout: .seconds(90)) { folder.published == ["resnet18_v1b"] })
    #expect(await eventually { folder.list("in/processed") == ["model.params"] })
    try await daemon.stop()
  }

  /// A name of `bytes` bytes ending in `.params`.
  static func longName(_ bytes: Int, _ letter: Character = "m") -> String {
    String(repeating: letter, count: bytes - ".params".utf8.count) + ".params"
  }

  /// Lets three rescans (every 2 s in ``InProcessDaemon``) happen.
  static func waitForRescans() async throws { try await Task.sleep(for: .seconds(7)) }

  /// A 255-byte name dropped twice: the second cannot go to
  /// `processed/<name>-2` as it is (too long), so it gets a shortened name,
  /// and each drop is published exactly once however many rescans follow.
  @Test func longestNameDroppedTwiceIsPublishedOncePerDrop() async throws {
    let folder = TestFolder("name255")
    let name = Self.longName(255)
    let daemon = try InProcessDaemon(folder) { $0.verify = false }
    #expect(await daemon.ready())
    for drop in 1...2 {
      try Samples.copy(to: folder.root + "/" + name)
      #expect(rename(folder.root + "/" + name, folder.watch + "/" + name) == 0)
      #expect(await eventually { folder.list("in/processed").count == drop })
    }
    try await Self.waitForRescans()
    #expect(folder.published == ["resnet18_v1b", "resnet18_v1b-2"])
    #expect(daemon.daemon.statistics.converted == 2)
    let processed = folder.list("in/processed")
    #expect(processed.count == 2)
    #expect(processed.contains(name))
    #expect(processed.allSatisfy { $0.utf8.count <= 255 && $0.hasSuffix(".params") })
    #expect(folder.list("in/.claimed").isEmpty)
    #expect(!folder.list("in").contains(name))
    try await daemon.stop()
  }

  /// `on-success = keep` with a 252-byte name whose `.converted/` marker
  /// cannot be written (something else holds its name): the source stays,
  /// and is published once, not again at each rescan.
  @Test func longNameKeptWithoutMarkerIsPublishedOnce() async throws {
    let folder = TestFolder("name252")
    let name = Self.longName(252)
    let daemon = try InProcessDaemon(folder) {
      $0.verify = false
      $0.onSuccess = .keep
    }
    #expect(await daemon.ready())
    #expect(mkdir(folder.watch + "/.converted/" + name, 0o755) == 0)
    try Samples.copy(to: folder.root + "/" + name)
    #expect(rename(folder.root + "/" + name, folder.watch + "/" + name) == 0)
    #expect(await eventually { daemon.daemon.statistics.converted == 1 })
    try await Self.waitForRescans()
    #expect(daemon.daemon.statistics.converted == 1)
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.list("in").contains(name))
    #expect(folder.list("in/.claimed").isEmpty)
    try await daemon.stop()
  }

  /// A 247-byte name that fails: it goes to `failed/` once, with an error
  /// report whose name is shortened to fit (`<name>.error.json` would be
  /// 258 bytes).
  @Test func longNameThatFailsGetsItsErrorReport() async throws {
    let folder = TestFolder("name247")
    let name = Self.longName(247)
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    try Samples.writeNonResNet(to: folder.root + "/" + name)
    #expect(rename(folder.root + "/" + name, folder.watch + "/" + name) == 0)
    #expect(await eventually { daemon.daemon.statistics.failed == 1 })
    try await Self.waitForRescans()
    #expect(daemon.daemon.statistics.failed == 1)
    let failed = folder.list("in/failed")
    #expect(failed.count == 2, "\(failed)")
    #expect(failed.contains(name))
    let report = try #require(failed.first { $0.hasSuffix(".error.json") })
    #expect(report.utf8.count <= 255)
    let data = try Data(contentsOf: URL(fileURLWithPath: folder.watch + "/failed/" + report))
    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    #expect(json["source"] as? String == name)
    #expect(json["code"] as? String == "unsupportedModel")
    #expect(folder.published.isEmpty)
    try await daemon.stop()
  }

  /// FIFOs, sockets, directories and names that are not UTF-8 are skipped,
  /// each with one notice that says why, not one at every rescan.
  @Test func skippedEntriesAreLoggedOnceEach() async throws {
    let folder = TestFolder("skipped")
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    #expect(mkfifo(folder.watch + "/pipe.params", 0o644) == 0)
    #expect(mkdir(folder.watch + "/dir.params", 0o755) == 0)
    #expect(mkdir(folder.watch + "/batch", 0o755) == 0)
    let raw: [UInt8] = Array((folder.watch + "/caf").utf8) + [0xE9] + Array(".params".utf8) + [0]
    let descriptor = raw.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        Glibc.open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
      }
    }
    #expect(descriptor >= 0)
    close(descriptor)
    try await Self.waitForRescans()
    let notices = daemon.log.all.filter { $0.level == .notice && $0.message.hasPrefix("skipping") }
    for (name, why) in [
      ("pipe.params", "a FIFO"), ("dir.params", "a directory"), ("batch", "a directory"),
      ("caf\u{FFFD}.params", "not valid UTF-8"),
    ] {
      let lines = notices.filter { $0.message.hasPrefix("skipping \(name):") }
      #expect(lines.count == 1, "\(name): \(notices.map(\.message))")
      #expect(lines.first?.message.contains(why) == true, "\(name)")
    }
    try await daemon.stop()
  }

  /// The unprivileged user the daemon runs as in the tests below.
  static let daemonUser: UInt32 = 61_101

  /// Starts the daemon as ``daemonUser`` and drops `locked.params`, owned
  /// by root with mode 0600, into its inbox.
  static func dropUnreadable(in folder: TestFolder) async throws -> DaemonProcess {
    let daemon = try DaemonProcess(
      folder,
      credentials: ["--reuid=\(daemonUser)", "--regid=\(daemonUser)", "--clear-groups"])
    #expect(
      await eventually(timeout: .seconds(60)) { daemon.log.contains("watching") }, "\(daemon.log)")
    try Samples.copy(to: folder.root + "/locked.params")
    chmod(folder.root + "/locked.params", 0o600)
    #expect(rename(folder.root + "/locked.params", folder.watch + "/locked.params") == 0)
    return daemon
  }

  /// A drop the daemon cannot read (mode 0600, another owner): it cannot be
  /// claimed, so it is moved to `failed/` by its name, once, with a report
  /// that says why; not retried at every rescan.
  @Test(.enabled(if: getuid() == 0)) func unreadableDropFailsOnce() async throws {
    let folder = TestFolder("unreadable")
    chmod(folder.root, 0o755)
    for path in [folder.watch, folder.out] {
      #expect(chown(path, Self.daemonUser, Self.daemonUser) == 0)
    }
    let daemon = try await Self.dropUnreadable(in: folder)
    #expect(
      await eventually(timeout: .seconds(60)) { folder.list("in/failed").count == 2 },
      "\(daemon.log)")
    try await Task.sleep(for: .seconds(4))  // rescans every second
    #expect(folder.list("in/failed") == ["locked.params", "locked.params.error.json"])
    let report = try folder.errorReport("locked.params")
    #expect((report["message"] as? String)?.contains("cannot read") == true, "\(report)")
    #expect((report["message"] as? String)?.contains("0600") == true, "\(report)")
    let failures = daemon.log.split(separator: "\n").filter { $0.contains("failed locked.params") }
    #expect(failures.count == 1, "\(daemon.log)")
    #expect(folder.published.isEmpty)
  }

  /// When the daemon can neither read nor move such a drop (another
  /// owner's file in a sticky inbox the daemon does not own), it says so
  /// once and leaves the file alone until it changes.
  @Test(.enabled(if: getuid() == 0)) func unreadableUnmovableDropIsLoggedOnce() async throws {
    let folder = TestFolder("unmovable")
    chmod(folder.root, 0o755)
    chmod(folder.watch, 0o1777)
    #expect(chown(folder.out, Self.daemonUser, Self.daemonUser) == 0)
    let daemon = try await Self.dropUnreadable(in: folder)
    #expect(
      await eventually(timeout: .seconds(60)) { daemon.log.contains("failed locked.params") },
      "\(daemon.log)")
    try await Task.sleep(for: .seconds(4))  // rescans every second
    let failures = daemon.log.split(separator: "\n").filter { $0.contains("failed locked.params") }
    #expect(failures.count == 1, "\(daemon.log)")
    #expect(failures.first?.contains("left alone until it changes") == true)
    #expect(folder.list("in").contains("locked.params"))
    #expect(folder.list("in/failed").isEmpty)
  }

  /// A `--watch` that is a symbolic link is followed once, at start; one
  /// that leads to no folder is refused with a message that says it is a link.
  @Test func symlinkedWatchFolder() async throws {
    let folder = TestFolder("symlinked")
    #expect(symlink(folder.watch, folder.root + "/inbox") == 0)
    #expect(symlink(folder.root + "/missing", folder.root + "/dangling") == 0)
    #expect(FileManager.default.createFile(atPath: folder.root + "/plain", contents: nil))
    #expect(symlink(folder.root + "/plain", folder.root + "/to-file") == 0)
    for link in ["dangling", "to-file"] {
      let configuration = WatchConfiguration(
        watchDirectory: FilePath(folder.root + "/" + link), outputDirectory: FilePath(folder.out))
      #expect {
        _ = try WatchDaemon(configuration: configuration, logger: Logger(label: "test"))
      } throws: { error in
        "\(error)".contains("is a symbolic link, followed once at start")
      }
    }
    let configuration = WatchConfiguration(
      watchDirectory: FilePath(folder.root + "/inbox"), outputDirectory: FilePath(folder.out))
    _ = try WatchDaemon(configuration: configuration, logger: Logger(label: "test"))
    #expect(folder.list("in").contains(".claimed"))
  }

  /// Derived names fit NAME_MAX: the stem is cut at a character boundary and
  /// a hash of the whole name keeps long names that differ only at the end apart.
  @Test func derivedNamesFitNameMax() {
    let short = "a.params"
    #expect(SourceName.numbered(short, 2) == "a-2.params")
    #expect(SourceName.fitting(short, append: ".error.json") == "a.params.error.json")
    let first = String(repeating: "é", count: 123) + "x1.params"
    let second = String(repeating: "é", count: 123) + "x2.params"
    for name in [first, second] {
      let numbered = SourceName.numbered(name, 2)
      #expect(numbered.utf8.count <= 255)
      #expect(numbered.hasSuffix("-2.params"))
      #expect(numbered.hasPrefix(String(repeating: "é", count: 100)))
      let report = SourceName.fitting(numbered, append: ".error.json")
      #expect(report.utf8.count <= 255)
      #expect(report.hasSuffix(".params.error.json"))
    }
    #expect(SourceName.numbered(first, 2) != SourceName.numbered(second, 2))
    #expect(SourceName.numbered(Self.longName(255), 1) == Self.longName(255))
  }
}

/// Receives notify datagrams on a thread of its own, stamping each with the
/// time it arrived.
final class NotifyRecorder: Sendable {
  struct Message: Sendable {
    var text: String
    var arrived: ContinuousClock.Instant
  }

  private let received = Mutex<[Message]>([])
  private let running = Atomic<Bool>(true)

  init(_ socket: UnixDatagramSocket) throws {
    try OSThread.detach { [self] in
      while running.load(ordering: .relaxed) {
        guard let datagram = try? socket.receive(timeoutMilliseconds: 100) else { continue }
        let message = Message(
          text: String(decoding: datagram.bytes, as: UTF8.self), arrived: .now)
        received.withLock { $0.append(message) }
      }
    }
  }

  var messages: [Message] { received.withLock { $0 } }

  func stop() { running.store(false, ordering: .relaxed) }
}
