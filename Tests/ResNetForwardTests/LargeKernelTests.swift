import Testing

@testable import ResNetForward

/// A kernel of one name, served from memory; counts the largest block handed out.
private final class OneKernel: WeightProvider {
  let name: String
  let values: [Float]
  private(set) var largestBlock = 0

  init(name: String, values: [Float]) {
    self.name = name
    self.values = values
  }

  func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    guard structuralName == name else { throw UnknownWeight(name: structuralName) }
    largestBlock = max(largestBlock, values.count)
    return try values.withUnsafeBufferPointer(body)
  }

  func forEachRowBlock(
    _ structuralName: String, shape: MatrixShape, maximumElements: Int,
    _ body: (MatrixBlock) throws -> Void
  ) throws {
    guard structuralName == name else { throw UnknownWeight(name: structuralName) }
    try values.withUnsafeBufferPointer { values in
      try MatrixBlock.forEach(
        in: values, name: name, shape: shape, maximumElements: maximumElements
      ) { block in
        largestBlock = max(largestBlock, block.rows.count * block.columns)
        try body(block)
      }
    }
  }
}

/// Large kernels in blocks of output channels (``LargeKernel``): the same bits as one call,
/// with never more than a block of the kernel handed out at once.
@Suite("Large kernels in output-channel blocks")
struct LargeKernelTests {
  /// A 1×1 2048→1536 (3.1 M values: three blocks) and a 3×3/2 320→1024 (2.9 M: four blocks,
  /// im2col per block), each with an epilogue, a residual and a ReLU.
  static let cases: [ConvolutionCase] = [
    ConvolutionCase(
      channels: 2048, height: 3, width: 5, outputs: 1536, kernel: 1, stride: 1, padding: 0),
    ConvolutionCase(
      channels: 320, height: 7, width: 6, outputs: 1024, kernel: 3, stride: 2, padding: 1),
  ]

  @Test("blocked equals one call, bit for bit, in both layouts", arguments: cases)
  func blockedEqualsWhole(_ test: ConvolutionCase) throws {
    let g = test.geometry
    #expect(LargeKernel.isLarge(g))
    #expect(LargeKernel.channelBlocks(g).count >= 3)
    var rng = SeededGenerator(seed: 11)
    let input = Activation(
      layout: .nchw, channels: test.channels, height: test.height, width: test.width,
      values: rng.uniform(count: test.channels * test.height * test.width, -1, 1))
    let oihw = rng.uniform(count: g.weightCount, -0.1, 0.1)
    let size = g.outputSize(height: test.height, width: test.width)
    let residual = Activation(
      layout: .nchw, channels: test.outputs, height: size.height, width: size.width,
      values: rng.uniform(count: test.outputs * size.height * size.width, -1, 1))
    let epilogue = ChannelEpilogue(
      scale: rng.uniform(count: test.outputs, 0.5, 1.5),
      shift: rng.uniform(count: test.outputs, -0.1, 0.1), relu: true)

    let nchw = try Self.wholeAndBlocked(input, oihw, g, epilogue, residual)
    #expect(nchw.blocked == nchw.whole)
    #expect(nchw.largestBlock <= LargeKernel.blockElements)
    let hwio = ReferenceMath.hwio(
      oihw, shape: [test.outputs, test.channels, test.kernel, test.kernel])
    let nhwc = try Self.wholeAndBlocked(
      input.converted(to: .nhwc), hwio, g, epilogue, residual.converted(to: .nhwc))
    #expect(nhwc.blocked == nhwc.whole)
    #expect(nhwc.largestBlock <= LargeKernel.gatherElements)
    // The layouts agree as before: the same sums in another order.
    let nhwcAsNCHW = Activation(
      layout: .nhwc, channels: test.outputs, height: size.height, width: size.width,
      values: nhwc.blocked
    ).converted(to: .nchw)
    #expect(ReferenceMath.maxAbsDifference(nhwcAsNCHW.values, nchw.whole) < 1e-4)
  }

  /// The convolution of `input` (whose layout decides the kernel's: OIHW or HWIO) in one call
  /// and in blocks, and the largest piece of kernel the blocks read at once.
  static func wholeAndBlocked(
    _ input: Activation, _ kernel: [Float], _ g: ConvolutionGeometry,
    _ epilogue: ChannelEpilogue, _ residual: Activation
  ) throws -> (whole: [Float], blocked: [Float], largestBlock: Int) {
    let provider = OneKernel(name: "w", values: kernel)
    let whole: Activation
    let blocked: Activation
    switch input.layout {
    case .nchw:
      whole = try kernel.withUnsafeBufferPointer {
        try NCHWConvolution.apply(
          input, weights: $0, geometry: g, epilogue: epilogue, residual: residual)
      }
      blocked = try NCHWConvolution.apply(
        input, geometry: g, epilogue: epilogue, residual: residual, name: "w"
      ) { body in try LargeKernel.forEachOIHWBlock("w", geometry: g, provider: provider, body) }
    case .nhwc:
      whole = try kernel.withUnsafeBufferPointer {
        try NHWCConvolution.apply(
          input, weights: $0, geometry: g, epilogue: epilogue, residual: residual)
      }
      blocked = try NHWCConvolution.apply(
        input, geometry: g, epilogue: epilogue, residual: residual, name: "w"
      ) { body in try LargeKernel.forEachHWIOBlock("w", geometry: g, provider: provider, body) }
    }
    return (whole.values, blocked.values, provider.largestBlock)
  }
}
