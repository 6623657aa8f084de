import SystemPackage

/// How one job ended.
enum JobOutcome: Sendable {
  /// Converted and published.
  case converted(ConversionRecord)
  /// A recovered claim whose checkpoint had been published before a crash:
  /// only its source was moved on.
  case alreadyPublished(FilePath)
  /// Moved to `failed/` with an error report.
  case failed(FailureRecord)
  /// The source was put back in the watch folder to be tried again later.
  case retry(String, RetryCause)
}

/// Why a job is tried again, which decides whether it counts toward failing
/// the source.
enum RetryCause: Sendable {
  /// The output side failed (disk full, read-only or missing output folder):
  /// not the source's fault, so it is retried until the problem goes away,
  /// with a growing back-off.
  case environment
  /// The source changed while it was read (another process truncated or
  /// rewrote it), or could not be read: retried up to
  /// ``FileProcessor/maximumAttempts`` times, then failed.
  case source
  /// gluon2tf's own side failed (a writer or verifier failure, a missing
  /// library): retried up to ``FileProcessor/maximumAttempts`` times, then
  /// failed with a report that does not blame the source.
  case `internal`
}
