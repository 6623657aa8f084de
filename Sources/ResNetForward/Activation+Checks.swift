extension Activation {
  /// Elements in one channel plane.
  var planeSize: Int { height * width }

  /// Throws unless the activation is consistent, in `layout`, non-empty and has `channels`
  /// channels (when given).
  func check(layout: ActivationLayout, channels: Int? = nil, layer: String) throws(ForwardError) {
    guard isConsistent else {
      throw ForwardError(
        .inconsistentActivation,
        "the input of `\(layer)` claims \(self.channels)×\(height)×\(width) but holds "
          + "\(values.count) values")
    }
    guard self.layout == layout else {
      throw ForwardError(
        .layoutMismatch, "the input of `\(layer)` is \(self.layout); this pass runs \(layout)")
    }
    guard height >= 1, width >= 1 else {
      throw ForwardError(.unsupportedSize, "the input of `\(layer)` is \(height)×\(width)")
    }
    if let channels, channels != self.channels {
      throw ForwardError(
        .channelMismatch,
        "`\(layer)` expects \(channels) input channels, the activation has \(self.channels)")
    }
  }

  /// An activation whose values are written by `initialize`, which must set every element.
  static func uninitialized(
    layout: ActivationLayout, channels: Int, height: Int, width: Int,
    _ initialize: (UnsafeMutableBufferPointer<Float>) -> Void
  ) -> Activation {
    let count = channels * height * width
    // Skips the zero fill [Float](repeating:) would do: every output is fully overwritten.
    let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialize(buffer)
      initialized = count
    }
    return Activation(
      layout: layout, channels: channels, height: height, width: width, values: values)
  }
}
