/// `slim.avg_pool2d(padding='SAME')` on `[H][W][C]`, as the slim graph's avg-down shortcut
/// uses it (`kernel = stride = s`).
///
/// TensorFlow's rules: the output size is `⌈H/s⌉`; the total padding
/// `max((out − 1)·s + k − H, 0)` is split with the smaller half first; padded positions are
/// left out of both the sum and the divisor.
enum TFAveragePool {
  /// Average-pools `input` (`.nhwc`) with SAME padding.
  static func same(
    _ input: Activation, kernel: Int, stride: Int, name: String = "avg_pool"
  ) throws(ForwardError) -> Activation {
    try input.check(layout: .nhwc, layer: name)
    guard kernel >= 1, stride >= 1 else {
      throw ForwardError(
        .invalidArchitecture, "pool `\(name)` has kernel \(kernel) and stride \(stride)")
    }
    let outHeight = (input.height + stride - 1) / stride
    let outWidth = (input.width + stride - 1) / stride
    let padTop = max((outHeight - 1) * stride + kernel - input.height, 0) / 2
    let padLeft = max((outWidth - 1) * stride + kernel - input.width, 0) / 2
    let c = input.channels
    return Activation.uninitialized(
      layout: .nhwc, channels: c, height: outHeight, width: outWidth
    ) { out in
      input.values.withUnsafeBufferPointer { src in
        for oy in 0..<outHeight {
          let y0 = oy * stride - padTop
          let rows = max(y0, 0)..<max(min(y0 + kernel, input.height), max(y0, 0))
          for ox in 0..<outWidth {
            let x0 = ox * stride - padLeft
            let columns = max(x0, 0)..<max(min(x0 + kernel, input.width), max(x0, 0))
            let target = (oy * outWidth + ox) * c
            for ch in 0..<c { out[target + ch] = 0 }
            for y in rows {
              for x in columns {
                // Channel-contiguous accumulation (vectorises across C).
                let pixel = (y * input.width + x) * c
                for ch in 0..<c { out[target + ch] += src[pixel + ch] }
              }
            }
            let count = Float(rows.count * columns.count)
            // SAME windows always hold at least one input element, so count ≥ 1.
            for ch in 0..<c { out[target + ch] /= max(count, 1) }
          }
        }
      }
    }
  }

  /// Zero-pads `input` (`.nhwc`) by `pool.padding`, then average-pools it VALID: the slim form
  /// of MXNet's `AvgPool2D` with padding counted (`count_include_pad=True`, floor mode), as
  /// ResNeSt's `avd` layer uses it. Every window holds `kernel²` elements, zeros included.
  static func validAfterZeroPad(
    _ input: Activation, _ pool: PoolGeometry, name: String = "avg_pool"
  ) throws(ForwardError) -> Activation {
    try input.check(layout: .nhwc, layer: name)
    try pool.validate(height: input.height, width: input.width, name: name)
    let padded = TFPad.zeroPadded(input, padding: pool.padding)
    let kernel = pool.kernel
    let stride = pool.stride
    let outHeight = (padded.height - kernel) / stride + 1
    let outWidth = (padded.width - kernel) / stride + 1
    let c = padded.channels
    let area = Float(kernel * kernel)
    return Activation.uninitialized(
      layout: .nhwc, channels: c, height: outHeight, width: outWidth
    ) { out in
      padded.values.withUnsafeBufferPointer { src in
        for oy in 0..<outHeight {
          for ox in 0..<outWidth {
            let target = (oy * outWidth + ox) * c
            for ch in 0..<c { out[target + ch] = 0 }
            for ky in 0..<kernel {
              for kx in 0..<kernel {
                let pixel = ((oy * stride + ky) * padded.width + ox * stride + kx) * c
                for ch in 0..<c { out[target + ch] += src[pixel + ch] }
              }
            }
            for ch in 0..<c { out[target + ch] /= area }
          }
        }
      }
    }
  }
}
