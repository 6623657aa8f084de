import Threads

/// Runs two pieces of work at the same time, one on the calling thread and one
/// on a POSIX thread started for it, and returns when both have finished.
///
/// Why a plain thread: each piece is a long stretch of arithmetic, which must
/// not occupy a thread of the Swift concurrency pool or of libdispatch (on
/// Linux both have as many threads as cores, and the daemon's other work would
/// starve). Why per call rather than a pool: a thread costs tens of
/// microseconds, a verification stage tens of milliseconds, and a thread that
/// ends with the call leaves nothing behind to manage.
///
/// The pieces must share nothing mutable: `beside` runs on the other thread
/// while `here` runs, and its captures are touched again only after its
/// completion signal, which orders all its writes before the caller's reads.
enum SideBySide {
  /// The results of `here` and of `beside`, each as a `Result` so the caller
  /// decides which failure wins. When no thread can be started, `beside` runs
  /// after `here` on the calling thread: slower, the same results.
  static func run<A, B>(
    _ here: () throws -> A, beside: () throws -> B
  ) -> (here: Result<A, any Error>, beside: Result<B, any Error>) {
    withoutActuallyEscaping(beside) { beside in
      let job = Job(beside)
      // Detached, waited for by its signal rather than joined: a daemon that
      // abandons a conversion at its stop timeout exits while `here` still
      // runs, and a finished thread nobody joined would be a leak. The signal
      // comes after the thread released its closure, so nothing escapes.
      let besideDone = DetachedThread.start { job.run() }
      let first = Result { try here() }
      if let besideDone {
        besideDone.wait()
      } else {
        job.run()
      }
      return (first, job.result ?? .failure(NotRun()))
    }
  }

  /// The other thread's closure and, once it has run, its result.
  private final class Job<B> {
    let body: () throws -> B
    var result: Result<B, any Error>?

    init(_ body: @escaping () throws -> B) { self.body = body }

    func run() { result = Result { try body() } }
  }

  /// Never seen: a joined job always has a result.
  private struct NotRun: Error {}
}
