import Testing

import ResNet
@testable import ResNetForward

/// One convolution case: input C×H×W, O outputs, square kernel, stride, padding, groups, and
/// an im2col budget (small ones force one output row per band).
struct ConvolutionCase: Sendable, CustomStringConvertible {
  var channels: Int
  var height: Int
  var width: Int
  var outputs: Int
  var kernel: Int
  var stride: Int
  var padding: Int
  var groups = 1
  var budget = ConvolutionGeometry.defaultIm2colBudget

  var description: String {
    "\(channels)×\(height)×\(width)→\(outputs) k\(kernel) s\(stride) p\(padding) g\(groups) b\(budget)"
  }

  var geometry: ConvolutionGeometry {
    ConvolutionGeometry(
      inputChannels: channels, outputChannels: outputs, kernelHeight: kernel,
      kernelWidth: kernel, stride: stride, padding: padding, groups: groups, im2colBudget: budget)
  }
}

let convolutionCases: [ConvolutionCase] = [
  ConvolutionCase(channels: 3, height: 9, width: 11, outputs: 5, kernel: 3, stride: 1, padding: 1),
  ConvolutionCase(channels: 3, height: 9, width: 11, outputs: 5, kernel: 3, stride: 2, padding: 1),
  ConvolutionCase(channels: 4, height: 8, width: 6, outputs: 7, kernel: 3, stride: 2, padding: 1),
  ConvolutionCase(channels: 4, height: 7, width: 7, outputs: 6, kernel: 1, stride: 1, padding: 0),
  ConvolutionCase(channels: 4, height: 7, width: 8, outputs: 6, kernel: 1, stride: 2, padding: 0),
  ConvolutionCase(channels: 3, height: 15, width: 13, outputs: 4, kernel: 7, stride: 2, padding: 3),
  ConvolutionCase(channels: 3, height: 16, width: 20, outputs: 8, kernel: 7, stride: 2, padding: 3),
  ConvolutionCase(channels: 5, height: 6, width: 10, outputs: 3, kernel: 3, stride: 2, padding: 0),
  ConvolutionCase(channels: 2, height: 1, width: 1, outputs: 3, kernel: 3, stride: 1, padding: 1),
  ConvolutionCase(channels: 2, height: 5, width: 3, outputs: 2, kernel: 7, stride: 1, padding: 3),
  ConvolutionCase(
    channels: 6, height: 11, width: 9, outputs: 9, kernel: 3, stride: 1, padding: 1, budget: 16),
  ConvolutionCase(
    channels: 6, height: 12, width: 9, outputs: 4, kernel: 3, stride: 2, padding: 1, budget: 200),
  ConvolutionCase(
    channels: 8, height: 5, width: 7, outputs: 8, kernel: 1, stride: 1, padding: 0, budget: 1),
  ConvolutionCase(
    channels: 4, height: 6, width: 5, outputs: 6, kernel: 3, stride: 1, padding: 1, groups: 2),
  ConvolutionCase(
    channels: 6, height: 9, width: 8, outputs: 9, kernel: 3, stride: 2, padding: 1, groups: 3,
    budget: 30),
  ConvolutionCase(
    channels: 8, height: 4, width: 6, outputs: 4, kernel: 1, stride: 1, padding: 0, groups: 4),
]

