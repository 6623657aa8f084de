/// The mean of every channel over all pixels: MXNet's global `AvgPool2D` + flatten on `[C][H][W]`
/// and the slim graph's `reduce_mean(axis=[1, 2])` on `[H][W][C]`.
enum GlobalAveragePool {
  /// One mean per channel, in channel order.
  static func apply(_ input: Activation) -> [Float] {
    let c = input.channels
    let pixels = input.planeSize
    var sums = [Double](repeating: 0, count: c)
    input.values.withUnsafeBufferPointer { src in
      // Accumulated in Double: a pixel count in the thousands (large inputs) would otherwise
      // add a size-dependent rounding term to the comparison between the two layouts.
      switch input.layout {
      case .nchw:
        for ch in 0..<c {
          var sum: Double = 0
          for p in 0..<pixels { sum += Double(src[ch * pixels + p]) }
          sums[ch] = sum
        }
      case .nhwc:
        for p in 0..<pixels {
          for ch in 0..<c { sums[ch] += Double(src[p * c + ch]) }
        }
      }
    }
    return sums.map { Float($0 / Double(max(pixels, 1))) }
  }
}
