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
    _ initialize: (UnsafeMutableBufferPointer<Float>) throws -> Void
  ) rethrows -> Activation {
    let count = channels * height * width
    // Skips the zero fill [Float](repeating:) would do: every output is fully overwritten.
    let values = try [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      try initialize(buffer)
      initialized = count
    }
    return Activation(
      layout: layout, channels: channels, height: height, width: width, values: values)
  }

  /// Throws unless `residual`, when given, can be added to an output of `layout` with
  /// `channels` channels and `size`, the output of layer `name`.
  static func checkResidual(
    _ residual: Activation?, layout: ActivationLayout, channels: Int,
    size: (height: Int, width: Int), name: String
  ) throws(ForwardError) {
    try residual?.check(layout: layout, channels: channels, layer: name + " residual")
    if let residual, residual.height != size.height || residual.width != size.width {
      throw ForwardError(
        .unsupportedSize,
        "the shortcut of `\(name)` is \(residual.height)×\(residual.width), the body "
          + "\(size.height)×\(size.width)")
    }
  }

  /// A layer's output of `layout`, `channels` × `size`, written by `body` from pointers to the
  /// output, to `input`'s values and to `residual`'s (`nil` without one).
  static func computed(
    layout: ActivationLayout, channels: Int, size: (height: Int, width: Int),
    from input: Activation,
    residual: Activation?,
    _ body: (
      _ output: UnsafeMutablePointer<Float>, _ input: UnsafePointer<Float>,
      _ residual: UnsafePointer<Float>?
    ) throws -> Void
  ) rethrows -> Activation {
    try uninitialized(layout: layout, channels: channels, height: size.height, width: size.width) {
      out in
      try input.values.withUnsafeBufferPointer { src in
        try residual.withValuePointer { res in
          guard let src = src.baseAddress, let out = out.baseAddress else { return }
          try body(out, src, res)
        }
      }
    }
  }
}
