/// Counters of a running daemon, for `STATUS=` and for tests.
public struct DaemonStatistics: Sendable, Equatable {
  /// Files waiting to settle or for a free worker.
  public var queued = 0
  /// Files being converted.
  public var converting = 0
  public var converted = 0
  public var failed = 0
  /// Transient failures (the source was put back and retried).
  public var retried = 0
  /// Claims of dead processes taken over.
  public var recovered = 0
  /// Whether the initial scan is done (`READY=1` was sent).
  public var ready = false

  public init() {}

  /// The `STATUS=` text.
  public var status: String {
    "\(queued) queued, \(converting) converting; \(converted) converted, \(failed) failed"
  }
}
