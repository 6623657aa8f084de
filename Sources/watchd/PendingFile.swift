import Files

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
  /// Retries so far that count toward failing the source (``RetryCause/source``).
  var attempts = 0
  /// Retries so far of any cause: they set the back-off.
  var retries = 0
}
