import Files
import Foundation
import Synchronization
import SystemPackage
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the polling reader saw.
private final class Observations: Sendable {
  let stop = Atomic<Bool>(false)
  /// Polls where the same directory stayed at the path from the open to the check.
  let counted = Atomic<Int>(0)
  /// Polls that found nothing at the path.
  let missing = Atomic<Int>(0)
  /// Counted polls whose directory had no index.
  let withoutIndex = Atomic<Int>(0)
  /// Polls where the directory changed under the reader (not counted).
  let raced = Atomic<Int>(0)
}

@Suite("Publication replace window")
struct ReplaceWindowTests {
  /// Replacing a checkpoint swaps it with one `RENAME_EXCHANGE`: a reader
  /// polling the path never finds it missing, and never finds a directory
  /// without its index while that directory stays at the path.
  @Test func aReaderNeverSeesTheCheckpointMissingOrIncomplete() throws {
    let tree = FileTree()
    let parent = try tree.opened()
    try stage(in: parent, for: "ckpt", marker: "0")
      .publish(as: "ckpt", policy: .fail, rule: checkpointRule())
    let path = tree.path("ckpt")
    let seen = Observations()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      defer { done.signal() }
      while !seen.stop.load(ordering: .relaxed) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
          seen.missing.add(1, ordering: .relaxed)
          continue
        }
        var opened = stat()
        var index = stat()
        var now = stat()
        fstat(fd, &opened)
        let hasIndex = fstatat(fd, "m.ckpt.index", &index, AT_SYMLINK_NOFOLLOW) == 0
        // Still open while the path is checked, so its inode cannot be reused.
        defer { close(fd) }
        guard lstat(path, &now) == 0 else {
          seen.missing.add(1, ordering: .relaxed)
          continue
        }
        guard now.st_ino == opened.st_ino && now.st_dev == opened.st_dev else {
          seen.raced.add(1, ordering: .relaxed)
          continue
        }
        seen.counted.add(1, ordering: .relaxed)
        if !hasIndex { seen.withoutIndex.add(1, ordering: .relaxed) }
      }
    }

    var replaced = 0
    for round in 1...200 {
      let outcome = try stage(in: parent, for: "ckpt", marker: "\(round)")
        .publish(as: "ckpt", policy: .replace, rule: checkpointRule())
      #expect(outcome.keptReplaced == nil)
      if outcome.name == "ckpt" { replaced += 1 }
    }
    seen.stop.store(true, ordering: .relaxed)
    done.wait()

    #expect(replaced == 200)
    #expect(tree.contents("ckpt/m.ckpt.index") == "200")
    #expect(tree.leftovers().isEmpty)
    #expect(seen.missing.load(ordering: .relaxed) == 0, "the path was missing")
    #expect(seen.withoutIndex.load(ordering: .relaxed) == 0, "a checkpoint without its index")
    #expect(seen.counted.load(ordering: .relaxed) > 0, "the reader observed nothing")
  }
}
