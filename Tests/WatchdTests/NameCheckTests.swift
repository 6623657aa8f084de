import Conversion
import Digests
import Files
import Foundation
import SystemPackage
import TestSupport
import Testing

@testable import watchd

/// GluonCV's SHA-1 name check in the daemon: the SHA-1 comes from the same
/// read pass as the SHA-256, and a mismatch sends the source to `failed/`.
@Suite("watchd: GluonCV SHA-1 name check")
struct NameCheckTests {
  /// The first 8 hex digits of the sample's SHA-1.
  static let samplePrefix: String =
    ((try? Digest.hex(.sha1, of: Samples.resnet18Bytes)) ?? "").prefix(8).description

  /// Writes `bytes` as `name` beside the inbox, then renames it in.
  func drop(_ bytes: Data, as name: String, in folder: TestFolder) throws {
    try bytes.write(to: URL(fileURLWithPath: folder.root + "/" + name))
    try FileManager.default.moveItem(
      atPath: folder.root + "/" + name, toPath: folder.watch + "/" + name)
  }

  /// The prefix with its first digit changed.
  static func wrong(_ prefix: String) -> String {
    (prefix.first == "0" ? "1" : "0") + prefix.dropFirst()
  }

  @Test func trueWrongAndFlippedNames() async throws {
    let folder = TestFolder("namecheck")
    let daemon = try InProcessDaemon(folder) { $0.verify = false }
    #expect(await daemon.ready())
    var flipped = Samples.resnet18Bytes
    flipped[flipped.count / 2] ^= 0x01
    let good = "resnet18_v1b-\(Self.samplePrefix).params"
    let wrong = "resnet34_v1b-\(Self.wrong(Self.samplePrefix)).params"
    let bad = "resnet50_v1d-\(Self.samplePrefix).params"
    try drop(Samples.resnet18Bytes, as: good, in: folder)
    try drop(Samples.resnet18Bytes, as: wrong, in: folder)
    try drop(flipped, as: bad, in: folder)
    #expect(
      await eventually(timeout: .seconds(120)) {
        folder.list("in/processed") == [good] && folder.list("in/failed").count == 4
      }, "\(folder.list("in/processed")) \(folder.list("in/failed"))")
    #expect(folder.published == ["resnet18_v1b"])
    let sha1 = try Digest.hex(.sha1, of: Samples.resnet18Bytes)
    let flippedSHA1 = try Digest.hex(.sha1, of: flipped)
    for (name, actual) in [(wrong, sha1), (bad, flippedSHA1)] {
      let report = try folder.errorReport(name)
      #expect(report["code"] as? String == "nameChecksumMismatch", "\(report)")
      let message = report["message"] as? String ?? ""
      #expect(message.contains("its SHA-1 is \(actual)"), "\(message)")
      #expect((report["sha256"] as? String)?.count == 64)
    }
    #expect(
      await eventually {
        daemon.log.with(outcome: "failed").filter {
          $0.metadata["GLUON2TF_ERROR_CODE"] == "nameChecksumMismatch"
        }.count == 2
      })
    try await daemon.stop()
  }

  @Test func nameCheckNoConvertsAWrongName() async throws {
    let folder = TestFolder("nonamecheck")
    let daemon = try InProcessDaemon(folder) {
      $0.verify = false
      $0.nameCheck = false
    }
    #expect(await daemon.ready())
    let wrong = "resnet34_v1b-\(Self.wrong(Self.samplePrefix)).params"
    try drop(Samples.resnet18Bytes, as: wrong, in: folder)
    #expect(await eventually(timeout: .seconds(120)) { folder.list("in/processed") == [wrong] })
    #expect(folder.list("in/failed").isEmpty)
    try await daemon.stop()
  }

  /// A source that is an official release is reported as one, in the
  /// journal and in report.json, with and without verification.
  @Test func releaseIsReportedInJournalAndReport() throws {
    let temporary = TemporaryDirectory()
    for verify in [false, true] {
      let staging = temporary.file("staging-\(verify)")
      let directory = try Directory.create(staging)
      let summary = try Converter.convert(
        source: FilePath(Samples.resnet18), into: directory,
        options: ConversionOptions(verification: verify ? VerificationOptions() : nil))
      var record = ConversionRecord(
        source: "/w/in/resnet101_v1d-1b2b825f.params", sha256: String(repeating: "0", count: 64),
        summary: summary, metrics: nil)
      #expect(record.journalFields["GLUON2TF_GLUONCV_RELEASE"] == nil)
      record.gluoncvRelease = GluonCVRelease.model(
        withSHA1: "1b2b825feff86b0354642a4ab59f9b6e35e47338")
      #expect(record.journalFields["GLUON2TF_GLUONCV_RELEASE"] == "resnet101_v1d")
      let json = try #require(
        try JSONSerialization.jsonObject(
          with: Data(record.reportJSON(destination: "/w/out/resnet18_v1b").utf8))
          as? [String: Any])
      #expect(json["gluoncvRelease"] as? String == "resnet101_v1d")
      #expect(json["verified"] as? Bool == (verify ? nil : false))
    }
  }
}
