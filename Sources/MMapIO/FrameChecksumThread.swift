internal import CXXHash

#if canImport(Glibc)
  import Glibc
#endif

/// Decoded bytes of one LZ4 frame, in the decoder's output buffer, to be
/// hashed into the frame's XXH32 content checksum.
struct ChecksumSegment {
  /// Where the bytes are in the output buffer.
  var start: Int
  var count: Int
  /// The frame's first bytes: the running hash restarts before them.
  var startsFrame: Bool
  /// Set on the frame's last segment: the checksum to compare with.
  var end: FrameEnd?
}

/// The end of a frame whose content checksum is checked.
struct FrameEnd: Equatable {
  /// The content checksum stored in the file.
  var stored: UInt32
  /// Compressed offset of that checksum field.
  var checksumOffset: Int
  /// Decoded bytes up to the end of the frame.
  var decodedOffset: Int
}

/// A frame whose decoded bytes do not hash to its stored content checksum.
struct ChecksumMismatch {
  var frame: FrameEnd
  var computed: UInt32
}

/// A thread that computes XXH32 content checksums of LZ4 frames while the
/// caller goes on with the bytes it has just decoded.
///
/// liblz4 hashes every decoded byte serially inside `LZ4F_decompress` (about
/// 0.3 ns per byte here, a third of the whole conversion). ``LZ4FrameDecoder``
/// turns that off and hands each chunk's bytes to this thread instead, so the
/// hash runs on the second core while the chunk is parsed, transformed and
/// written. One job at a time: the decoder fills ``segments`` with a chunk's
/// stretches, submits them, and waits for them to be hashed before it
/// overwrites either the segments or the buffer they point into.
///
/// The running hash (an `XXH32_state_t` from libxxhash) belongs to whichever
/// side holds the job: the thread between ``submit(count:base:)`` and the end of
/// ``wait()``, else nobody. Every shared field is read and written under the
/// mutex, which also orders the buffer's bytes written by the decoder before
/// the thread reads them.
final class FrameChecksumThread: @unchecked Sendable {
  // @unchecked: `job`, `mismatch` and `stopping` are guarded by `mutex`; `state`
  // is used only by the side that holds the job (see above).
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private let condition: UnsafeMutablePointer<pthread_cond_t>
  private let state: OpaquePointer
  private var thread = pthread_t()
  private var running = false

  /// Room for ``capacity`` segments, written by the decoder while no job is
  /// outstanding and read by the thread while one is.
  let segments: UnsafeMutablePointer<ChecksumSegment>
  /// Frame ends per job: a chunk of many tiny frames is hashed in batches, so
  /// the list stays small whatever the file.
  static let capacity = 16

  /// Plain values, nothing reference-counted: the thread never frees memory.
  /// A free on this thread would start a malloc arena for it (seen with
  /// strace: a 128 MiB reservation) and keep the freed blocks in this
  /// thread's cache, out of reach of the main heap.
  private struct Job {
    var base: UnsafeRawPointer
    var count: Int
  }
  private var job: Job?
  private var mismatch: ChecksumMismatch?
  private var stopping = false

  /// Starts the thread; `nil` if the system refuses one (the decoder then
  /// leaves the checksums to liblz4).
  init?() {
    guard let created = XXH32_createState() else { return nil }
    state = created
    segments = .allocate(capacity: Self.capacity)
    mutex = .allocate(capacity: 1)
    condition = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
    let status = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<FrameChecksumThread>.fromOpaque(context).takeUnretainedValue().serve()
        return nil
      }, Unmanaged.passUnretained(self).toOpaque())
    guard status == 0 else { return nil }
    running = true
  }

  deinit {
    stop()
    pthread_cond_destroy(condition)
    pthread_mutex_destroy(mutex)
    condition.deallocate()
    mutex.deallocate()
    segments.deallocate()
    XXH32_freeState(state)
  }

  /// Lets the thread finish its job, then ends it. The bytes of a submitted
  /// job must stay valid until this returns.
  func stop() {
    guard running else { return }
    pthread_mutex_lock(mutex)
    stopping = true
    pthread_cond_broadcast(condition)
    pthread_mutex_unlock(mutex)
    pthread_join(thread, nil)
    running = false
  }

  /// Hands the first `count` ``segments`` (offsets from `base`) to the
  /// thread. Neither the segments nor the bytes may change until ``wait()``
  /// returns; at most one job is outstanding.
  func submit(count: Int, base: UnsafeRawPointer) {
    pthread_mutex_lock(mutex)
    assert(job == nil, "one checksum job at a time")
    job = Job(base: base, count: count)
    pthread_cond_broadcast(condition)
    pthread_mutex_unlock(mutex)
  }

  /// Waits until the submitted job (if any) is hashed; returns the first frame
  /// whose checksum does not match, if any.
  func wait() -> ChecksumMismatch? {
    pthread_mutex_lock(mutex)
    while job != nil { pthread_cond_wait(condition, mutex) }
    let result = mismatch
    mismatch = nil
    pthread_mutex_unlock(mutex)
    return result
  }

  /// The thread's loop: one job at a time until stopped.
  private func serve() {
    pthread_mutex_lock(mutex)
    while true {
      while job == nil && !stopping { pthread_cond_wait(condition, mutex) }
      // A job submitted before stop() is still finished: its caller may wait.
      guard let current = job else { break }
      pthread_mutex_unlock(mutex)
      let result = hash(current)
      pthread_mutex_lock(mutex)
      mismatch = result
      job = nil
      pthread_cond_broadcast(condition)
    }
    pthread_mutex_unlock(mutex)
  }

  private func hash(_ job: Job) -> ChecksumMismatch? {
    for segment in UnsafeBufferPointer(start: segments, count: job.count) {
      if segment.startsFrame { _ = XXH32_reset(state, 0) }
      if segment.count > 0 { _ = XXH32_update(state, job.base + segment.start, segment.count) }
      if let end = segment.end {
        let computed = XXH32_digest(state)
        if computed != end.stored { return ChecksumMismatch(frame: end, computed: computed) }
      }
    }
    return nil
  }
}
