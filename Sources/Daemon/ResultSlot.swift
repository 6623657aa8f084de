import Synchronization

/// A value written by one thread and read after it joined, e.g. the result of
/// one iteration of `DispatchQueue.concurrentPerform`.
final class ResultSlot<Value: Sendable>: Sendable {
  private let storage = Mutex<Value?>(nil)

  var value: Value? {
    get { storage.withLock { $0 } }
    set { storage.withLock { $0 = newValue } }
  }
}
