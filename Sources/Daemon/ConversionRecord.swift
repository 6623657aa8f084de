public import Conversion
public import Logging
public import SystemPackage

/// One successful conversion as the daemon reports it: in `report.json`
/// inside the published checkpoint, and as journal fields.
public struct ConversionRecord: Sendable {
  /// The source's path in the watch folder (where it was dropped).
  public var source: FilePath
  public var sha256: String
  public var summary: ConversionSummary
  public var metrics: VerificationMetrics?
  /// The published checkpoint directory (known after publishing).
  public var published: FilePath?
  /// From claim to published, in nanoseconds.
  public var jobNanoseconds: UInt64 = 0
  /// From the drop being noticed to published, in nanoseconds.
  public var latencyNanoseconds: UInt64?
  /// The process's peak RSS after the conversion, in bytes.
  public var peakRSS: Int?

  public init(
    source: FilePath, sha256: String, summary: ConversionSummary, metrics: VerificationMetrics?
  ) {
    self.source = source
    self.sha256 = sha256
    self.summary = summary
    self.metrics = metrics
  }

  /// `report.json`: what was converted, from what, and how well it verified.
  public var reportJSON: String {
    var json = JSONWriter()
    json.object {
      $0.field("source", source.lastComponent?.string ?? source.string)
      $0.field("sha256", sha256)
      $0.field("sourceBytes", summary.sourceBytes)
      $0.field("model", summary.architecture.modelName)
      $0.field("family", summary.architecture.family.rawValue)
      $0.field("depth", summary.architecture.depth)
      $0.field("classes", summary.architecture.classes)
      $0.field("namingStyle", summary.namingStyle.rawValue)
      $0.field("scope", summary.scope)
      $0.field("checkpointPrefix", summary.checkpointPrefix.lastComponent?.string ?? "")
      $0.field("tensors", summary.tensorCount)
      $0.field("bytes", summary.bytesWritten)
      $0.field("shards", summary.shardCount)
      $0.array("files") { list in
        for name in summary.files.sorted() {
          list.object { $0.field("name", name) }
        }
      }
      $0.field("convertMs", Int(summary.durationNanoseconds / 1_000_000))
      $0.field("converted", WallClock.iso8601())
      if let metrics {
        $0.object("verification") {
          $0.field("logitsRelL2", metrics.logitsRelativeL2)
          $0.field("maxAbs", metrics.maxAbsolute)
          $0.field("top1Agree", metrics.top1Agreement)
          $0.field("stageRelL2", metrics.stageRelativeL2)
        }
      }
    }
    return json.text + "\n"
  }

  /// The structured journal fields (`GLUON2TF_*`).
  public var journalFields: Logger.Metadata {
    var fields: Logger.Metadata = [
      "GLUON2TF_OUTCOME": "converted",
      "GLUON2TF_MODEL": "\(summary.architecture.modelName)",
      "GLUON2TF_SOURCE": "\(source)",
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
    if let latencyNanoseconds { fields["GLUON2TF_LATENCY_MS"] = "\(latencyNanoseconds / 1_000_000)" }
    if let peakRSS { fields["GLUON2TF_PEAK_RSS"] = "\(peakRSS)" }
    // Verification metrics: only when the conversion carried them.
    if let metrics {
      fields["GLUON2TF_LOGITS_REL_L2"] = "\(metrics.logitsRelativeL2)"
      fields["GLUON2TF_MAX_ABS"] = "\(metrics.maxAbsolute)"
      fields["GLUON2TF_TOP1_AGREE"] = "\(metrics.top1Agreement)"
      for (index, error) in metrics.stageRelativeL2.enumerated() {
        fields["GLUON2TF_STAGE\(index + 1)_REL_L2"] = "\(error)"
      }
    }
    return fields
  }

  /// The one-line message of the journal entry.
  public var message: String {
    let seconds = Double(jobNanoseconds / 1_000_000) / 1000
    return "converted \(source.lastComponent?.string ?? source.string) "
      + "(\(summary.architecture.modelName), \(summary.tensorCount) tensors, "
      + "\(summary.shardCount) shard\(summary.shardCount == 1 ? "" : "s")) "
      + "→ \(published.map { "\($0)" } ?? "?") in \(seconds) s"
  }
}
