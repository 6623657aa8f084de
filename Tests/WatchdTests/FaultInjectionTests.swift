import Digests
import Foundation
import Testing

@testable import watchd

#if canImport(Glibc)
  import Glibc
#endif

/// Faults the daemon must survive. In every case: a clear log entry, nothing
/// partial published, no source lost, and the daemon still running.
@Suite("Fault injection (full disk, read-only or deleted output, changing sources)", .serialized)
struct FaultInjectionTests {
  /// A tmpfs of this size holds one resnet18 checkpoint (~45 MB) but not
  /// with the filler below in it.
  static let tmpfsSize = "96m"
  static let fillerBytes = 72 << 20

  /// Moves a fresh copy of the sample into the watch folder as `name`.
  func drop(_ name: String, in folder: TestFolder) throws {
    try Samples.copy(to: folder.root + "/" + name)
    try FileManager.default.moveItem(
      atPath: folder.root + "/" + name, toPath: folder.watch + "/" + name)
  }

  /// A full disk (found by the free-space check before the shards are
  /// written, or as ENOSPC while they are): the job is abandoned and cleaned
  /// up, the source goes back to the watch folder, and it is converted once
  /// space returns.
  @Test(.enabled(if: DaemonProcess.canUsePrivateOutput)) func diskFullThenSpaceReturns()
    async throws
  {
    let folder = TestFolder("enospc")
    let daemon = try DaemonProcess(
      folder, ["--verify", "no"], label: "enospc", privateOutput: Self.tmpfsSize)
    let out = daemon.outputView
    #expect(
      await eventually(timeout: .seconds(60)) { daemon.log.contains("watching") }, "\(daemon.log)")
    let filler = out + "/.filler"
    #expect(FileManager.default.createFile(atPath: filler, contents: Data(count: Self.fillerBytes)))

