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

  /// SIGKILL at an arbitrary moment while several files are in flight.
  @Test func killedAtRandomMomentsThenRestarted() async throws {
    let folder = TestFolder("crash-random")
    let names = (0..<6).map { "r\($0).params" }
    for name in names { try Samples.copy(to: folder.root + "/" + name) }
    let first = try DaemonProcess(folder, ["--workers", "2"], label: "first")
    for name in names {
      try FileManager.default.moveItem(
        atPath: folder.root + "/" + name, toPath: folder.watch + "/" + name)
    }
    var delays = [Duration.milliseconds(900), .milliseconds(1700)]
    var current = first
    var generation = 0
    while let delay = delays.first {
      delays.removeFirst()
      try await Task.sleep(for: delay)
      current.signal(SIGKILL)
      #expect(await current.waitForExit(timeout: .seconds(10)))
      #expect(folder.publishedAreComplete())
      generation += 1
      current = try DaemonProcess(folder, ["--workers", "2"], label: "gen\(generation)")
    }
    #expect(
      await eventually(timeout: .seconds(90)) { folder.list("in/processed").count == names.count },
      "\(current.log)")
    let sources = try folder.published.map {
      try folder.provenance($0)["sourceName"] as? String ?? ""
    }
    #expect(sources.sorted() == names.sorted())
    #expect(folder.publishedAreComplete())
    #expect(folder.list("in/.claimed").isEmpty)
    #expect(folder.list("in/failed").isEmpty)
    #expect(folder.list("out").filter { $0.hasPrefix(".gluon2tf-staging-") }.isEmpty)
    current.signal(SIGTERM)
    #expect(await current.waitForExit(timeout: .seconds(120)))
  }
}
