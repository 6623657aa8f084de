#if canImport(Glibc)
  import Glibc
#endif

/// Starts work on a POSIX thread that nobody joins, and says when it is done.
///
/// Why detached: a process may exit while a caller still waits for other
/// work (the daemon abandons conversions at its stop timeout). A finished
/// thread that nobody joined is then a leak, and ThreadSanitizer fails the
/// process for it. A detached thread leaves nothing behind; the caller waits
/// for its ``CompletionSignal`` instead of joining it.
///
/// Why a thread at all: the work is long arithmetic or blocking reads, which
/// must not occupy the Swift concurrency pool or libdispatch's (on Linux both
/// have as many threads as cores).
public enum DetachedThread {
  /// Runs `body` on a new detached thread. Returns the signal raised once
  /// `body` has returned and everything it captured has been released (so a
  /// caller inside `withoutActuallyEscaping` may return right after waiting),
  /// or `nil` when no thread could be started; `body` has then not run.
  ///
  /// `body` runs on another thread: whatever it captures must not be touched
  /// by the caller until the signal is raised.
  public static func start(_ body: @escaping () -> Void) -> CompletionSignal? {
    let done = CompletionSignal()
    let context = Unmanaged.passRetained(Work(body, done)).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    var thread = pthread_t()
    let status = pthread_create(
      &thread, &attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<Work>.fromOpaque(context).takeRetainedValue().runThenSignal()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Work>.fromOpaque(context).release()
      return nil
    }
    return done
  }

  /// The closure and its signal, passed through `pthread_create`'s context.
  private final class Work {
    private var body: (() -> Void)?
    private let done: CompletionSignal

    init(_ body: @escaping () -> Void, _ done: CompletionSignal) {
      self.body = body
      self.done = done
    }

    /// Runs the body, drops it (and its captures), then signals.
    func runThenSignal() {
      body?()
      body = nil
      done.signal()
    }
  }
}
