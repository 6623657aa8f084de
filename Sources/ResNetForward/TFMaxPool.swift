/// `slim.max_pool2d(padding='VALID')` on `[H][W][C]`. The slim graph feeds it a zero-padded
/// input (`TFPad`), which equals MXNet's −∞ padding only because that input is post-ReLU.
enum TFMaxPool {
  /// Zero-pads `input` (`.nhwc`) by `pool.padding`, then max-pools it VALID.
  static func applyAfterZeroPad(
    _ input: Activation, _ pool: PoolGeometry, name: String = "max_pool"
  ) throws(ForwardError) -> Activation {
    try input.check(layout: .nhwc, layer: name)
    try pool.validate(height: input.height, width: input.width, name: name)
    return valid(
      TFPad.zeroPadded(input, padding: pool.padding), kernel: pool.kernel, stride: pool.stride)
  }

  /// The VALID max pool of `input` (`.nhwc`, already at least `kernel` in both directions).
  static func valid(_ input: Activation, kernel: Int, stride: Int) -> Activation {
    let outHeight = (input.height - kernel) / stride + 1
    let outWidth = (input.width - kernel) / stride + 1
    let c = input.channels
    return Activation.uninitialized(
      layout: .nhwc, channels: c, height: outHeight, width: outWidth
    ) { out in
      input.values.withUnsafeBufferPointer { src in
        for oy in 0..<outHeight {
          for ox in 0..<outWidth {
            let target = (oy * outWidth + ox) * c
            // Start from the window's first pixel, then fold the others in channel-wise:
            // contiguous over C, which vectorises.
            let first = (oy * stride * input.width + ox * stride) * c
            for ch in 0..<c { out[target + ch] = src[first + ch] }
            for ky in 0..<kernel {
              for kx in 0..<kernel {
                let pixel = ((oy * stride + ky) * input.width + ox * stride + kx) * c
                for ch in 0..<c { out[target + ch] = max(out[target + ch], src[pixel + ch]) }
              }
            }
          }
        }
      }
    }
  }
}
