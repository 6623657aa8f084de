import Foundation
import Testing

@testable import watchd

/// The daemon's folders inside the inbox are opened once and used through
/// their descriptors: one deleted while it runs is made again, one replaced
/// is never followed.
@Suite("Inbox subfolders changed while the daemon runs", .serialized)
struct SubfolderTests {
  /// `.claimed/` deleted while running: made again, and drops are converted
  /// (issue 11, item 4: each rescan used to log "opendir failed" forever).
  @Test func aDeletedClaimedFolderIsMadeAgain() async throws {
    let folder = TestFolder("claimed-deleted")
    let daemon = try InProcessDaemon(folder) { $0.verify = false }
    #expect(await daemon.ready())
    #expect(rmdir(folder.watch + "/.claimed") == 0)
    try Samples.copy(to: folder.watch + "/model.params")
    #expect(await eventually { folder.list("in/processed") == ["model.params"] })
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.exists("in/.claimed"))
    #expect(
      daemon.log.all.contains { $0.message.contains(".claimed was deleted: created it again") })
    try await daemon.stop()
  }

  /// `.claimed/` renamed away and a symbolic link put in its place: the
  /// daemon goes on with the folder it made and never touches the link's target.
  @Test func aReplacedClaimedFolderIsNotFollowed() async throws {
    let folder = TestFolder("claimed-replaced")
    let victim = folder.root + "/victim"
    #expect(mkdir(victim, 0o755) == 0)
    try Samples.copy(to: victim + "/theirs.params")
    let daemon = try InProcessDaemon(folder) { $0.verify = false }
    #expect(await daemon.ready())
    #expect(rename(folder.watch + "/.claimed", folder.watch + "/claimed.orig") == 0)
    #expect(symlink(victim, folder.watch + "/.claimed") == 0)
    try Samples.copy(to: folder.watch + "/model.params")
    #expect(await eventually { folder.list("in/processed") == ["model.params"] })
    #expect(folder.published == ["resnet18_v1b"])
    #expect(TestFolder.names(in: victim) == ["theirs.params"])
    #expect(
      daemon.log.all.contains {
        $0.level == .error && $0.message.contains("keeps using the folder it made")
      })
    try await daemon.stop()
  }
}
