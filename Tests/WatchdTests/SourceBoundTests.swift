import Foundation
import SystemPackage
import TestSupport
import Testing

/// A source that declares more data than the daemon accepts is the source's
/// fault: failed once, never retried, with nothing written to `OUT`.
@Suite("Sources over max-source-bytes in the daemon")
struct SourceBoundTests {
  /// A 34 MB `.params.lz4` declaring 8.2 GB (over the default 8 GiB bound).
  /// Before the bound it was decoded into `OUT` in full, and retried forever
  /// as "environment" when that filled the disk.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/lz4")))
  func anLZ4BombIsFailedOnceWithNothingWritten() async throws {
    let folder = TestFolder("bomb")
    let scratch = TemporaryDirectory()
    let bomb = try LZ4Bomb.write("bomb.params.lz4", blocks: 2100, in: scratch)
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    try FileManager.default.moveItem(
      atPath: bomb.string, toPath: folder.watch + "/bomb.params.lz4")
    #expect(
      await eventually {
        folder.list("in/failed") == ["bomb.params.lz4", "bomb.params.lz4.error.json"]
      })
    let report = try folder.errorReport("bomb.params.lz4")
    #expect(report["code"] as? String == "sourceTooLarge")
    #expect((report["message"] as? String)?.contains("max-source-bytes") == true)
    #expect(report["tensor"] as? String == "#0")
    #expect(daemon.log.with(outcome: "retry").isEmpty)
    #expect(folder.list("out").isEmpty)
    try await daemon.stop()
  }
}
