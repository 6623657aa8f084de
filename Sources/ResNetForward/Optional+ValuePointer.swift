extension Optional where Wrapped == Activation {
  /// Calls `body` with a pointer to the activation's values, or `nil` when there is none.
  func withValuePointer<R>(_ body: (UnsafePointer<Float>?) -> R) -> R {
    switch self {
    case .some(let activation): activation.values.withUnsafeBufferPointer { body($0.baseAddress) }
    case .none: body(nil)
    }
  }
}
