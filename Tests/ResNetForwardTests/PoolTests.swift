import Testing

import ResNet
@testable import ResNetForward

@Suite("Pools, padding and the head")
struct PoolTests {
  /// One channel holding 0, 1, 2, … in NCHW order.
  func ramp(height: Int, width: Int, channels: Int = 1) -> Activation {
    Activation(
      layout: .nchw, channels: channels, height: height, width: width,
      values: (0..<(channels * height * width)).map(Float.init))
  }

  @Test("MXNet ceil-mode avg pool on 7×7: 4×4, clipped windows average valid elements only")
  func mxnetAverageOdd() throws {
    let out = try MXNetAveragePool.apply(
      ramp(height: 7, width: 7), PoolGeometry(kernel: 2, stride: 2), ceilMode: true,
      countIncludePad: false)
    #expect(out.height == 4 && out.width == 4)
    #expect(out.values[0] == 4)  // (0 + 1 + 7 + 8) / 4
    #expect(out.values[3] == 9.5)  // (6 + 13) / 2: the column beyond the input is not counted
    #expect(out.values[12] == 42.5)  // (42 + 43) / 2
    #expect(out.values[15] == 48)  // the corner alone
    let tf = try TFAveragePool.same(
      ramp(height: 7, width: 7).converted(to: .nhwc), kernel: 2, stride: 2)
    #expect(tf.height == 4 && tf.width == 4)
    #expect(tf.values == out.values)
  }

  @Test("MXNet floor-mode avg pool and count_include_pad follow MXNet's divisor rule")
  func mxnetAverageVariants() throws {
    let floor = try MXNetAveragePool.apply(
      ramp(height: 7, width: 7), PoolGeometry(kernel: 2, stride: 2), ceilMode: false,
      countIncludePad: false)
    #expect(floor.height == 3 && floor.width == 3)
    #expect(floor.values[2] == 8)  // (4 + 5 + 11 + 12) / 4
    // 3×3/1 pad 1 on a 2×2 ramp [0 1; 2 3]: corner windows hold 4 valid of 9 positions.
    let padded = try MXNetAveragePool.apply(
      ramp(height: 2, width: 2), PoolGeometry(kernel: 3, stride: 1, padding: 1), ceilMode: false,
      countIncludePad: true)
    let ninth: Float = 6 / 9
    #expect(padded.values == [ninth, ninth, ninth, ninth])
    let excluded = try MXNetAveragePool.apply(
      ramp(height: 2, width: 2), PoolGeometry(kernel: 3, stride: 1, padding: 1), ceilMode: false,
      countIncludePad: false)
    #expect(excluded.values == [1.5, 1.5, 1.5, 1.5])
  }

  @Test(
    "avg-down on 57×40 and other odd sizes: MXNet ceil mode equals TF SAME",
    arguments: [
      (57, 40), (7, 7), (56, 56), (75, 75), (28, 29), (2, 2), (3, 2),
    ])
  func averageDownSizes(height: Int, width: Int) throws {
    var rng = SeededGenerator(seed: UInt64(height * 1000 + width))
    let x = Activation(
      layout: .nchw, channels: 3, height: height, width: width,
      values: rng.uniform(count: 3 * height * width, -1, 1))
    let mx = try MXNetAveragePool.apply(
      x, PoolGeometry(kernel: 2, stride: 2), ceilMode: true, countIncludePad: false)
    let tf = try TFAveragePool.same(x.converted(to: .nhwc), kernel: 2, stride: 2)
    #expect(mx.height == (height + 1) / 2 && mx.width == (width + 1) / 2)
    #expect(tf.height == mx.height && tf.width == mx.width)
    #expect(ReferenceMath.maxAbsDifference(tf.converted(to: .nchw).values, mx.values) < 1e-6)
  }

