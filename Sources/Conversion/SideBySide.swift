#if canImport(Glibc)
  import Glibc
#endif

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
/// while `here` runs, and its captures are touched again only after the join,
/// which orders all its writes before the caller's reads.
enum SideBySide {
  /// The results of `here` and of `beside`, each as a `Result` so the caller
  /// decides which failure wins. When no thread can be started, `beside` runs
  /// after `here` on the calling thread: slower, the same results.
  static func run<A, B>(
    _ here: () throws -> A, beside: () throws -> B
  ) -> (here: Result<A, any Error>, beside: Result<B, any Error>) {
    withoutActuallyEscaping(beside) { beside in
      let job = Job(beside)
      // The thread's entry point is a C function, which cannot name `B`: it
      // calls a closure that can.
      let context = Unmanaged.passRetained(Work { job.run() }).toOpaque()
      var thread = pthread_t()
      let started =
        pthread_create(
          &thread, nil,
          { context in
            guard let context else { return nil }
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().run()
            return nil
          }, context) == 0
      if !started {
        Unmanaged<Work>.fromOpaque(context).release()
      }
      let first = Result { try here() }
      if started {
        pthread_join(thread, nil)
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

  /// What the thread runs.
  private final class Work {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  /// Never seen: a joined job always has a result.
  private struct NotRun: Error {}
}