    try drop("a.params", in: folder)
    #expect(
      await eventually(timeout: .seconds(60)) {
        daemon.log.contains("No space left on device") || daemon.log.contains("the disk is full")
      },
      "\(daemon.log)")
    #expect(daemon.log.contains("retrying in"))
    // Nothing partial is visible, and the job's staging is gone.
    #expect(TestFolder.published(in: out).isEmpty)
    #expect(
      await eventually(timeout: .seconds(30)) {
        TestFolder.names(in: out).filter { $0.hasPrefix(".gluon2tf-staging-") }.isEmpty
      })
    #expect(folder.list("in/failed").isEmpty)
    #expect(daemon.process.isRunning)

    try FileManager.default.removeItem(atPath: filler)
    #expect(
      await eventually(timeout: .seconds(90)) { folder.list("in/processed") == ["a.params"] },
      "\(daemon.log)")
    #expect(TestFolder.published(in: out) == ["resnet18_v1b"])
    #expect(TestFolder.publishedAreComplete(in: out))
    #expect(folder.list("in/failed").isEmpty)
    daemon.signal(SIGTERM)
    #expect(await daemon.waitForExit(timeout: .seconds(60)))
    #expect(!daemon.wasKilled)
  }

  /// The output folder is remounted read-only: the source waits in the watch
  /// folder and is converted once the folder is writable again.
  @Test(.enabled(if: DaemonProcess.canUsePrivateOutput)) func readOnlyOutputThenWritable()
    async throws
  {
    let folder = TestFolder("erofs")
    let daemon = try DaemonProcess(
      folder, ["--verify", "no"], label: "erofs", privateOutput: Self.tmpfsSize)
    #expect(
      await eventually(timeout: .seconds(60)) { daemon.log.contains("watching") }, "\(daemon.log)")
    #expect(try daemon.inNamespace(["/bin/mount", "-o", "remount,ro", folder.out]) == 0)

    try drop("b.params", in: folder)
    #expect(
      await eventually(timeout: .seconds(60)) { daemon.log.contains("Read-only file system") },
      "\(daemon.log)")
    #expect(daemon.log.contains("retrying in"))
    #expect(TestFolder.published(in: daemon.outputView).isEmpty)
    #expect(folder.list("in/failed").isEmpty)
    #expect(daemon.process.isRunning)

    #expect(try daemon.inNamespace(["/bin/mount", "-o", "remount,rw", folder.out]) == 0)
    #expect(
      await eventually(timeout: .seconds(90)) { folder.list("in/processed") == ["b.params"] },
      "\(daemon.log)")
    #expect(TestFolder.published(in: daemon.outputView) == ["resnet18_v1b"])
    #expect(TestFolder.publishedAreComplete(in: daemon.outputView))
    daemon.signal(SIGTERM)
    #expect(await daemon.waitForExit(timeout: .seconds(60)))
  }

  /// The output folder is deleted while the daemon runs: it is created again
  /// (with a warning) and the next file is published into it.
  @Test func deletedOutputIsCreatedAgain() async throws {
    let folder = TestFolder("deleted-out")
    let daemon = try InProcessDaemon(folder) { $0.verify = false }
    #expect(await daemon.ready())
    try drop("first.params", in: folder)
    #expect(await eventually { folder.list("in/processed") == ["first.params"] })
    try FileManager.default.removeItem(atPath: folder.out)

    try drop("second.params", in: folder)
    #expect(
      await eventually { folder.list("in/processed") == ["first.params", "second.params"] })
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.publishedAreComplete())
    #expect(try folder.provenance("resnet18_v1b")["sourceName"] as? String == "second.params")
    #expect(daemon.log.all.contains { $0.message.contains("was missing: created it again") })
    #expect(folder.list("in/failed").isEmpty)
    try await daemon.stop()
  }

  /// The source is truncated by another process while the daemon converts
  /// it (the mapping would raise SIGBUS). The daemon survives, publishes
  /// nothing made from the cut file, and ends with the file in `failed/`
  /// naming the truncation, or — if the cut came after publishing — with a
  /// checkpoint of the intact file.
  @Test func sourceTruncatedWhileConverting() async throws {
    let folder = TestFolder("sigbus")
    let daemon = try InProcessDaemon(folder) { $0.incompleteTimeout = .seconds(1) }
    #expect(await daemon.ready())
    let intactSHA256 = try Digest.hex(.sha256, of: Samples.resnet18Bytes)
    var guarded = 0
    for (index, delay) in [0, 20, 80].enumerated() {
      let name = "cut\(index).params"
      try drop(name, in: folder)
      #expect(
        await eventually { daemon.log.all.contains { $0.message.contains("claimed \(name)") } })
      if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
      // The claim is in .claimed/ while it is converted.
      _ = truncate(folder.watch + "/.claimed/" + name, off_t(Samples.resnet18Bytes.count / 2))
      #expect(
        await eventually {
          folder.list("in/processed").contains(name) || folder.list("in/failed").contains(name)
        }, "\(daemon.log.all.map(\.message))")
      if daemon.log.all.contains(where: {
        $0.message.contains(name) && $0.message.contains("truncated by another process")
      }) {
        guarded += 1
        #expect(folder.exists("in/failed/\(name).error.json"))
      }
    }
    // Whatever was published was made from the intact file.
    for checkpoint in folder.published {
      #expect(try folder.provenance(checkpoint)["sha256"] as? String == intactSHA256)
    }
    #expect(folder.publishedAreComplete())
    #expect(folder.list("out").filter { $0.hasPrefix(".gluon2tf-staging-") }.isEmpty)
    #expect(guarded >= 1, "no truncation landed mid-conversion: \(daemon.log.all.map(\.message))")
    #expect(daemon.daemon.statistics.ready)
    try await daemon.stop()
  }

  /// Good files mixed with corrupt, truncated, foreign and still-growing ones:
  /// every good one is published once, every bad one fails with a report.
  @Test func corruptAndPartialFilesMixedWithGoodOnes() async throws {
    let folder = TestFolder("mixed")
    let daemon = try InProcessDaemon(folder) {
      $0.workers = 2
      $0.verify = false
      $0.incompleteTimeout = .seconds(2)
    }
    #expect(await daemon.ready())
    let bytes = Samples.resnet18Bytes
    var corrupt = bytes
    corrupt.replaceSubrange(0..<8, with: [UInt8](repeating: 0xEE, count: 8))  // bad magic
    var hostileDims = bytes
    // The first array's first dimension (after list magic, reserved, count,
    // then array magic, storage type, ndim) set to 2^60 elements.
    hostileDims.replaceSubrange(36..<44, with: [0, 0, 0, 0, 0, 0, 0, 0x10])
    let bad: [(String, Data)] = [
      ("corrupt.params", corrupt), ("hostile.params", hostileDims),
      ("cut.params", bytes[0..<(bytes.count / 3)]), ("empty.params", Data()),
      ("text.params", Data("not an NDArray list\n".utf8)),
    ]
    let growing = folder.watch + "/growing.params"
    _ = FileManager.default.createFile(atPath: growing, contents: bytes[0..<(bytes.count / 2)])
    let handle = try #require(FileHandle(forWritingAtPath: growing))
    try handle.seekToEnd()
    for index in 0..<6 { try drop("good\(index).params", in: folder) }
    for (name, data) in bad {
      try data.write(to: URL(fileURLWithPath: folder.root + "/" + name))
      try FileManager.default.moveItem(
        atPath: folder.root + "/" + name, toPath: folder.watch + "/" + name)
    }
    // The growing file is finished while the others are being handled.
    try await Task.sleep(for: .milliseconds(700))
    try handle.write(contentsOf: bytes[(bytes.count / 2)...])
    try handle.close()

    let goods = (0..<6).map { "good\($0).params" } + ["growing.params"]
    #expect(
      await eventually(timeout: .seconds(150)) {
        folder.list("in/processed").sorted() == goods.sorted()
          && folder.list("in/failed").count == 2 * bad.count
      }, "\(folder.list("in")) \(folder.list("in/failed"))")
    let sources = try folder.published.map { try folder.provenance($0)["sourceName"] as? String }
    #expect(sources.compactMap { $0 }.sorted() == goods.sorted())
    #expect(folder.publishedAreComplete())
    for (name, _) in bad {
      let report = try folder.errorReport(name)
      #expect(report["code"] as? String == "invalidSource", "\(name): \(report)")
      #expect((report["message"] as? String)?.isEmpty == false, "\(name)")
    }
    #expect(daemon.daemon.statistics.failed == bad.count)
    try await daemon.stop()
  }
}
