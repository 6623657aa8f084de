import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The shipped tmpfiles entry makes the inbox `3775`: group-writable, setgid
/// and sticky. These tests run the daemon as its own (non-root) user and drop
/// files as members of the drop group, as `setpriv` users with numeric ids,
/// so nothing is added to the host's user database.
@Suite("Sticky inbox with non-root members", .serialized, .enabled(if: getuid() == 0))
struct StickyInboxTests {
  static let dropGroup: UInt32 = 61_000
  static let daemonUser: UInt32 = 61_001
  static let member: UInt32 = 61_002
  static let otherMember: UInt32 = 61_003

  let temporary = TemporaryDirectory()
  var root: String { temporary.path.string }

  /// `setpriv` credentials of a member of the drop group.
  static func memberCredentials(_ uid: UInt32) -> [String] {
    ["--reuid=\(uid)", "--regid=\(uid)", "--groups=\(dropGroup)"]
  }

  /// Runs `command` as `uid` (a member of the drop group); returns its exit status.
  func runAsMember(_ uid: UInt32, _ command: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = StickyInboxTests.memberCredentials(uid) + command
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test func membersDropFilesButCannotMoveTheDaemonsFoldersOrEachOthersFiles() async throws {
    chmod(root, 0o755)
    let inbox = root + "/inbox"
    let out = root + "/ckpt"
    // What systemd-tmpfiles makes from systemd/tmpfiles.d/gluon2tf.conf.
    for (path, mode) in [(inbox, mode_t(0o3775)), (out, mode_t(0o2755))] {
      #expect(mkdir(path, mode) == 0)
      #expect(chmod(path, mode) == 0)
      #expect(chown(path, StickyInboxTests.daemonUser, StickyInboxTests.dropGroup) == 0)
    }
    let sample = try DataLossTests.sample.get()
    try sample.write(to: URL(fileURLWithPath: root + "/model.params"))
    chmod(root + "/model.params", 0o644)

    let daemon = try WatchProcess(
      watch: inbox, out: out, logPath: root + "/watchd.log",
      credentials: [
        "--reuid=\(StickyInboxTests.daemonUser)", "--regid=\(StickyInboxTests.dropGroup)",
        "--clear-groups",
      ])
    defer { daemon.terminate() }
    #expect(await daemon.ready(), "\(daemon.log)")

    // The daemon made its folders, as its own user.
    for name in [".claimed", ".converted", "processed", "failed"] {
      var info = stat()
      #expect(lstat(inbox + "/" + name, &info) == 0)
      #expect(info.st_uid == StickyInboxTests.daemonUser, "\(name)")
    }

    // A member cannot rename or remove them, nor put a link in their place.
    let member = StickyInboxTests.member
    #expect(
      try runAsMember(member, ["/bin/mv", inbox + "/.claimed", inbox + "/claimed.orig"]) != 0)
    #expect(try runAsMember(member, ["/bin/mv", inbox + "/failed", inbox + "/failed.orig"]) != 0)
    #expect(try runAsMember(member, ["/bin/rmdir", inbox + "/processed"]) != 0)
    #expect(try runAsMember(member, ["/bin/ln", "-sfn", "/", inbox + "/.claimed"]) != 0)

    // Nor another member's file.
    #expect(
      try runAsMember(
        StickyInboxTests.otherMember, ["/bin/sh", "-c", "echo mine > '\(inbox)/notes.txt'"]) == 0)
    #expect(try runAsMember(member, ["/bin/mv", inbox + "/notes.txt", inbox + "/stolen.txt"]) != 0)
    #expect(try runAsMember(member, ["/bin/rm", "-f", inbox + "/notes.txt"]) != 0)
    #expect(FileManager.default.fileExists(atPath: inbox + "/notes.txt"))

    // A member's drop is converted and moved on by the daemon.
    #expect(
      try runAsMember(member, ["/bin/cp", root + "/model.params", inbox + "/a.params"]) == 0)
    let published = out + "/resnet18_v1b/resnet18_v1b.ckpt.index"
    #expect(
      await eventually(timeout: .seconds(120)) {
        FileManager.default.fileExists(atPath: published)
          && FileManager.default.fileExists(atPath: inbox + "/processed/a.params")
      }, "\(daemon.log)")
    #expect(await daemon.stop())
    #expect(daemon.status == 0, "\(daemon.log)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: inbox + "/processed/a.params")) == sample)
    #expect(try String(contentsOfFile: inbox + "/notes.txt", encoding: .utf8) == "mine\n")
  }
}
