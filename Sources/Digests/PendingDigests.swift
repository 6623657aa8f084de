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
/// The thread is joined by ``wait()``, or when the value ends, so it never
/// outlives a descriptor the caller closes after that.
public final class PendingDigests: Sendable {
  /// Where the thread leaves its result.
  private final class Slot: Sendable {
    let result = Mutex<Result<FileDigests, DigestError>?>(nil)
  }

  /// The closure the thread runs, passed through `pthread_create`'s context.
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  private let slot = Slot()
  /// The running thread; `nil` once joined (or when it never started and
  /// the digests were computed at once).
  private let thread = Mutex<pthread_t?>(nil)

  /// Starts `work` on a new thread; runs it right here when no thread can
  /// be created.
  init(_ work: @escaping @Sendable () throws(DigestError) -> FileDigests) {
    let slot = self.slot
    let body = Body {
      let result = Result { () throws(DigestError) in try work() }
      slot.result.withLock { $0 = result }
    }
    let context = Unmanaged.passRetained(body).toOpaque()
    var created = pthread_t()
    let status = pthread_create(
      &created, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
        return nil
      }, context)
    if status == 0 {
      thread.withLock { $0 = created }
    } else {
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
    join()
    return slot.result.withLock { $0 }
      ?? .failure(DigestError("the digest thread left no result"))
  }

  private func join() {
    guard
      let running = thread.withLock({ running in
        defer { running = nil }
        return running
      })
    else { return }
    pthread_join(running, nil)
  }

  deinit { join() }
}
