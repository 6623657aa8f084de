/// What happens to a source file after its checkpoint is published.
enum SuccessAction: String, Sendable, CaseIterable {
  /// Leave it in the watch folder; a marker in `.converted/` keeps it from
  /// being converted again until it changes.
  case keep
  /// Move it to `processed/` in the watch folder (the default).
  case move
  /// Delete it.
  case delete
}
