#if canImport(Glibc)
  import Glibc
#endif

/// A one-shot signal that a piece of work on another thread has finished: the
/// worker calls ``signal()`` once, and ``wait()`` returns after that. A POSIX
/// semaphore (`sem_init`, `sem_post`, `sem_wait`), so waiting blocks the
/// calling thread, never a task.
public final class CompletionSignal: @unchecked Sendable {
  // @unchecked: the semaphore is the synchronisation; its storage is
  // allocated once and never moves, as `sem_t` requires.
  private let semaphore: UnsafeMutablePointer<sem_t>

  /// A signal not raised yet.
  public init() {
    semaphore = .allocate(capacity: 1)
    sem_init(semaphore, 0, 0)
  }

  /// Raises the signal; call it once.
  public func signal() { sem_post(semaphore) }

  /// Blocks until ``signal()`` was called, across interrupting signals.
  /// Call it once: the signal is consumed.
  public func wait() {
    while sem_wait(semaphore) != 0 && errno == EINTR {}
  }

  deinit {
    sem_destroy(semaphore)
    semaphore.deallocate()
  }
}
