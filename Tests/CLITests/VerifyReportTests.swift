import Foundation
import SystemPackage
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `verify` reads a checkpoint and writes nothing into it; a report is
/// written only where `--report` says (issue 11, item 11). Errors that quote
/// the input are escaped and capped (item 15).
@Suite("gluon2tf verify: read-only, --report", .serialized)
struct VerifyReportTests {
  let temporary = TemporaryDirectory()
  var directory: String { temporary.path.string }
  var checkpoint: String { directory + "/resnet18_v1b" }
  var params: String { directory + "/resnet18_v1b.params" }
  var checkpointReport: String { checkpoint + "/report.json" }

  /// A demo checkpoint whose report.json is the record a daemon wrote.
  func makeCheckpoint() throws -> Data {
    let demo = try Gluon2TFCommand.run(["demo", "--model", "resnet18_v1b", "--out", directory])
    #expect(demo.status == 0, "\(demo.stderr)")
    let record = Data(#"{"verified":false,"watchd":{"sourceName":"a.params"}}"#.utf8 + [0x0A])
    try record.write(to: URL(fileURLWithPath: checkpointReport))
    return record
  }

  @Test func verifyLeavesTheCheckpointsReportAsItWasEvenWithTheWrongParams() throws {
    let record = try makeCheckpoint()
    let passed = try Gluon2TFCommand.run(["verify", checkpoint, "--params", params])
    #expect(passed.status == 0, "\(passed.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: checkpointReport)) == record)

    let other = try Gluon2TFCommand.run(["demo", "--model", "resnet18_v1d", "--out", directory])
    #expect(other.status == 0, "\(other.stderr)")
    let wrong = try Gluon2TFCommand.run([
      "verify", checkpoint, "--params", directory + "/resnet18_v1d.params",
    ])
    #expect(wrong.status != 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: checkpointReport)) == record)
    #expect(try FileManager.default.contentsOfDirectory(atPath: checkpoint).count == 4)
  }

  /// On a read-only mount (the checkpoint as a consumer sees it), a passing
  /// verification exits 0.
  @Test(
    .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")))
  func aReadOnlyCheckpointVerifies() throws {
    _ = try makeCheckpoint()
    let result = try Gluon2TFCommand.run(
      [
        "--mount", "--propagation", "private", "--", "/bin/sh", "-c",
        #"mount --bind -o ro "$1" "$1" && exec "$2" verify "$1" --params "$3""#, "sh",
        checkpoint, Gluon2TFCommand.binary.path, params,
      ], executable: URL(fileURLWithPath: "/usr/bin/unshare"))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("verification passed"))
  }

  @Test func reportGoesWhereAskedAndReplacesOnlyAReport() throws {
    _ = try makeCheckpoint()
    let report = directory + "/r.json"
    for _ in 0..<2 {  // the second run replaces the first run's report
      let result = try Gluon2TFCommand.run([
        "verify", checkpoint, "--params", params, "--report", report,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let json = try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: report)))
      #expect((json as? [String: Any])?["passed"] as? Bool == true)
    }

    let notes = directory + "/notes.txt"
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: notes))
    let refused = try Gluon2TFCommand.run([
      "verify", checkpoint, "--params", params, "--report", notes,
    ])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("not a gluon2tf report"), "\(refused.stderr)")
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")

    let stdout = try Gluon2TFCommand.run([
      "verify", checkpoint, "--params", params, "--report", "-",
    ])
    #expect(stdout.status == 0, "\(stdout.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(stdout.stdout.utf8))
    #expect((json as? [String: Any])?["model"] as? String == "resnet18_v1b")
  }

  /// A tensor name of 20 MB, or one full of control characters, gives one
  /// short error line.
  @Test func hostileTensorNamesGiveOneShortEscapedErrorLine() throws {
    for (label, name) in [
      ("huge", NamedTensorParams.hugeName()),
      ("controls", "\u{1B}]0;title\u{07}\r\nerror: forged\u{2028}\u{85}"),
    ] {
      let source = temporary.file("\(label).params")
      try NamedTensorParams.write(tensorName: name, to: source)
      let result = try Gluon2TFCommand.run(["convert", source.string, "--out", directory + "/x"])
      #expect(result.status == 1)
      #expect(result.stderr.utf8.count < 16 << 10, "\(label): \(result.stderr.utf8.count) bytes")
      // Split at LF bytes: "\r\n" is one Character, which a split by Character keeps whole.
      #expect(result.stderr.utf8.split(separator: 0x0A).count == 1, "\(label): \(result.stderr)")
      #expect(
        !result.stderr.unicodeScalars.contains {
          ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}"
        }, "\(label)")
    }
  }
}
