public import Files
public import SystemPackage
import TensorBundle

/// The outcome of a verification: the checkpoint path against the source path,
/// stage by stage and at the logits, optionally against reference logits.
public struct VerificationReport: Sendable {
  /// One stage's agreement between the two paths.
  public struct Stage: Sendable, Equatable {
    public var name: String
    public var relativeL2: Double
  }

  /// Agreement with logits computed elsewhere (by GluonCV, say).
  public struct Reference: Sendable {
    public var path: String
    public var source: LogitsComparison
    public var checkpoint: LogitsComparison
  }

  public var model: String
  public var scope: String
  public var sourcePath: String
  public var checkpointPrefix: String
  /// `synthetic` or `npy`.
  public var inputKind: String
  public var inputPath: String?
  /// NCHW.
  public var inputShape: [Int]
  public var threshold: Double
  /// Checkpoint-path logits against source-path logits.
  public var logits: LogitsComparison
  public var stages: [Stage]
  public var reference: Reference?
  public var peakResidentBytes: Int
  public var durationMilliseconds: Int
  /// The GluonCV model whose official weights the source is, byte for byte,
  /// when it is one (``GluonCVRelease``); written only then.
  public var gluoncvRelease: String? = nil

  /// Relative L2 within the threshold and the same top-1, at the logits and
  /// against the reference when one was given.
  public var passed: Bool {
    func ok(_ comparison: LogitsComparison) -> Bool {
      comparison.relativeL2 <= threshold && comparison.top1Agree
    }
    guard ok(logits) else { return false }
    if let reference { return ok(reference.source) && ok(reference.checkpoint) }
    return true
  }

  /// The name of the report file published with a checkpoint.
  public static let fileName = "report.json"

  /// Writes the JSON report as `report.json` in `directory` (temporary name,
  /// fsync, rename): readers see the old report or all of the new one.
  public func write(into directory: Directory) throws(FileSystemError) {
    try directory.writeAtomically(
      Array(json.utf8), as: VerificationReport.fileName, replacing: true)
  }

  /// Writes the JSON report at `path`, where the user asked for it (`verify
  /// --report`), atomically (temporary name, fsync, rename). What is there
  /// already is replaced only when it is a report, gluon2tf's or the daemon's
  /// (a regular file whose JSON starts as theirs do); anything else (another
  /// file, a link, a directory) is left as it is and the write fails
  /// (`.exists`, `.wrongKind`).
  public func write(to path: FilePath) throws(FileSystemError) {
    guard let name = path.lastComponent?.string, !name.isEmpty else {
      throw FileSystemError(.wrongKind, "names no file", path: path)
    }
    let parent = path.removingLastComponent()
    let directory = try Directory(opening: parent.isEmpty ? "." : parent)
    let existing: FileStatus?
    do { existing = try directory.status(of: name) } catch { throw FileSystemError(error) }
    if let existing {
      guard existing.kind == .regular else {
        throw FileSystemError(
          .wrongKind, "exists and is \(existing.kind.rawValue), not a report; it is left as it is",
          path: path)
      }
      guard VerificationReport.isReport(try directory.read(name, limit: 1 << 20)) else {
        throw FileSystemError(
          .exists, "exists and is not a gluon2tf report; it is left as it is", path: path)
      }
    }
    try directory.writeAtomically(Array(json.utf8), as: name, replacing: existing != nil)
  }

  /// Whether `bytes` look like a report gluon2tf wrote: `verify`'s and
  /// `convert`'s start with `{"model":`, the daemon's without verification
  /// with `{"verified":`.
  public static func isReport(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: Array(#"{"model":"#.utf8))
      || bytes.starts(with: Array(#"{"verified":"#.utf8))
  }

  /// The report as JSON (the `report.json` written next to the checkpoint).
  public var json: String {
    var writer = JSONWriter()
    writer.object { writeFields(into: &$0) }
    return writer.text + "\n"
  }

  /// Writes the report's fields into the object `json` is writing, so a
  /// larger document (the daemon's report) can hold them as its own.
  public func writeFields(into json: inout JSONWriter) {
    json.field("model", model)
    json.field("scope", scope)
    json.field("source", sourcePath)
    json.field("checkpoint", checkpointPrefix)
    json.object("input") {
      $0.field("kind", inputKind)
      if let inputPath { $0.field("path", inputPath) }
      $0.field("shape", inputShape)
    }
    json.field("threshold", threshold)
    json.object("logits") { VerificationReport.write(logits, into: &$0) }
    json.array("stages") { list in
      for stage in stages {
        list.object {
          $0.field("name", stage.name)
          $0.field("relL2", stage.relativeL2)
        }
      }
    }
    if let reference {
      json.object("reference") {
        $0.field("path", reference.path)
        $0.field("sourceRelL2", reference.source.relativeL2)
        $0.field("checkpointRelL2", reference.checkpoint.relativeL2)
        $0.field("sourceMaxAbs", reference.source.maxAbsolute)
        $0.field("checkpointMaxAbs", reference.checkpoint.maxAbsolute)
        $0.field("sourceTop1Agree", reference.source.top1Agree)
        $0.field("checkpointTop1Agree", reference.checkpoint.top1Agree)
      }
    }
    json.field("passed", passed)
    json.field("peakRSSBytes", peakResidentBytes)
    json.field("durationMs", durationMilliseconds)
    if let gluoncvRelease { json.field("gluoncvRelease", gluoncvRelease) }
  }

  static func write(_ comparison: LogitsComparison, into json: inout JSONWriter) {
    json.field("relL2", comparison.relativeL2)
    json.field("maxAbs", comparison.maxAbsolute)
    json.field("cosine", comparison.cosine)
    json.field("top1Agree", comparison.top1Agree)
    json.field("top5Agree", comparison.top5Agree)
  }

  /// One line for people and logs.
  public var summary: String {
    var text =
      "verification \(passed ? "passed" : "FAILED"): logits rel L2 \(Self.scientific(logits.relativeL2)), "
      + "max abs \(Self.scientific(logits.maxAbsolute)), top-1 \(logits.top1Agree ? "agrees" : "DIFFERS"), "
      + "top-5 \(logits.top5Agree ? "agrees" : "differs") (threshold \(Self.scientific(threshold)))"
    if let reference {
      text +=
        "; vs reference: source \(Self.scientific(reference.source.relativeL2)), "
        + "checkpoint \(Self.scientific(reference.checkpoint.relativeL2))"
    }
    text +=
      "; stages "
      + stages.map { "\($0.name) \(Self.scientific($0.relativeL2))" }.joined(separator: ", ")
    return text
  }

  /// `1.23e-06`-style text without Foundation.
  public static func scientific(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    guard value != 0 else { return "0" }
    var exponent = 0
    var mantissa = abs(value)
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    var digits = Int((mantissa * 100).rounded())
    if digits >= 1000 {
      digits /= 10
      exponent += 1
    }
    let sign = value < 0 ? "-" : ""
    let exponentText =
      (exponent < 0 ? "-" : "+") + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
    return "\(sign)\(digits / 100).\(digits % 100 < 10 ? "0" : "")\(digits % 100)e\(exponentText)"
  }
}
