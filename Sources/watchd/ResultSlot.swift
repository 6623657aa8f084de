import Synchronization

/// A value written by one thread and read after it joined, e.g. the result of
/// the hash computed on a second thread while the conversion runs.
final class ResultSlot<Value: Sendable>: Sendable {
  private let storage = Mutex<Value?>(nil)

  var value: Value? {
    get { storage.withLock { $0 } }
    set { storage.withLock { $0 = newValue } }
  }
}
