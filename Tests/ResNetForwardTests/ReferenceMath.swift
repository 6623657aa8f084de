import ResNet
@testable import ResNetForward

/// Straightforward references the optimised kernels are checked against.
enum ReferenceMath {
  /// Direct NCHW convolution (OIHW kernel, symmetric zero padding, floor output size, groups),
  /// accumulated in Double. Returns the output and its height and width.
  static func convolution(
    input: [Float], channels: Int, height: Int, width: Int, weights: [Float],
    outputChannels: Int, kernel: Int, stride: Int, padding: Int, groups: Int = 1
  ) -> (values: [Float], height: Int, width: Int) {
    let oh = (height + 2 * padding - kernel) / stride + 1
    let ow = (width + 2 * padding - kernel) / stride + 1
    let cg = channels / groups
    let og = outputChannels / groups
    var out = [Float](repeating: 0, count: outputChannels * oh * ow)
    for o in 0..<outputChannels {
      let group = o / og
      for y in 0..<oh {
        for x in 0..<ow {
          var sum: Double = 0
          for ci in 0..<cg {
            let c = group * cg + ci
            for ky in 0..<kernel {
              for kx in 0..<kernel {
                let iy = y * stride - padding + ky
                let ix = x * stride - padding + kx
                guard iy >= 0, iy < height, ix >= 0, ix < width else { continue }
                let w = weights[((o * cg + ci) * kernel + ky) * kernel + kx]
                sum += Double(w) * Double(input[(c * height + iy) * width + ix])
              }
            }
          }
          out[(o * oh + y) * ow + x] = Float(sum)
        }
      }
    }
    return (out, oh, ow)
  }

  /// OIHW → HWIO: `dst[h][w][i][o] = src[o][i][h][w]`.
  ///
  /// Loops over raw buffers: test code builds at -Onone, where array subscripts and `zip`
  /// cost several times more on the tens of millions of weights the network tests move.
  static func hwio(_ oihw: [Float], shape: [Int]) -> [Float] {
    let (o, i, kh, kw) = (shape[0], shape[1], shape[2], shape[3])
    let spatial = kh * kw
    return [Float](unsafeUninitializedCapacity: oihw.count) { dst, initialized in
      oihw.withUnsafeBufferPointer { src in
        var s = 0
        for a in 0..<o {
          for b in 0..<i {
            var d = b * o + a
            for _ in 0..<spatial {
              dst[d] = src[s]
              s += 1
              d += i * o
            }
          }
        }
      }
      initialized = oihw.count
    }
  }

  /// (rows, columns) → (columns, rows).
  static func transposed(_ matrix: [Float], rows: Int, columns: Int) -> [Float] {
    [Float](unsafeUninitializedCapacity: matrix.count) { dst, initialized in
      matrix.withUnsafeBufferPointer { src in
        var s = 0
        for r in 0..<rows {
          var d = r
          for _ in 0..<columns {
            dst[d] = src[s]
            s += 1
            d += rows
          }
        }
      }
      initialized = matrix.count
    }
  }

  /// ‖a − b‖ / ‖b‖ in Double (∞ for different counts).
  static func relativeL2(_ a: [Float], _ b: [Float]) -> Double {
    guard a.count == b.count else { return .infinity }
    var difference: Double = 0
    var norm: Double = 0
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        var k = 0
        while k < a.count {
          let x = Double(a[k])
          let y = Double(b[k])
          difference += (x - y) * (x - y)
          norm += y * y
          k += 1
        }
      }
    }
    return (difference / max(norm, .leastNormalMagnitude)).squareRoot()
  }

  /// The largest |a − b| (∞ for different counts).
  static func maxAbsDifference(_ a: [Float], _ b: [Float]) -> Float {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
  }

  /// An identity epilogue for `channels` outputs (scale 1, shift 0, no ReLU).
  static func identity(_ channels: Int) -> ChannelEpilogue {
    ChannelEpilogue(
      scale: [Float](repeating: 1, count: channels), shift: [Float](repeating: 0, count: channels),
      relu: false)
  }
}
