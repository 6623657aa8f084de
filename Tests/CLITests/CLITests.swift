import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the real `gluon2tf` executable, as a user would.
@Suite("gluon2tf command line", .serialized)
struct CLITests {
  /// Removed when the test ends.
  let temporary = TemporaryDirectory()
  var directory: URL { URL(fileURLWithPath: temporary.path.string) }

  func run(_ arguments: [String]) throws -> CommandResult {
    try Gluon2TFCommand.run(arguments)
  }

  func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

  @Test func helpListsTheSubcommands() throws {
    let result = try run(["--help"])
    #expect(result.status == 0)
    for command in ["convert", "inspect", "demo"] { #expect(result.stdout.contains(command)) }
  }

  @Test func demoThenInspectThenConvertWithShards() throws {
    let demo = try run(["demo", "--model", "resnet18_v1d", "--out", directory.path])
    #expect(demo.status == 0, "\(demo.stderr)")
    #expect(demo.stdout.contains("resnet18_v1d.ckpt.index"))
    let params = directory.appendingPathComponent("resnet18_v1d.params").path

    let inspect = try run(["inspect", params, "--json"])
    #expect(inspect.status == 0)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any])
    #expect(json["model"] as? String == "resnet18_v1d")
    let tensors = try #require(json["tensors"] as? [[String: Any]])
    #expect(tensors.count == 112)
    #expect(tensors.first?["tf"] as? String == "resnet18_v1d/C1/conv0/weights")
    #expect(tensors.first?["tfShape"] as? [Int] == [3, 3, 3, 32])
    let tfNames = tensors.compactMap { $0["tf"] as? String }
    #expect(tfNames.contains("resnet18_v1d/C3/basicblock_0/shortcut/weights"))
    #expect(!tfNames.contains { $0.contains("bottleneck_") }, "basic blocks are basicblock_ units")

    let out = directory.appendingPathComponent("sharded")
    let convert = try run(["convert", params, "--out", out.path, "--shard-size", "8M"])
    #expect(convert.status == 0, "\(convert.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
    let shards = files.filter { $0.contains(".data-") }
    #expect(shards.count > 1)
    #expect(shards.allSatisfy { $0.hasSuffix("-of-0000\(shards.count)") })
    #expect(files.contains("checkpoint"))
  }

  @Test func truncatedInputFailsWithFileTensorAndOffsetAndLeavesNothing() throws {
    let demo = try run(["demo", "--model", "resnet18_v1b", "--out", directory.path])
    #expect(demo.status == 0)
    let params = directory.appendingPathComponent("resnet18_v1b.params")
    let data = try Data(contentsOf: params)
    let cut = directory.appendingPathComponent("cut.params")
    try data.prefix(data.count / 3).write(to: cut)
    let out = directory.appendingPathComponent("cut-out")
    let result = try run(["convert", cut.path, "--out", out.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("cut.params"))
    #expect(result.stderr.contains("tensor #"))
    #expect(result.stderr.contains("byte offset"))
    #expect(!exists(out))
    #expect(try Data(contentsOf: cut) == data.prefix(data.count / 3))
  }

  @Test func foreignAndMissingInputsFail() throws {
    let text = directory.appendingPathComponent("notes.params")
    try Data("hello, this is not a weights file".utf8).write(to: text)
    for (input, phrase) in [
      (text.path, "not an MXNet NDArray file"), (directory.path, "is a directory"),
      (directory.appendingPathComponent("absent.params").path, "No such file"),
    ] {
      let result = try run(["convert", input, "--out", directory.appendingPathComponent("x").path])
      #expect(result.status != 0)
      #expect(result.stderr.contains(phrase), "\(result.stderr)")
    }
    #expect(!exists(directory.appendingPathComponent("x")))
  }

  /// A FIFO (or socket, or device) given as any input is refused at once,
  /// never opened in a way that blocks (issue 11, item 6: `convert` on a FIFO
  /// used to wait forever in `open`).
  @Test func aFIFOAsAnyInputIsRefusedWithoutBlocking() throws {
    let fifo = directory.appendingPathComponent("f.params").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let demo = try run(["demo", "--model", "resnet18_v1b", "--out", directory.path])
    #expect(demo.status == 0, "\(demo.stderr)")
    let checkpoint = directory.appendingPathComponent("resnet18_v1b").path
    let params = directory.appendingPathComponent("resnet18_v1b.params").path
    for arguments in [
      ["convert", fifo, "--out", directory.appendingPathComponent("x").path],
      ["inspect", fifo],
      ["verify", checkpoint, "--params", fifo],
      ["verify", checkpoint, "--params", params, "--input", fifo],
      ["watch", "--config", fifo],
    ] {
      let result = try Gluon2TFCommand.run(arguments, timeout: .seconds(60))
      #expect(result.status != 0, "\(arguments)")
      #expect(
        result.stderr.contains("is a FIFO, not a regular file"), "\(arguments): \(result.stderr)")
    }
  }

  @Test func badOptionsAreUsageErrors() throws {
    let result = try run(["convert", "x.params", "--shard-size", "lots"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("shard-size"))
  }
}
