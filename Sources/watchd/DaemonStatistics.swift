/// Counters of a running daemon, for `STATUS=` and for tests.
struct DaemonStatistics: Sendable, Equatable {
  /// Files waiting to settle or for a free worker.
  var queued = 0
  /// Files being converted.
  var converting = 0
  var converted = 0
  var failed = 0
  /// Transient failures (the source was put back and retried).
  var retried = 0
  /// Claims of dead processes taken over.
  var recovered = 0
  /// Whether the initial scan is done (`READY=1` was sent).
  var ready = false

  init() {}

  /// The `STATUS=` text.
  var status: String {
    "\(queued) queued, \(converting) converting; \(converted) converted, \(failed) failed"
  }
}
