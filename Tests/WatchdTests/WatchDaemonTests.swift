import Foundation
import Testing

@testable import watchd

/// The daemon in this process against real inotify events made by real tools.
@Suite("Watch folder (real inotify)", .serialized)
struct WatchDaemonTests {
  /// `cp` writes the file in place: IN_CLOSE_WRITE.
  @Test func fileWrittenByCp() async throws {
    let folder = TestFolder("cp")
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    #expect(try runTool("/bin/cp", [Samples.resnet18, folder.watch + "/model.params"]) == 0)
    #expect(await eventually { folder.list("in/processed") == ["model.params"] })
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.publishedAreComplete())
    let report = try folder.report("resnet18_v1b")
    #expect(report["source"] as? String == folder.watch + "/model.params")
    #expect(report["checkpoint"] as? String == folder.out + "/resnet18_v1b/resnet18_v1b.ckpt")
    #expect(report["passed"] as? Bool == true)
    let provenance = try folder.provenance("resnet18_v1b")
    #expect(provenance["sourceName"] as? String == "model.params")
    #expect(provenance["model"] as? String == "resnet18_v1b")
    #expect(provenance["classes"] as? Int == 10)
    #expect((provenance["sha256"] as? String)?.count == 64)
    // The source moves before the loop logs the outcome: wait for the entry.
    #expect(await eventually { !daemon.log.with(outcome: "converted").isEmpty })
    let converted = try #require(daemon.log.with(outcome: "converted").first)
    #expect(converted.level == .info)
    for field in [
      "GLUON2TF_MODEL", "GLUON2TF_SOURCE", "GLUON2TF_SHA256", "GLUON2TF_TENSORS", "GLUON2TF_BYTES",
      "GLUON2TF_SHARDS", "GLUON2TF_DURATION_MS", "GLUON2TF_PEAK_RSS", "GLUON2TF_LOGITS_REL_L2",
      "GLUON2TF_MAX_ABS", "GLUON2TF_TOP1_AGREE", "GLUON2TF_STAGE_C1_REL_L2",
      "GLUON2TF_STAGE_C5_REL_L2",
    ] {
      #expect(converted.metadata[field] != nil, "\(field)")
    }
    #expect(converted.metadata["GLUON2TF_SHA256"] == provenance["sha256"] as? String)
    #expect(converted.metadata["GLUON2TF_TOP1_AGREE"] == "1")
    #expect(Double(converted.metadata["GLUON2TF_LOGITS_REL_L2"] ?? "") ?? 1 < 1e-5)
    #expect(folder.list("in/.claimed").isEmpty)
    #expect(folder.list("out").allSatisfy { !$0.hasPrefix(".gluon2tf-staging-") })
    try await daemon.stop()
  }

  /// `mv` from elsewhere on the same file system: IN_MOVED_TO. A name with
  /// spaces and non-ASCII characters is kept as it is.
  @Test func fileMovedInWithUnicodeName() async throws {
    let folder = TestFolder("mv")
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    let name = "my model ü 模型.params"
    try Samples.copy(to: folder.root + "/" + name)
    #expect(try runTool("/bin/mv", [folder.root + "/" + name, folder.watch + "/"]) == 0)
    #expect(await eventually { folder.list("in/processed") == [name] })
    #expect(try folder.provenance("resnet18_v1b")["sourceName"] as? String == name)
    let source = folder.watch + "/" + name
    #expect(
      await eventually {
        daemon.log.with(outcome: "converted").first?.metadata["GLUON2TF_SOURCE"] == source
      })
    try await daemon.stop()
  }

  /// A writer that appends in slow pieces, closing the file each time (so
  /// each piece ends with IN_CLOSE_WRITE), is waited for, not failed.
  @Test func fileAppendedInSlowPieces() async throws {
    let folder = TestFolder("append")
    let daemon = try InProcessDaemon(folder) { $0.incompleteTimeout = .seconds(10) }
    #expect(await daemon.ready())
    let bytes = Samples.resnet18Bytes
    let path = folder.watch + "/slow.params"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let pieces = 5
    let size = (bytes.count + pieces - 1) / pieces
    for piece in 0..<pieces {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: bytes[(piece * size)..<min(bytes.count, (piece + 1) * size)])
      try handle.close()
      try await Task.sleep(for: .milliseconds(500))  // longer than `settle`
    }
    #expect(await eventually { folder.list("in/processed") == ["slow.params"] })
    #expect(folder.list("in/failed").isEmpty)
    #expect(folder.published == ["resnet18_v1b"])
    try await daemon.stop()
  }

  /// A writer holding the file open for minutes is never claimed (the read
  /// lease probe sees it), then converted once it closes.
  @Test func fileHeldOpenForWritingWaits() async throws {
    let folder = TestFolder("open")
    let daemon = try InProcessDaemon(folder) { $0.incompleteTimeout = .milliseconds(300) }
    #expect(await daemon.ready())
    let path = folder.watch + "/held.params"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    let bytes = Samples.resnet18Bytes
    try handle.write(contentsOf: bytes[0..<(bytes.count / 2)])
    try await Task.sleep(for: .seconds(3))  // rescans see it; still open for writing
    #expect(folder.list("in/failed").isEmpty)
    #expect(folder.list("in").contains("held.params"))
    try handle.write(contentsOf: bytes[(bytes.count / 2)...])
    try handle.close()
    #expect(await eventually { folder.list("in/processed") == ["held.params"] })
    try await daemon.stop()
  }

  /// 50 files at once (moved in together): each is converted exactly once.
  /// A hard link to a file being converted waits for it, then converts too.
  @Test func fiftyFilesAtOnce() async throws {
    let folder = TestFolder("fifty")
    let staging = folder.root + "/drop"
    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    for index in 0..<49 { try Samples.copy(to: staging + String(format: "/m%02d.params", index)) }
    try FileManager.default.linkItem(
      atPath: staging + "/m00.params", toPath: staging + "/m49.params")
    // This test is about events, not numerics: skip the forward passes.
    let daemon = try InProcessDaemon(folder) {
      $0.workers = 2
      $0.verify = false
    }
    #expect(await daemon.ready())
    for index in 0..<50 {
      let name = String(format: "m%02d.params", index)
      try FileManager.default.moveItem(
        atPath: staging + "/" + name, toPath: folder.watch + "/" + name)
    }
    #expect(await eventually(timeout: .seconds(150)) { folder.list("in/processed").count == 50 })
    #expect(await eventually { daemon.daemon.statistics.converted == 50 })
    let published = folder.published
    #expect(published.count == 50)
    let sources = try published.map { try folder.provenance($0)["sourceName"] as? String ?? "" }
    #expect(Set(sources).count == 50)
    #expect(folder.publishedAreComplete())
    #expect(folder.list("in/failed").isEmpty)
    try await daemon.stop()
  }

  /// A truncated file fails once it has stayed unparsable for `incomplete-timeout`,
  /// with the tensor and byte offset in its error report.
  @Test func truncatedFileFails() async throws {
    let folder = TestFolder("truncated")
    let daemon = try InProcessDaemon(folder) { $0.incompleteTimeout = .seconds(1) }
    #expect(await daemon.ready())
    let bytes = Samples.resnet18Bytes
    try bytes[0..<(bytes.count / 3)].write(to: URL(fileURLWithPath: folder.root + "/cut.params"))
    try FileManager.default.moveItem(
      atPath: folder.root + "/cut.params", toPath: folder.watch + "/cut.params")
    #expect(await eventually { folder.exists("in/failed/cut.params.error.json") })
    #expect(
      await eventually { folder.list("in/failed") == ["cut.params", "cut.params.error.json"] })
    let report = try folder.errorReport("cut.params")
    #expect(report["code"] as? String == "invalidSource")
    #expect(report["tensor"] as? String != nil)
    #expect(report["offset"] as? Int != nil)
    #expect(folder.published.isEmpty)
    #expect(folder.list("out").isEmpty)
    #expect(await eventually { !daemon.log.with(outcome: "failed").isEmpty })
    let failure = try #require(daemon.log.with(outcome: "failed").first)
    #expect(failure.level == .error)
    #expect(failure.metadata["GLUON2TF_ERROR_OFFSET"] != nil)
    try await daemon.stop()
  }

  /// `.params.lz4` (an LZ4 frame, made by the real `lz4` tool) is handed to the
  /// converter like `.params`.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/lz4")))
  func compressedFileIsConverted() async throws {
    let folder = TestFolder("lz4")
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    let compressed = folder.root + "/packed.params.lz4"
    #expect(try runTool("/usr/bin/lz4", ["-q", "-f", Samples.resnet18, compressed]) == 0)
    try FileManager.default.moveItem(
      atPath: compressed, toPath: folder.watch + "/packed.params.lz4")
    #expect(await eventually { folder.list("in/processed") == ["packed.params.lz4"] })
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.publishedAreComplete())
    #expect(try folder.provenance("resnet18_v1b")["sourceName"] as? String == "packed.params.lz4")
    try await daemon.stop()
  }

  /// A valid `.params` that is not a ResNet fails with `unsupportedModel`.
  @Test func nonResNetFails() async throws {
    let folder = TestFolder("nonresnet")
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    try Samples.writeNonResNet(to: folder.watch + "/bert.params")
    #expect(
      await eventually { folder.list("in/failed") == ["bert.params", "bert.params.error.json"] })
    let report = try folder.errorReport("bert.params")
    #expect(report["code"] as? String == "unsupportedModel")
    #expect((report["message"] as? String)?.isEmpty == false)
    #expect(folder.published.isEmpty)
    try await daemon.stop()
  }

  /// A symlink is never followed: its target is neither read nor moved.
  @Test func symlinkIsNotFollowed() async throws {
    let folder = TestFolder("symlink")
    let target = folder.root + "/outside.params"
    try Samples.copy(to: target)
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    #expect(try runTool("/bin/ln", ["-s", target, folder.watch + "/link.params"]) == 0)
    // A symlink creation makes no IN_CLOSE_WRITE; the rescan (every 2 s) sees it.
    try await Task.sleep(for: .seconds(3))
    #expect(folder.published.isEmpty)
    #expect(folder.list("in").contains("link.params"))
    #expect(folder.list("in/processed").isEmpty && folder.list("in/failed").isEmpty)
    #expect(FileManager.default.fileExists(atPath: target))
    #expect(daemon.log.all.contains { $0.message.contains("symbolic link") })
    try await daemon.stop()
  }

  /// Hidden, temporary and partial names are ignored; renaming the finished
  /// download to its real name starts the conversion.
  @Test func partialNamesAreIgnoredUntilRenamed() async throws {
    let folder = TestFolder("partial")
    let daemon = try InProcessDaemon(folder)
    #expect(await daemon.ready())
    for name in ["dl.params.part", ".hidden.params", "x.params.tmp", "y.params~"] {
      try Samples.copy(to: folder.watch + "/" + name)
    }
    try await Task.sleep(for: .seconds(1))
    #expect(folder.published.isEmpty)
    try FileManager.default.moveItem(
      atPath: folder.watch + "/dl.params.part", toPath: folder.watch + "/dl.params")
    #expect(await eventually { folder.list("in/processed") == ["dl.params"] })
    #expect(folder.published == ["resnet18_v1b"])
    try await daemon.stop()
  }

  /// `on-success = keep` leaves the source and never converts it again;
  /// `on-conflict = replace` swaps the published checkpoint.
  @Test func keepAndReplace() async throws {
    let folder = TestFolder("keep")
    let daemon = try InProcessDaemon(folder) {
      $0.onSuccess = .keep
      $0.onConflict = .replace
    }
    #expect(await daemon.ready())
    try Samples.copy(to: folder.watch + "/kept.params")
    #expect(await eventually { daemon.daemon.statistics.converted == 1 })
    try await Task.sleep(for: .seconds(3))  // a rescan happens; nothing new
    #expect(daemon.daemon.statistics.converted == 1)
    #expect(folder.list("in").contains("kept.params"))
    // A new version under the same name is converted and replaces the old checkpoint.
    try Samples.copy(to: folder.watch + "/kept.params")
    #expect(await eventually { daemon.daemon.statistics.converted == 2 })
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.publishedAreComplete())
    try await daemon.stop()
  }
}
