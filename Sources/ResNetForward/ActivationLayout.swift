/// The memory order of a batch-1 activation.
public enum ActivationLayout: Sendable, Hashable {
  /// `[C][H][W]`: MXNet's order (the source side of a conversion).
  case nchw
  /// `[H][W][C]`: TensorFlow's order (the checkpoint side of a conversion).
  case nhwc
}
