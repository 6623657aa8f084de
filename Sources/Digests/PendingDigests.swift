import Synchronization
public import SystemPackage
import Threads

/// File digests computed on a POSIX thread of their own while the caller
/// converts or verifies the same file: the hash costs no wall time as long
/// as a core is free. A thread rather than a task: the read blocks in
/// `pread`, which must not happen on the concurrency pool.
///
/// The thread is a ``DetachedThread``: ``wait()`` (or the end of the value)
/// waits for its signal, so it never outlives a descriptor the caller closes
/// after that, and a process that exits without waiting leaks no thread.
public final class PendingDigests: Sendable {
  /// Where the thread leaves its result.
  private final class Slot: Sendable {
    let result = Mutex<Result<FileDigests, DigestError>?>(nil)
  }

  private let slot = Slot()
  /// The thread's signal until a wait consumed it; `nil` then, or when the
  /// digests were computed at once because no thread could be started.
  private let running: Mutex<CompletionSignal?>

  /// Starts `work` on a new thread; runs it right here when no thread can
  /// be created.
  init(_ work: @escaping @Sendable () throws(DigestError) -> FileDigests) {
    let slot = self.slot
    let body: @Sendable () -> Void = {
      let result = Result { () throws(DigestError) in try work() }
      slot.result.withLock { $0 = result }
    }
    let signal = DetachedThread.start(body)
    if signal == nil { body() }
    running = Mutex(signal)
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

  /// Waits for the thread's signal the first time. The lock is held while
  /// waiting, so a second waiter blocks until the result is there instead of
  /// finding none.
  private func waitOnce() {
    running.withLock { running in
      running?.wait()
      running = nil
    }
  }

  deinit { waitOnce() }
}
