/// MXNet `AvgPool2D` on `[C][H][W]`, as GluonCV's avg-down shortcut uses it
/// (`pool_size = strides = s, ceil_mode=True, count_include_pad=False`).
///
/// MXNet's rules (`pool.h`): the output size is `1 + ⌈(H + 2p − k)/s⌉` in ceil mode (else ⌊⌋);
/// a window spans `[o·s − p, min(o·s − p + k, H + p))`; its divisor is that span's area, or,
/// without `count_include_pad`, the area of the span clipped to the input.
enum MXNetAveragePool {
  /// Average-pools `input` (`.nchw`).
  static func apply(
    _ input: Activation, _ pool: PoolGeometry, ceilMode: Bool, countIncludePad: Bool,
    name: String = "avg_pool"
  ) throws(ForwardError) -> Activation {
    try input.check(layout: .nchw, layer: name)
    try pool.validate(height: input.height, width: input.width, name: name)
    let outHeight = pool.outputSize(input.height, ceilMode: ceilMode)
    let outWidth = pool.outputSize(input.width, ceilMode: ceilMode)
    return Activation.uninitialized(
      layout: .nchw, channels: input.channels, height: outHeight, width: outWidth
    ) { out in
      input.values.withUnsafeBufferPointer { src in
        var index = 0
        for c in 0..<input.channels {
          let plane = c * input.planeSize
          for oy in 0..<outHeight {
            let y0 = oy * pool.stride - pool.padding
            let y1 = min(y0 + pool.kernel, input.height + pool.padding)
            let rows = max(y0, 0)..<max(min(y1, input.height), max(y0, 0))
            for ox in 0..<outWidth {
              let x0 = ox * pool.stride - pool.padding
              let x1 = min(x0 + pool.kernel, input.width + pool.padding)
              let columns = max(x0, 0)..<max(min(x1, input.width), max(x0, 0))
              let area =
                countIncludePad ? (y1 - y0) * (x1 - x0) : rows.count * columns.count
              var sum: Float = 0
              for y in rows {
                for x in columns { sum += src[plane + y * input.width + x] }
              }
              // An all-padding window (only possible with padding in ceil mode) has area 0.
              out[index] = area > 0 ? sum / Float(area) : 0
              index += 1
            }
          }
        }
      }
    }
  }
}
