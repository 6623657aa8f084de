import ResNet
import ResNetForward
import Testing

@Suite("ForwardPass API and errors")
struct ForwardPassAPITests {
  @Test("stage names")
  func stageNames() {
    #expect(ForwardPass.stageNames == ["C1", "C2", "C3", "C4", "C5", "logits"])
  }

  func pass(_ layout: ActivationLayout = .nchw) throws -> ForwardPass {
    let architecture = try ModelArchitecture(family: .v1b, depth: 18, classes: 10)
    return ForwardPass(
      architecture: architecture, layout: layout,
      weights: LazyWeights(weights: SyntheticWeights(architecture), layout: layout))
  }

  func code(_ body: () throws -> Void) -> ForwardError.Code? {
    do {
      try body()
      return nil
    } catch let error as ForwardError {
      return error.code
    } catch {
      return nil
    }
  }

  @Test("wrong inputs are reported as ForwardError codes")
  func inputErrors() throws {
    let pass = try pass()
    let rgb = Activation(
      layout: .nchw, channels: 3, height: 8, width: 8, values: .init(repeating: 0.5, count: 192))
    #expect(code { _ = try pass.stem(rgb) } == nil)
    #expect(code { _ = try pass.stem(rgb.converted(to: .nhwc)) } == .layoutMismatch)
    #expect(
      code {
        _ = try pass.stem(
          Activation(
            layout: .nchw, channels: 4, height: 8, width: 8, values: .init(repeating: 0, count: 256)
          ))
      }
        == .channelMismatch)
    #expect(
      code {
        _ = try pass.stem(Activation(layout: .nchw, channels: 3, height: 8, width: 8, values: []))
      }
        == .inconsistentActivation)
    #expect(
      code {
        _ = try pass.stem(Activation(layout: .nchw, channels: 3, height: 0, width: 8, values: []))
      }
        == .unsupportedSize)
    let c1 = try pass.stem(rgb)
    #expect(c1.channels == 64 && c1.height == 2 && c1.width == 2)
    #expect(code { _ = try pass.stage(0, c1) } == .invalidStage)
    #expect(code { _ = try pass.stage(5, c1) } == .invalidStage)
    #expect(code { _ = try pass.stage(3, c1) } == .channelMismatch)
    #expect(code { _ = try pass.logits(c1) } == .channelMismatch)
  }

  @Test("a provider buffer of the wrong size is weight_size_mismatch; provider errors pass through")
  func weightErrors() throws {
    struct Short: WeightProvider {
      func withWeights<R>(_ name: String, _ body: (UnsafeBufferPointer<Float>) throws -> R) throws
        -> R
      {
        try [Float](repeating: 1, count: 5).withUnsafeBufferPointer(body)
      }
    }
    struct Missing: WeightProvider {
      func withWeights<R>(_ name: String, _ body: (UnsafeBufferPointer<Float>) throws -> R) throws
        -> R
      {
        throw UnknownWeight(name: name)
      }
    }
    let architecture = try ModelArchitecture(family: .v1d, depth: 50, classes: 5)
    let rgb = Activation(
      layout: .nhwc, channels: 3, height: 8, width: 8, values: .init(repeating: 0.5, count: 192))
    let short = ForwardPass(architecture: architecture, layout: .nhwc, weights: Short())
    #expect(code { _ = try short.stem(rgb) } == .weightSizeMismatch)
    let missing = ForwardPass(architecture: architecture, layout: .nhwc, weights: Missing())
    #expect(throws: UnknownWeight.self) { _ = try missing.stem(rgb) }
  }

  @Test("weights are requested one layer at a time in network order")
  func requestOrder() throws {
    let architecture = try ModelArchitecture(family: .v1d, depth: 50, classes: 3)
    let weights = StoredWeights(SyntheticWeights(architecture), layout: .nchw)
    let pass = ForwardPass(architecture: architecture, layout: .nchw, weights: weights)
    _ = try pass.run(
      Activation(
        layout: .nchw, channels: 3, height: 32, width: 32,
        values: .init(repeating: 0.1, count: 3072)))
    // Every tensor of the architecture is read exactly once.
    let expected = architecture.expectedTensors().map(\.structuralName)
    #expect(weights.requested.sorted() == expected.sorted())
    #expect(weights.requested.first == "conv1.1.gamma")
    #expect(weights.requested.last == "fc.weight")
  }
}
