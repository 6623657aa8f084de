/// Supplies float32 weights by structural name (e.g. `layer1.0.conv1.weight`,
/// `bn1.running_var`, `fc.bias`).
///
/// Layout follows the pass that asks: convolution kernels come OIHW to an `.nchw` pass and HWIO
/// to an `.nhwc` pass; `fc.weight` comes (out, in) to `.nchw` and (in, out) to `.nhwc`; vectors
/// as they are. The provider may map pages lazily and release them when `body` returns, so a
/// pass never keeps the pointer beyond `body`.
public protocol WeightProvider {
  /// Calls `body` with the values of the tensor `structuralName` and returns what it returns.
  ///
  /// - Throws: whatever the provider throws for an unknown or unreadable tensor, or what
  ///   `body` throws.
  func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R
}
