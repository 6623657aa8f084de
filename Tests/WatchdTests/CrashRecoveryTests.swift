import Conversion
import Foundation
import Testing

/// `kill -9` at every step of a job, then a restart: no partial checkpoint is
/// ever visible, stale staging and claims are recovered, and every file is
/// converted exactly once. Runs the real binary.
@Suite("Crash safety (kill -9, real binary)", .serialized)
struct CrashRecoveryTests {
  @Test(arguments: ["claimed", "converted", "staged", "published"])
  func killedAtAStepThenRestarted(_ point: String) async throws {
    let folder = TestFolder("crash-\(point)")
    try Samples.copy(to: folder.root + "/a.params")
    let crashing = try DaemonProcess(
      folder, ["--verify", "no"], environment: ["GLUON2TF_CRASHPOINT": point], label: "crash")
    try FileManager.default.moveItem(
      atPath: folder.root + "/a.params", toPath: folder.watch + "/a.params")
    #expect(await crashing.waitForExit(timeout: .seconds(60)), "\(crashing.log)")
    #expect(crashing.wasKilled)
    // What a reader sees right after the crash: a complete checkpoint or none.
    #expect(folder.published == (point == "published" ? ["resnet18_v1b"] : []))
    #expect(folder.publishedAreComplete())
    #expect(folder.list("in/.claimed") == ["a.params"])

    let restarted = try DaemonProcess(folder, ["--verify", "no"], label: "restart")
    #expect(await eventually { folder.list("in/processed") == ["a.params"] }, "\(restarted.log)")
    #expect(folder.published == ["resnet18_v1b"])
    #expect(folder.publishedAreComplete())
    #expect(folder.list("in/.claimed").isEmpty)
    #expect(folder.list("out").filter { $0.hasPrefix(".gluon2tf-staging-") }.isEmpty)
    #expect(restarted.log.contains("recovering a.params"))
    if point == "published" {
      #expect(restarted.log.contains("was published before a restart"))
    } else if point != "claimed" {
      #expect(restarted.log.contains("removed stale staging directory"))
    }
    restarted.signal(SIGTERM)
    #expect(await restarted.waitForExit(timeout: .seconds(120)))
  }

  /// `kill -9` at random moments during 50 conversions (two workers,
  /// verification on), with a restart after each kill: every file is
  /// converted exactly once, and no partial checkpoint is ever visible.
  /// The seed is in every failure message; set GLUON2TF_TEST_SEED to replay.
  @Test func fiftyConversionsUnderRandomKills() async throws {
    let seed =
      ProcessInfo.processInfo.environment["GLUON2TF_TEST_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 1...UInt64.max)
    var random = SplitMix64(seed: seed)
    let folder = TestFolder("crash-random")
    let names = (0..<50).map { String(format: "r%02d.params", $0) }
    for name in names { try Samples.copy(to: folder.root + "/" + name) }
    // The same orphans may be killed at every restart: lift the adoption bound.
    let unbounded = ["GLUON2TF_MAX_RECOVERIES": "1000"]
    var current = try DaemonProcess(
      folder, ["--workers", "2"], environment: unbounded, label: "gen0")
    for name in names {
      try FileManager.default.moveItem(
        atPath: folder.root + "/" + name, toPath: folder.watch + "/" + name)
    }
    var kills = 0
    while kills < 12 && folder.list("in/processed").count < names.count {
      try await Task.sleep(for: .milliseconds(Int.random(in: 200...1500, using: &random)))
      current.signal(SIGKILL)
      #expect(await current.waitForExit(timeout: .seconds(10)), "seed \(seed)")
      kills += 1
      // What a reader sees right after a crash: complete checkpoints only.
      #expect(folder.publishedAreComplete(), "seed \(seed)")
      current = try DaemonProcess(
        folder, ["--workers", "2"], environment: unbounded, label: "gen\(kills)")
    }
    #expect(
      await eventually(timeout: .seconds(300)) { folder.list("in/processed").count == names.count },
      "seed \(seed): \(current.log)")
    let sources = try folder.published.map {
      try folder.provenance($0)["sourceName"] as? String ?? ""
    }
    #expect(sources.sorted() == names, "seed \(seed)")
    #expect(folder.publishedAreComplete(), "seed \(seed)")
    #expect(folder.list("in/.claimed").isEmpty, "seed \(seed)")
    #expect(folder.list("in/failed").isEmpty, "seed \(seed)")
    #expect(folder.list("out").filter { $0.hasPrefix(".gluon2tf-staging-") }.isEmpty)
    #expect(kills >= 3, "seed \(seed): the files were done before the kills")
    current.signal(SIGTERM)
    #expect(await current.waitForExit(timeout: .seconds(120)))
  }

  /// A source the daemon dies on every time it converts it (as when the
  /// kernel kills it at the unit's MemoryMax=) is failed at its fourth
  /// adoption in a row, instead of being adopted and converted forever.
  @Test func aSourceThatKillsTheDaemonEveryTimeIsFailed() async throws {
    let folder = TestFolder("crash-every-time")
    try Samples.copy(to: folder.root + "/a.params")
    try FileManager.default.moveItem(
      atPath: folder.root + "/a.params", toPath: folder.watch + "/a.params")
    var deaths = 0
    var last: DaemonProcess?
    for run in 0..<8 {
      let daemon = try DaemonProcess(
        folder, ["--verify", "no"], environment: ["GLUON2TF_CRASHPOINT": "converted"],
        label: "run\(run)")
      last = daemon
      let settled = await eventually(timeout: .seconds(120)) {
        !daemon.process.isRunning || folder.exists("in/failed/a.params")
      }
      #expect(settled, "\(daemon.log)")
      if daemon.process.isRunning { break }
      deaths += 1
    }
    #expect(deaths == 4, "\(last?.log ?? "")")
    #expect(folder.list("in/failed") == ["a.params", "a.params.error.json"])
    #expect(try folder.errorReport("a.params")["code"] as? String == "interrupted")
    #expect(folder.published.isEmpty)
    #expect(folder.list("in/.claimed").isEmpty)
    last?.signal(SIGTERM)
    #expect(await last?.waitForExit(timeout: .seconds(60)) ?? false)
  }
}
