/// A source seen in the watch folder and not yet claimed: the daemon waits
/// until it has stopped changing before claiming it.
struct PendingFile {
  var name: String
  /// The last status seen; a change restarts the wait.
  var observed: FileStatus?
  /// When the file was first noticed (for the drop→published latency).
  var noticed: ContinuousClock.Instant
  /// When its status last changed.
  var lastChange: ContinuousClock.Instant
  /// When to look at it next.
  var due: ContinuousClock.Instant
  /// Transient failures so far.
  var attempts = 0
}