@Suite("Convolution kernels against a direct convolution")
struct ConvolutionTests {
  @Test("NCHW and NHWC match the reference", arguments: convolutionCases)
  func matchesReference(_ test: ConvolutionCase) throws {
    var rng = SeededGenerator(seed: 7)
    let g = test.geometry
    let input = rng.uniform(count: test.channels * test.height * test.width, -1, 1)
    let shape = [test.outputs, test.channels / test.groups, test.kernel, test.kernel]
    let weights = rng.uniform(count: shape.reduce(1, *), -1, 1)
    let reference = ReferenceMath.convolution(
      input: input, channels: test.channels, height: test.height, width: test.width,
      weights: weights, outputChannels: test.outputs, kernel: test.kernel, stride: test.stride,
      padding: test.padding, groups: test.groups)

    let nchwInput = Activation(
      layout: .nchw, channels: test.channels, height: test.height, width: test.width,
      values: input)
    let nchw = try weights.withUnsafeBufferPointer { w in
      try NCHWConvolution.apply(
        nchwInput, weights: w, geometry: g, epilogue: ReferenceMath.identity(test.outputs))
    }
    #expect(nchw.height == reference.height && nchw.width == reference.width)
    #expect(ReferenceMath.maxAbsDifference(nchw.values, reference.values) < 1e-5)

    let hwio = ReferenceMath.hwio(weights, shape: shape)
    let nhwc = try hwio.withUnsafeBufferPointer { w in
      try NHWCConvolution.apply(
        nchwInput.converted(to: .nhwc), weights: w, geometry: g,
        epilogue: ReferenceMath.identity(test.outputs))
    }
    #expect(nhwc.layout == .nhwc)
    #expect(nhwc.height == reference.height && nhwc.width == reference.width)
    #expect(
      ReferenceMath.maxAbsDifference(nhwc.converted(to: .nchw).values, reference.values) < 1e-5)
  }

  @Test("the epilogue applies scale, shift, residual, then ReLU, in both layouts")
  func epilogue() throws {
    var rng = SeededGenerator(seed: 11)
    let (c, h, w, o) = (3, 6, 5, 4)
    let input = rng.uniform(count: c * h * w, -1, 1)
    let weights = rng.uniform(count: o * c * 9, -1, 1)
    let residual = rng.uniform(count: o * h * w, -1, 1)
    let epilogue = ChannelEpilogue(
      scale: [0.5, -1, 2, 1.5], shift: [0.1, 0.2, -0.3, 0], relu: true)
    let plain = ReferenceMath.convolution(
      input: input, channels: c, height: h, width: w, weights: weights, outputChannels: o,
      kernel: 3, stride: 1, padding: 1)
    var expected = plain.values
    for ch in 0..<o {
      for p in 0..<(h * w) {
        let i = ch * h * w + p
        expected[i] = max(expected[i] * epilogue.scale[ch] + epilogue.shift[ch] + residual[i], 0)
      }
    }
    let g = ConvolutionGeometry(
      inputChannels: c, outputChannels: o, kernelHeight: 3, kernelWidth: 3, stride: 1, padding: 1)
    let x = Activation(layout: .nchw, channels: c, height: h, width: w, values: input)
    let r = Activation(layout: .nchw, channels: o, height: h, width: w, values: residual)
    let nchw = try weights.withUnsafeBufferPointer {
      try NCHWConvolution.apply(x, weights: $0, geometry: g, epilogue: epilogue, residual: r)
    }
    #expect(ReferenceMath.maxAbsDifference(nchw.values, expected) < 1e-5)
    #expect(expected.contains(0) && expected.contains { $0 > 0 })
    let hwio = ReferenceMath.hwio(weights, shape: [o, c, 3, 3])
    let nhwc = try hwio.withUnsafeBufferPointer {
      try NHWCConvolution.apply(
        x.converted(to: .nhwc), weights: $0, geometry: g, epilogue: epilogue,
        residual: r.converted(to: .nhwc))
    }
    #expect(ReferenceMath.maxAbsDifference(nhwc.converted(to: .nchw).values, expected) < 1e-5)
  }

  @Test("bad inputs are errors, not traps")
  func rejections() {
    let g = ConvolutionGeometry(
      inputChannels: 2, outputChannels: 2, kernelHeight: 3, kernelWidth: 3, stride: 1, padding: 0)
    let weights = [Float](repeating: 0, count: g.weightCount)
    let epilogue = ReferenceMath.identity(2)
    func run(_ x: Activation, _ w: [Float] = weights) throws(ForwardError) {
      let (result): Result<Activation, ForwardError> = w.withUnsafeBufferPointer { w in
        Result { () throws(ForwardError) in
          try NCHWConvolution.apply(x, weights: w, geometry: g, epilogue: epilogue)
        }
      }
      _ = try result.get()
    }
    let good = Activation(
      layout: .nchw, channels: 2, height: 3, width: 3, values: .init(repeating: 1, count: 18))
    #expect(throws: Never.self) { try run(good) }
    #expect(throws: ForwardError.self) { try run(good, [1, 2, 3]) }
    #expect(throws: ForwardError.self) {
      try run(
        Activation(
          layout: .nchw, channels: 2, height: 2, width: 2, values: .init(repeating: 1, count: 8)))
    }
    #expect(throws: ForwardError.self) {
      try run(
        Activation(
          layout: .nchw, channels: 3, height: 3, width: 3, values: .init(repeating: 1, count: 27)))
    }
    #expect(throws: ForwardError.self) {
      try run(Activation(layout: .nchw, channels: 2, height: 3, width: 3, values: [1]))
    }
    #expect(throws: ForwardError.self) { try run(good.converted(to: .nhwc)) }
  }
}
