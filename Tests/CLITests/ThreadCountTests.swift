import Foundation
import TestSupport
import Testing

/// `verify` gives the same bits whatever OpenBLAS's thread count (issue 13):
/// its metrics are a property of the checkpoint, not of the machine's load.
@Suite("gluon2tf verify: the same metrics with 1 and 2 OpenBLAS threads", .serialized)
struct ThreadCountTests {
  let temporary = TemporaryDirectory()
  var directory: String { temporary.path.string }

  /// The report's numbers that depend on the arithmetic: every stage's and the
  /// logits' comparison (not the duration or the peak RSS).
  func metrics(_ report: String) throws -> [String: NSObject] {
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: report)))
    let object = try #require(json as? [String: Any])
    return [
      "logits": try #require(object["logits"] as? NSDictionary),
      "stages": try #require(object["stages"] as? NSArray),
    ]
  }

  /// Two OpenBLAS threads used to split some products differently from one
  /// (resnet18_v1b's C1 rel L2 was 1.708e-07 with one, 1.694e-07 with two).
  @Test func verifyGivesBitIdenticalMetricsAndLogitsWithOneAndTwoThreads() throws {
    let demo = try Gluon2TFCommand.run(["demo", "--model", "resnet18_v1b", "--out", directory])
    #expect(demo.status == 0, "\(demo.stderr)")
    var runs: [(metrics: [String: NSObject], source: Data, checkpoint: Data)] = []
    for threads in ["1", "2"] {
      let prefix = directory + "/logits-\(threads)"
      let report = directory + "/report-\(threads).json"
      let result = try Gluon2TFCommand.run(
        [
          "verify", directory + "/resnet18_v1b", "--params", directory + "/resnet18_v1b.params",
          "--report", report, "--save-logits", prefix, "--quiet",
        ], environment: ["OPENBLAS_NUM_THREADS": threads, "OMP_NUM_THREADS": threads])
      #expect(result.status == 0, "\(result.stderr)")
      runs.append(
        (
          try metrics(report),
          try Data(contentsOf: URL(fileURLWithPath: prefix + ".source.npy")),
          try Data(contentsOf: URL(fileURLWithPath: prefix + ".checkpoint.npy"))
        ))
    }
    try #require(runs.count == 2)
    #expect(runs[0].metrics == runs[1].metrics)
    let sameSource = runs[0].source == runs[1].source
    let sameCheckpoint = runs[0].checkpoint == runs[1].checkpoint
    #expect(sameSource, "source-path logits differ bit for bit")
    #expect(sameCheckpoint, "checkpoint-path logits differ bit for bit")
  }
}
