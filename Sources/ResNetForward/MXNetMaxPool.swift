/// MXNet `MaxPool2D` (`ceil_mode=False`) on `[C][H][W]`: floor output size; padding acts as −∞,
/// i.e. each window is clipped to the input.
enum MXNetMaxPool {
  /// Max-pools `input` (`.nchw`).
  static func apply(
    _ input: Activation, _ pool: PoolGeometry, name: String = "max_pool"
  ) throws(ForwardError) -> Activation {
    try input.check(layout: .nchw, layer: name)
    try pool.validate(height: input.height, width: input.width, name: name)
    let outHeight = pool.outputSize(input.height)
    let outWidth = pool.outputSize(input.width)
    return Activation.uninitialized(
      layout: .nchw, channels: input.channels, height: outHeight, width: outWidth
    ) { out in
      input.values.withUnsafeBufferPointer { src in
        var index = 0
        for c in 0..<input.channels {
          let plane = c * input.planeSize
          for oy in 0..<outHeight {
            let y0 = oy * pool.stride - pool.padding
            let rows = max(y0, 0)..<min(y0 + pool.kernel, input.height)
            for ox in 0..<outWidth {
              let x0 = ox * pool.stride - pool.padding
              let columns = max(x0, 0)..<min(x0 + pool.kernel, input.width)
              var best = -Float.infinity
              for y in rows {
                for x in columns { best = max(best, src[plane + y * input.width + x]) }
              }
              out[index] = best
              index += 1
            }
          }
        }
      }
    }
  }
}
