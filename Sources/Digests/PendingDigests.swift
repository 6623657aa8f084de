import Synchronization
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// File digests computed on a POSIX thread of their own while the caller
/// converts or verifies the same file: the hash costs no wall time as long
/// as a core is free. A thread rather than a task: the read blocks in
/// `pread`, which must not happen on the concurrency pool.
///
/// The thread is detached, and ``wait()`` (or the end of the value) waits
/// for its result, so it never outlives a descriptor the caller closes after
/// that. Detached rather than joined: a daemon that abandons a conversion at
/// its stop timeout exits without ever waiting, and a finished thread that
/// nobody joined is a leak (ThreadSanitizer reports it, and exits non-zero).
public final class PendingDigests: Sendable {
  /// Where the thread leaves its result, and the semaphore it posts once
  /// the result is there. The thread holds this, not the ``PendingDigests``,
  /// so the semaphore lives until both sides are done with it.
  private final class Slot: @unchecked Sendable {
    let result = Mutex<Result<FileDigests, DigestError>?>(nil)
    /// Posted once, by the thread, after `result` is set. `sem_t` is safe
    /// to share between threads; its storage never moves.
    let done: UnsafeMutablePointer<sem_t>

    init() {
      done = .allocate(capacity: 1)
      sem_init(done, 0, 0)
    }

    func finish(_ value: Result<FileDigests, DigestError>) {
      result.withLock { $0 = value }
      sem_post(done)
    }

    /// Blocks until ``finish(_:)`` ran; retries when a signal interrupts.
    func waitUntilFinished() {
      while sem_wait(done) != 0 && errno == EINTR {}
    }

    deinit {
      sem_destroy(done)
      done.deallocate()
    }
  }

  /// The closure the thread runs, passed through `pthread_create`'s context.
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  private let slot = Slot()
  /// Whether the semaphore was already consumed by a wait.
  private let waited = Mutex(false)

  /// Starts `work` on a new thread; runs it right here when no thread can
  /// be created.
  init(_ work: @escaping @Sendable () throws(DigestError) -> FileDigests) {
    let slot = self.slot
    let body = Body {
      slot.finish(Result { () throws(DigestError) in try work() })
    }
    let context = Unmanaged.passRetained(body).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    var created = pthread_t()
    let status = pthread_create(
      &created, &attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
        return nil
      }, context)
    pthread_attr_destroy(&attributes)
    if status != 0 {
      Unmanaged<Body>.fromOpaque(context).release()
      body.run()
    }
  }

  /// Hashes the open file `descriptor` on a thread (``FileDigests/of(_:_:path:)``).
  /// The caller keeps `descriptor` open until ``wait()`` returns or this ends.
  public static func start(
    _ descriptor: FileDescriptor, _ algorithms: Set<Digest.Algorithm>, path: FilePath? = nil
  ) -> PendingDigests {
    PendingDigests { () throws(DigestError) in
      try FileDigests.of(descriptor, algorithms, path: path)
    }
  }

  /// Opens `path` and hashes it on a thread (``FileDigests/of(file:_:)``).
  public static func start(file path: FilePath, _ algorithms: Set<Digest.Algorithm>)
    -> PendingDigests
  {
    PendingDigests { () throws(DigestError) in try FileDigests.of(file: path, algorithms) }
  }

  /// Waits for the thread and returns the digests or why there are none.
  public func wait() -> Result<FileDigests, DigestError> {
    waitOnce()
    return slot.result.withLock { $0 }
      ?? .failure(DigestError("the digest thread left no result"))
  }

  /// Consumes the semaphore's single post the first time. The lock is held
  /// while waiting, so a second waiter blocks until the result is there
  /// instead of finding none.
  private func waitOnce() {
    waited.withLock { waited in
      if !waited { slot.waitUntilFinished() }
      waited = true
    }
  }

  deinit { waitOnce() }
}
