import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A POSIX thread running one closure. The loop and the conversions block in
/// system calls for long stretches, which must not happen on the Swift
/// concurrency pool or on libdispatch's (on Linux both have as many threads
/// as cores, and a blocked thread starves them). The corresponding C
/// functions are `pthread_create`, `pthread_join` and `pthread_detach`.
final class OSThread {
  private let thread: pthread_t
  private var joined = false

  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  /// Starts `body` on a new thread.
  init(_ body: @escaping @Sendable () -> Void) throws(DaemonError) {
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    let result = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        let body = Unmanaged<Body>.fromOpaque(context).takeRetainedValue()
        body.run()
        return nil
      }, context)
    guard result == 0 else {
      Unmanaged<Body>.fromOpaque(context).release()
      throw DaemonError.systemCall("pthread_create", errno: Errno(rawValue: result))
    }
    self.thread = thread
  }

  /// Waits for the thread to finish.
  func join() {
    guard !joined else { return }
    joined = true
    pthread_join(thread, nil)
  }

  /// Starts `body` on a thread nobody joins.
  static func detach(_ body: @escaping @Sendable () -> Void) throws(DaemonError) {
    let thread = try OSThread(body)
    thread.joined = true
    pthread_detach(thread.thread)
  }

  deinit {
    if !joined { pthread_detach(thread) }
  }
}
