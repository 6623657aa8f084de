import Foundation
import Testing

/// Two daemons on one folder (the way to scale out): each file is converted once.
@Suite("Two daemons on one folder (real binaries)")
struct ScaleOutTests {
  @Test func eachFileIsConvertedOnce() async throws {
    let folder = TestFolder("scale")
    let names = (0..<12).map { "s\($0).params" }
    for name in names { try Samples.copy(to: folder.root + "/" + name) }
    let one = try DaemonProcess(folder, ["--verify", "no"], label: "one")
    let two = try DaemonProcess(folder, ["--verify", "no"], label: "two")
    try await Task.sleep(for: .milliseconds(500))
    for name in names {
      try FileManager.default.moveItem(
        atPath: folder.root + "/" + name, toPath: folder.watch + "/" + name)
    }
    #expect(
      await eventually(timeout: .seconds(90)) { folder.list("in/processed").count == names.count })
    try await Task.sleep(for: .seconds(1))  // let a duplicate, if any, show up
    let sources = try folder.published.map {
      try folder.provenance($0)["sourceName"] as? String ?? ""
    }
    #expect(sources.sorted() == names.sorted())
    let conversions = [one.log, two.log].map { log in
      log.split(separator: "\n").filter { $0.contains("GLUON2TF_OUTCOME=converted") }.count
    }
    #expect(conversions.reduce(0, +) == names.count)
    for daemon in [one, two] { daemon.signal(SIGTERM) }
    for daemon in [one, two] { #expect(await daemon.waitForExit(timeout: .seconds(120))) }
  }
}
