import Conversion
import Files
import Logging
import SystemPackage

/// One successful conversion as the daemon reports it: in `report.json`
/// inside the published checkpoint, and as journal fields.
struct ConversionRecord: Sendable {
  /// The source's path in the watch folder (where it was dropped).
  var source: FilePath
  var sha256: String
  var summary: ConversionSummary
  var metrics: VerificationMetrics?
  /// The published checkpoint directory (known after publishing).
  var published: FilePath?
  /// From claim to published, in nanoseconds.
  var jobNanoseconds: UInt64 = 0
  /// From the drop being noticed to published, in nanoseconds.
  var latencyNanoseconds: UInt64?
  /// The process's peak RSS after the conversion, in bytes.
  var peakRSS: Int?
  /// The GluonCV model whose official weights the source is, byte for byte
  /// (``GluonCVRelease``), when it is one.
  var gluoncvRelease: String?

  init(
    source: FilePath, sha256: String, summary: ConversionSummary, metrics: VerificationMetrics?
  ) {
    self.source = source
    self.sha256 = sha256
    self.summary = summary
    self.metrics = metrics
  }

  /// `report.json` for the checkpoint published at `destination`: one JSON
  /// document. With verification it holds the converter's report (paths
  /// pointing at the dropped source and the published checkpoint); without,
  /// `"verified": false`. Either way a `watchd` object carries the source's
  /// name and SHA-256, by which a restart recognises a checkpoint published
  /// just before a crash (``PublishedReport``).
  func reportJSON(destination: FilePath) -> String {
    var json = JSONWriter()
    json.object { json in
      if var verification = summary.verification {
        verification.sourcePath = source.string
        verification.checkpointPrefix =
          destination.appending(summary.checkpointPrefix.lastComponent?.string ?? "").string
        verification.gluoncvRelease = gluoncvRelease
        verification.writeFields(into: &json)
      } else {
        json.field("verified", false)
        if let gluoncvRelease { json.field("gluoncvRelease", gluoncvRelease) }
      }
      json.object("watchd") { writeProvenance(into: &$0) }
    }
    return json.text + "\n"
  }

  private func writeProvenance(into json: inout JSONWriter) {
    json.field("sourceName", UntrustedText.name(of: source))
    json.field("sha256", sha256)
    json.field("sourceBytes", summary.sourceBytes)
    json.field("model", summary.architecture.modelName)
    json.field("classes", summary.architecture.classes)
    json.field("namingStyle", summary.namingStyle.rawValue)
    json.field("scope", summary.scope)
    json.field("tensors", summary.tensorCount)
    json.field("bytes", summary.bytesWritten)
    json.field("shards", summary.shardCount)
    json.array("files") { list in
      for name in summary.files.sorted() { list.object { $0.field("name", name) } }
    }
    json.field("convertMs", Int(summary.durationNanoseconds / 1_000_000))
    json.field("converted", WallClock.iso8601())
  }

  /// The structured journal fields (`GLUON2TF_*`).
  var journalFields: Logger.Metadata {
    var fields: Logger.Metadata = [
      "GLUON2TF_OUTCOME": "converted",
      "GLUON2TF_MODEL": "\(summary.architecture.modelName)",
      "GLUON2TF_SOURCE": "\(UntrustedText.pathText(source))",
      "GLUON2TF_SHA256": "\(sha256)",
      "GLUON2TF_TENSORS": "\(summary.tensorCount)",
      "GLUON2TF_BYTES": "\(summary.bytesWritten)",
      "GLUON2TF_SOURCE_BYTES": "\(summary.sourceBytes)",
      "GLUON2TF_SHARDS": "\(summary.shardCount)",
      "GLUON2TF_DURATION_MS": "\(jobNanoseconds / 1_000_000)",
      "GLUON2TF_CONVERT_MS": "\(summary.durationNanoseconds / 1_000_000)",
      "GLUON2TF_SCOPE": "\(summary.scope)",
    ]
    if let published { fields["GLUON2TF_DESTINATION"] = "\(published)" }
    if let latencyNanoseconds {
      fields["GLUON2TF_LATENCY_MS"] = "\(latencyNanoseconds / 1_000_000)"
    }
    if let peakRSS { fields["GLUON2TF_PEAK_RSS"] = "\(peakRSS)" }
    if let gluoncvRelease { fields["GLUON2TF_GLUONCV_RELEASE"] = "\(gluoncvRelease)" }
    // Verification metrics: only when the conversion carried them.
    if let metrics {
      fields["GLUON2TF_LOGITS_REL_L2"] = "\(metrics.logitsRelativeL2)"
      fields["GLUON2TF_MAX_ABS"] = "\(metrics.maxAbsolute)"
      fields["GLUON2TF_TOP1_AGREE"] = "\(metrics.top1Agrees ? 1 : 0)"
      fields["GLUON2TF_VERIFY_THRESHOLD"] = "\(metrics.threshold)"
      for stage in metrics.stages {
        fields[JournalEntry.fieldName("GLUON2TF_STAGE_\(stage.name)_REL_L2")] =
          "\(stage.relativeL2)"
      }
    }
    return fields
  }

  /// The one-line message of the journal entry.
  var message: String {
    let seconds = Double(jobNanoseconds / 1_000_000) / 1000
    return "converted \(source.lastComponent?.string ?? source.string) "
      + "(\(summary.architecture.modelName), \(summary.tensorCount) tensors, "
      + "\(summary.shardCount) shard\(summary.shardCount == 1 ? "" : "s")) "
      + "→ \(published.map { "\($0)" } ?? "?") in \(seconds) s"
      + (metrics.map {
        "; logits rel L2 \(VerificationReport.scientific($0.logitsRelativeL2)), "
          + "max abs \(VerificationReport.scientific($0.maxAbsolute)), "
          + "top-1 \($0.top1Agrees ? "agrees" : "DIFFERS")"
      } ?? "; not verified")
  }
}
