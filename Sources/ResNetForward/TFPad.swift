/// `tf.pad(x, [[0,0],[p,p],[p,p],[0,0]])` with zeros on an `[H][W][C]` activation: the explicit
/// padding the slim graph puts before every VALID convolution and max pool.
enum TFPad {
  /// `input` with `padding` zero rows and columns on every side (`input` itself for 0).
  static func zeroPadded(_ input: Activation, padding: Int) -> Activation {
    guard padding > 0 else { return input }
    let c = input.channels
    let paddedWidth = input.width + 2 * padding
    let rowLength = input.width * c
    return Activation.uninitialized(
      layout: .nhwc, channels: c, height: input.height + 2 * padding, width: paddedWidth
    ) { out in
      guard let out = out.baseAddress else { return }
      out.update(repeating: 0, count: padding * paddedWidth * c)
      input.values.withUnsafeBufferPointer { src in
        guard let src = src.baseAddress else { return }
        var dst = out + padding * paddedWidth * c
        for y in 0..<input.height {
          // A padded row is [p·C zeros][W·C copied][p·C zeros]: both spans are contiguous.
          dst.update(repeating: 0, count: padding * c)
          (dst + padding * c).update(from: src + y * rowLength, count: rowLength)
          (dst + padding * c + rowLength).update(repeating: 0, count: padding * c)
          dst += paddedWidth * c
        }
        dst.update(repeating: 0, count: padding * paddedWidth * c)
      }
    }
  }
}
