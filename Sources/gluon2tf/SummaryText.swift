import Conversion

/// The text `convert` and `demo` print when they succeed.
enum SummaryText {
  static func conversion(_ summary: ConversionSummary) -> String {
    let seconds = Double(summary.durationNanoseconds) / 1e9
    let rate = seconds > 0 ? Double(summary.bytesWritten) / seconds : 0
    var lines = [
      "\(summary.architecture.modelName) (\(summary.namingStyle.rawValue) names, "
        + "\(summary.architecture.classes) classes) → \(summary.checkpointPrefix)",
      "  \(summary.tensorCount) tensors, \(Terminal.size(summary.bytesWritten)) in \(summary.shardCount) "
        + "shard\(summary.shardCount == 1 ? "" : "s"), \(Terminal.fixed(seconds, 2)) s "
        + "(\(Terminal.size(Int(rate)))/s)",
    ]
    for name in summary.files.sorted() { lines.append("  \(summary.destination)/\(name)") }
    if let release = summary.gluoncvRelease {
      lines.append("  the source is GluonCV's official \(release) weights, byte for byte")
    }
    if let report = summary.verification {
      lines.append("  \(report.summary); peak RSS \(Terminal.size(report.peakResidentBytes))")
    }
    return lines.joined(separator: "\n")
  }
}
