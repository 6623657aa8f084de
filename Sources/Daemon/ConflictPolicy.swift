/// What to do when `OUT/<scope>` already exists.
public enum ConflictPolicy: String, Sendable, CaseIterable {
  /// Publish at `OUT/<scope>-2`, `-3`, … (the default; nothing is overwritten).
  case suffix
  /// Replace the existing directory atomically (`RENAME_EXCHANGE`, then remove the old one).
  case replace
  /// Fail the file (it goes to `failed/`).
  case fail
}
