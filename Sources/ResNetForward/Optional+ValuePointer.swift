extension Optional where Wrapped == Activation {
  /// Calls `body` with a pointer to the activation's values, or `nil` when there is none.
  func withValuePointer<R>(_ body: (UnsafePointer<Float>?) throws -> R) rethrows -> R {
    switch self {
    case .some(let activation):
      try activation.values.withUnsafeBufferPointer { try body($0.baseAddress) }
    case .none: try body(nil)
    }
  }
}
