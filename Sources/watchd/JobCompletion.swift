/// A finished job, handed from a worker thread back to the daemon's loop.
struct JobCompletion: Sendable {
  var name: String
  var outcome: JobOutcome
  var recovered: Bool
  var noticed: ContinuousClock.Instant?
  var attempts: Int
  var retries: Int
}
