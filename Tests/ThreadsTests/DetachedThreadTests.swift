import Synchronization
import Testing
import Threads

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Detached threads and completion signals")
struct DetachedThreadTests {
  /// A flag one thread sets and another reads.
  final class Flag: Sendable {
    private let raised = Atomic(false)
    func raise() { raised.store(true, ordering: .sequentiallyConsistent) }
    var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }
  }

  /// Raises its flag when released, as the captures of a thread's body are.
  final class Capture: Sendable {
    let released: Flag
    let value = Mutex(0)
    init(_ released: Flag) { self.released = released }
    deinit { released.raise() }
  }

  @Test func theBodyRunsOnAnotherThreadAndItsWritesAreSeenAfterTheSignal() throws {
    let ran = Mutex<(value: Int, thread: pthread_t?)>((0, nil))
    let started = DetachedThread.start { ran.withLock { $0 = (42, pthread_self()) } }
    try #require(started != nil)
    started?.wait()
    let (value, thread) = ran.withLock { $0 }
    #expect(value == 42)
    let other = try #require(thread)
    #expect(pthread_equal(other, pthread_self()) == 0)
  }

  /// What makes `withoutActuallyEscaping` safe around a detached thread: by
  /// the time the signal is raised, the thread holds nothing of the body.
  @Test func theBodysCapturesAreReleasedBeforeTheSignal() throws {
    for _ in 0..<200 {
      let released = Flag()
      var capture: Capture? = Capture(released)
      let started = DetachedThread.start { [capture] in capture?.value.withLock { $0 += 1 } }
      try #require(started != nil)
      capture = nil
      started?.wait()
      #expect(released.isRaised)
    }
  }

  @Test func aSignalRaisedBeforeTheWaitIsNotLost() {
    let signal = CompletionSignal()
    signal.signal()
    signal.wait()
  }
}