  @Test("a 2×2 pool on a 1×1 input: MXNet refuses (kernel exceeds input), TF SAME passes it")
  func averageDownTooSmall() throws {
    let x = Activation(layout: .nchw, channels: 1, height: 1, width: 1, values: [3])
    #expect(throws: ForwardError.self) {
      try MXNetAveragePool.apply(
        x, PoolGeometry(kernel: 2, stride: 2), ceilMode: true, countIncludePad: false)
    }
    #expect(try TFAveragePool.same(x.converted(to: .nhwc), kernel: 2, stride: 2).values == [3])
  }

  @Test("TF SAME avg pool puts the odd padding after: 3-wide kernel, stride 2, on 4 columns")
  func tfSamePadding() throws {
    // Output ⌈4/2⌉ = 2; total pad (2−1)·2 + 3 − 4 = 1 → 0 before, 1 after.
    // Columns 0 1 2 → mean 1; columns 2 3 (pad) → mean 2.5.
    let x = Activation(layout: .nhwc, channels: 1, height: 1, width: 4, values: [0, 1, 2, 3])
    let out = try TFAveragePool.same(x, kernel: 3, stride: 2)
    #expect(out.values == [1, 2.5])
  }

  @Test(
    "max pool 3×3/2 pad 1: output sizes",
    arguments: [(112, 112, 56, 56), (7, 7, 4, 4), (57, 40, 29, 20), (1, 1, 1, 1), (2, 3, 1, 2)])
  func maxPoolSizes(height: Int, width: Int, outHeight: Int, outWidth: Int) throws {
    var rng = SeededGenerator(seed: 3)
    let x = Activation(
      layout: .nchw, channels: 2, height: height, width: width,
      values: rng.uniform(count: 2 * height * width, 0, 1))
    let pool = PoolGeometry(kernel: 3, stride: 2, padding: 1)
    let mx = try MXNetMaxPool.apply(x, pool)
    let tf = try TFMaxPool.applyAfterZeroPad(x.converted(to: .nhwc), pool)
    #expect(mx.height == outHeight && mx.width == outWidth)
    #expect(tf.height == outHeight && tf.width == outWidth)
    // Non-negative input: zero padding never wins, so the two are identical.
    #expect(tf.converted(to: .nchw).values == mx.values)
  }

  @Test("max pool padding: MXNet pads with −∞, the slim graph with zeros")
  func maxPoolPadSemantics() throws {
    let x = Activation(
      layout: .nchw, channels: 1, height: 3, width: 3, values: (0..<9).map { -1 - Float($0) })
    let pool = PoolGeometry(kernel: 3, stride: 2, padding: 1)
    let mx = try MXNetMaxPool.apply(x, pool)
    #expect(mx.values == [-1, -2, -4, -5])
    let tf = try TFMaxPool.applyAfterZeroPad(x.converted(to: .nhwc), pool)
    #expect(tf.values == [0, 0, 0, 0])
  }

  @Test("tf.pad writes zero borders around an unchanged interior")
  func zeroPad() {
    let x = Activation(layout: .nhwc, channels: 2, height: 1, width: 2, values: [1, 2, 3, 4])
    let padded = TFPad.zeroPadded(x, padding: 1)
    #expect(padded.height == 3 && padded.width == 4)
    #expect(
      padded.values == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  }

  @Test("global average pool and dense: both layouts")
  func head() throws {
    let x = ramp(height: 2, width: 3, channels: 2)  // channel means 2.5 and 8.5
    #expect(GlobalAveragePool.apply(x) == [2.5, 8.5])
    #expect(GlobalAveragePool.apply(x.converted(to: .nhwc)) == [2.5, 8.5])
    let weights: [Float] = [1, 2, 3, 4, 5, 6]  // (3 classes, 2 features)
    let nchw = try weights.withUnsafeBufferPointer {
      try Dense.apply([1, 10], weights: $0, bias: [0.5, 0, -1], classes: 3, layout: .nchw)
    }
    #expect(nchw == [21.5, 43, 64])
    let transposed = ReferenceMath.transposed(weights, rows: 3, columns: 2)
    let nhwc = try transposed.withUnsafeBufferPointer {
      try Dense.apply([1, 10], weights: $0, bias: [0.5, 0, -1], classes: 3, layout: .nhwc)
    }
    #expect(nhwc == nchw)
  }

  @Test("dense in row blocks: (out, in) bit for bit as one call, (in, out) within rounding")
  func denseInBlocks() throws {
    var random = SeededGenerator(seed: 11)
    let (classes, features) = (1000, 192)
    let weights = (0..<(classes * features)).map { _ in random.uniform(-0.1, 0.1) }
    let x = (0..<features).map { _ in random.uniform(0, 2) }
    let bias = (0..<classes).map { _ in random.uniform(-0.1, 0.1) }
    let transposed = ReferenceMath.transposed(weights, rows: classes, columns: features)
    func run(_ values: [Float], _ layout: ActivationLayout, block: Int) throws -> [Float] {
      try values.withUnsafeBufferPointer {
        try Dense.apply(
          x, weights: $0, bias: bias, classes: classes, layout: layout, blockElements: block)
      }
    }
    let whole = try run(weights, .nchw, block: classes * features)
    // 64 outputs or 10 features per block: many blocks, a short last one.
    #expect(try run(weights, .nchw, block: 64 * features) == whole)
    let blocked = try run(transposed, .nhwc, block: 10 * classes)
    let wholeT = try run(transposed, .nhwc, block: classes * features)
    for (a, b) in zip(blocked, wholeT) { #expect(abs(a - b) <= 1e-5 * max(1, abs(b))) }
    for (a, b) in zip(wholeT, whole) { #expect(abs(a - b) <= 1e-5 * max(1, abs(b))) }
  }

  @Test("BatchNorm epilogue: gamma·(x − mean)/sqrt(var + 1e-5) + beta")
  func batchNorm() {
    let gamma: [Float] = [1, 2, 0.5]
    let beta: [Float] = [0, 0.5, -1]
    let mean: [Float] = [0, 1, -2]
    let variance: [Float] = [0, 4, 0.25]
    let e = gamma.withUnsafeBufferPointer { g in
      beta.withUnsafeBufferPointer { b in
        mean.withUnsafeBufferPointer { m in
          variance.withUnsafeBufferPointer { v in
            ChannelEpilogue(gamma: g, beta: b, mean: m, variance: v, relu: false)
          }
        }
      }
    }
    var values: [Float] = [3, 3, 3]
    values.withUnsafeMutableBufferPointer {
      e.applyChannelMinor($0.baseAddress!, pixels: 0..<1, residual: nil)
    }
    for c in 0..<3 {
      let expected =
        Double(gamma[c]) * (3 - Double(mean[c])) / (Double(variance[c]) + 1e-5).squareRoot()
        + Double(beta[c])
      #expect(abs(Double(values[c]) - expected) <= 1e-5 * max(1, abs(expected)))
    }
    #expect(abs(values[0] - 948.6833) < 0.01)  // eps matters when var = 0: 3/sqrt(1e-5)
  }

  @Test("activation layout conversion round-trips and places elements")
  func conversion() {
    let x = ramp(height: 2, width: 3, channels: 4)
    let nhwc = x.converted(to: .nhwc)
    #expect(nhwc.values[(1 * 3 + 2) * 4 + 3] == x.values[(3 * 2 + 1) * 3 + 2])
    #expect(nhwc.converted(to: .nchw).values == x.values)
    #expect(x.converted(to: .nchw).values == x.values)
    let bad = Activation(layout: .nchw, channels: 2, height: 2, width: 2, values: [1])
    #expect(!bad.isConsistent)
    #expect(bad.converted(to: .nhwc).values == [1])
  }
}
