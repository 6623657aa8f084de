#if canImport(Glibc)
  import Glibc
#endif

/// Named points in a job where the crash-safety tests kill the daemon with
/// SIGKILL, to prove that every window between two steps recovers.
///
/// Inert unless `GLUON2TF_CRASHPOINT` names the point; the service unit
/// never sets it.
enum CrashPoint: String {
  /// The source is in `.claimed/`; nothing converted yet.
  case claimed
  /// The checkpoint is complete in the job's staging directory.
  case converted
  /// `report.json` is written; the checkpoint is not yet published.
  case staged
  /// Published; the source is still in `.claimed/`.
  case published

  private static let armed: String? = getenv("GLUON2TF_CRASHPOINT").map { String(cString: $0) }

  /// Kills the process with SIGKILL when this point is armed.
  func reach() {
    guard CrashPoint.armed == rawValue else { return }
    kill(getpid(), SIGKILL)
  }
}
