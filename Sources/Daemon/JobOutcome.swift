public import SystemPackage

/// How one job ended.
public enum JobOutcome: Sendable {
  /// Converted and published.
  case converted(ConversionRecord)
  /// A recovered claim whose checkpoint had been published before a crash:
  /// only its source was moved on.
  case alreadyPublished(FilePath)
  /// Moved to `failed/` with an error report.
  case failed(FailureRecord)
  /// A problem of the environment (output not writable, disk full): the
  /// source was put back and is tried again later.
  case retry(String)
}
