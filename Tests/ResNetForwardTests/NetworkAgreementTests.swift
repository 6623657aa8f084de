import ResNet
import ResNetForward
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the whole network on both layouts and compares stage by stage. Serialized: these tests
/// hold whole weight sets, and the memory test reads the process-wide peak RSS.
@Suite("Whole network: NCHW (MXNet) vs NHWC (slim) agree", .serialized)
struct NetworkAgreementTests {
  /// Every stage output (NHWC ones converted to NCHW) and the logits.
  static func stages(_ pass: ForwardPass, _ input: Activation) throws -> [[Float]] {
    var outputs: [[Float]] = []
    var x = try pass.stem(input)
    outputs.append(x.converted(to: .nchw).values)
    for index in 1...4 {
      x = try pass.stage(index, x)
      outputs.append(x.converted(to: .nchw).values)
    }
    outputs.append(try pass.logits(x))
    return outputs
  }

  static func image(height: Int, width: Int, seed: UInt64 = 5) -> Activation {
    var rng = SeededGenerator(seed: seed)
    return Activation(
      layout: .nchw, channels: 3, height: height, width: width,
      values: rng.uniform(count: 3 * height * width, -2, 2))
  }

  static let sizes = [(224, 224), (193, 257), (33, 47)]
  /// For the families whose layers add nothing size-dependent to the v1b family's (biases,
  /// groups, gates): small odd sizes keep these heavy networks cheap under the sanitizers;
  /// the interop tests run them at 224² and 193×257 against GluonCV.
  static let smallSizes = [(33, 47), (65, 49)]

  @Test(
    "relative L2 ≤ 1e-5 at every stage, at 224², 193×257, 33×47",
    arguments: [
      (ResNetFamily.v1b, 18), (.v1c, 18), (.v1d, 18), (.v1e, 18), (.v1s, 18), (.v1d, 50),
    ])
  func agreement(family: ResNetFamily, depth: Int) throws {
    try Self.expectAgreement(
      try ModelArchitecture(family: family, depth: depth, classes: 1000),
      seed: UInt64(depth) * 31 + 7)
  }

  @Test(
    "ResNetV1 and ResNeXt: relative L2 ≤ 1e-5 at every stage, at 33×47 and 65×49",
    arguments: [(ResNetFamily.v1, 18), (.v1, 50), (.resnext, 50), (.resnextE, 50)])
  func gluonSequentialAgreement(family: ResNetFamily, depth: Int) throws {
    try Self.expectAgreement(
      try ModelArchitecture(family: family, depth: depth, classes: 1000),
      seed: UInt64(depth) * 31 + 7, sizes: Self.smallSizes)
  }

  /// The gates make these networks less well conditioned than the others: a gate is a
  /// sigmoid of the body's mean, which is not scale-invariant, so rounding in an activation
  /// moves the gate by an amount proportional to the activation's magnitude, and these synthetic
  /// weights let the activations grow to an RMS of 30–50 in `C4`/`C5`. The two layouts then
  /// differ by up to ~2e-5 there (with the gates frozen at ½ by zero `se.2` weights, ~4e-7 as
  /// for the models without SE); GluonCV's real random-weight fixtures agree to ~5e-7 (interop).
  /// A layout bug moves them by far more than 1e-4 (`corruptedExcitationWeightDisagrees`).
  @Test(
    "squeeze-and-excitation: relative L2 ≤ 1e-4 at every stage, at 33×47 and 65×49",
    arguments: ["se_resnet18_v1", "se_resnet50_v1", "se_resnext50_32x4d"])
  func squeezeExcitationAgreement(model: String) throws {
    try Self.expectAgreement(
      try ModelArchitecture(modelName: model), seed: 11, bound: 1e-4, sizes: Self.smallSizes)
  }

  /// ResNetV2: the data BN before the stem, `preact` BN + ReLU before each unit's body (and
  /// its shortcut convolution), no BatchNorm after a unit's last convolution, `postnorm` before
  /// pooling. SE-ResNetV2's gates act on un-normalised sums here, yet the layouts agree to
  /// ~2e-6 with these weights.
  @Test(
    "pre-activation: relative L2 ≤ 1e-5 at every stage, at 33×47 and 65×49",
    arguments: ["resnet18_v2", "resnet50_v2", "se_resnet18_v2", "se_resnet50_v2"])
  func preActivationAgreement(model: String) throws {
    try Self.expectAgreement(
      try ModelArchitecture(modelName: model), seed: 13, sizes: Self.smallSizes)
  }

  /// ResNeSt: split attention (radix softmax, grouped attention layers), the avd pool with
  /// its padding counted, avg-down shortcuts in every stage. The synthetic activations stay
  /// small enough here that the softmax is as well conditioned as the plain layers (~5e-7).
  @Test(
    "ResNeSt: relative L2 ≤ 1e-5 at every stage, at 33×47 and 65×49",
    arguments: ["resnest14", "resnest26"])
  func splitAttentionAgreement(model: String) throws {
    try Self.expectAgreement(
      try ModelArchitecture(modelName: model), seed: 13, sizes: Self.smallSizes)
  }

  /// Both layouts read every tensor but the data BN's gamma, which MXNet ignores
  /// (`BatchNorm(scale=False)` runs with `fix_gamma`).
  @Test(arguments: ["resnet18_v2", "se_resnet50_v2"])
  func preActivationReadsEveryTensorButTheDataGamma(model: String) throws {
    let architecture = try ModelArchitecture(modelName: model, classes: 10)
    let synthetic = SyntheticWeights(architecture, seed: 3)
    let expected = Set(architecture.expectedTensors().map(\.structuralName)).subtracting([
      "features.0.gamma"
    ])
    for layout in [ActivationLayout.nchw, .nhwc] {
      let weights = StoredWeights(synthetic, layout: layout)
      let pass = ForwardPass(architecture: architecture, layout: layout, weights: weights)
      _ = try pass.run(Self.image(height: 40, width: 36).converted(to: layout))
      #expect(Set(weights.requested) == expected)
      #expect(weights.requested.count == expected.count, "each tensor read once")
    }
  }

  /// GluonCV's zoo uses radix 2 in one group; the other settings of its `ResNeSt` class
  /// (radix 1: a sigmoid; several groups: rSoftMax's group-major order) through both layouts.
  @Test(
    "ResNeSt with other radix and cardinality: relative L2 ≤ 1e-5 at every stage",
    arguments: [(1, 1), (2, 2), (4, 2)])
  func splitAttentionSettingsAgree(radix: Int, cardinality: Int) throws {
    var architecture = try ModelArchitecture(modelName: "resnest14")
    architecture.radix = radix
    architecture.cardinality = cardinality
    try Self.expectAgreement(architecture, seed: 17, sizes: [(33, 47)])
  }

  @Test(
    "an untransposed split-attention weight is caught",
    arguments: [
      "layer2.0.conv2.conv.weight", "layer1.0.conv2.fc1.weight", "layer3.0.conv2.fc2.weight",
    ])
  func corruptedSplitAttentionWeightDisagrees(weight: String) throws {
    try Self.expectCaught(try ModelArchitecture(modelName: "resnest14", classes: 10), weight)
  }

  @Test(
    "an untransposed squeeze-and-excitation weight is caught",
    arguments: [
      ("se_resnet18_v1", "features.5.1.se.0.weight"),
      ("se_resnext50_32x4d", "features.6.0.se.2.weight"),
    ])
  func corruptedExcitationWeightDisagrees(model: String, weight: String) throws {
    try Self.expectCaught(try ModelArchitecture(modelName: model, classes: 10), weight)
  }

  /// The logits of `architecture` differ by more than 1e-3 when the NHWC pass gets `weight`
  /// in MXNet order under its TF shape.
  static func expectCaught(_ architecture: ModelArchitecture, _ weight: String) throws {
    let synthetic = SyntheticWeights(architecture)
    let nchw = ForwardPass(
      architecture: architecture, layout: .nchw,
      weights: LazyWeights(weights: synthetic, layout: .nchw))
    let bad = ForwardPass(
      architecture: architecture, layout: .nhwc,
      weights: StoredWeights(synthetic, layout: .nhwc, untransposed: [weight]))
    let input = image(height: 64, width: 48)
    let reference = try nchw.run(input)
    let candidate = try bad.run(input.converted(to: .nhwc))
    #expect(ReferenceMath.relativeL2(candidate, reference) > 1e-3)
  }

  static func expectAgreement(
    _ architecture: ModelArchitecture, seed: UInt64, bound: Double = 1e-5,
    sizes: [(Int, Int)] = sizes
  ) throws {
    let synthetic = SyntheticWeights(architecture, seed: seed)
    let nchw = ForwardPass(
      architecture: architecture, layout: .nchw, weights: StoredWeights(synthetic, layout: .nchw))
    let nhwc = ForwardPass(
      architecture: architecture, layout: .nhwc, weights: StoredWeights(synthetic, layout: .nhwc))
    for (height, width) in sizes {
      let input = image(height: height, width: width)
      let reference = try stages(nchw, input)
      let candidate = try stages(nhwc, input.converted(to: .nhwc))
      var worst = 0.0
      for (name, (a, b)) in zip(ForwardPass.stageNames, zip(candidate, reference)) {
        let error = ReferenceMath.relativeL2(a, b)
        worst = max(worst, error)
        #expect(error <= bound, "\(architecture.modelName) \(height)×\(width) \(name): \(error)")
      }
      print("\(architecture.modelName) \(height)×\(width): worst stage relative L2 \(worst)")
      let logits = try #require(reference.last)
      #expect(logits.count == 1000)
      let finite = logits.allSatisfy { $0.isFinite }
      #expect(finite)
      // The stages really compute something (no all-zero collapse).
      #expect(reference.allSatisfy { $0.contains { $0 != 0 } })
    }
  }

  @Test(
    "an untransposed (only reshaped) NHWC kernel is caught",
    arguments: ["layer2.0.conv1.weight", "conv1.3.weight", "layer1.0.downsample.1.weight"])
  func corruptedKernelDisagrees(kernel: String) throws {
    try Self.expectCaught(try ModelArchitecture(family: .v1e, depth: 18, classes: 10), kernel)
  }

  @Test("resnet152 at 224²: peak RSS growth of a pass (printed; bound < 200 MiB)")
  func peakMemory() throws {
    let architecture = try ModelArchitecture(family: .v1e, depth: 152)
    let synthetic = SyntheticWeights(architecture)
    let input = Self.image(height: 224, width: 224)
    for layout in [ActivationLayout.nchw, .nhwc] {
      let x = input.converted(to: layout)
      let pass = ForwardPass(
        architecture: architecture, layout: layout,
        weights: LazyWeights(weights: synthetic, layout: layout))
      ProcessMemory.releaseFreeHeap()
      guard ProcessMemory.resetPeak(), let baseline = ProcessMemory.currentKiB else { return }
      let logits = try pass.run(x)
      let finite = logits.allSatisfy { $0.isFinite }
      #expect(finite)
      let peak = try #require(ProcessMemory.peakKiB)
      let growth = Double(peak - baseline) / 1024
      print(
        "resnet152_v1e \(layout) 224×224: peak RSS growth \(growth) MiB (VmHWM \(peak / 1024) MiB)")
      // Includes the test provider's freshly generated tensor (up to 9 MiB, twice for a
      // transposed one) and OpenBLAS's per-thread buffers; other suites running at the same
      // time can only add to it, hence the generous bound.
      #expect(growth < 200)
    }
  }

  @Test("resnet50 at 224²: one forward per layout (prints the time, asserts nothing)")
  func timing() throws {
    let resnet50 = try ModelArchitecture(family: .v1d, depth: 50)
    let weights = SyntheticWeights(resnet50)
    let input = Self.image(height: 224, width: 224)
    for layout in [ActivationLayout.nchw, .nhwc] {
      let pass = ForwardPass(
        architecture: resnet50, layout: layout, weights: StoredWeights(weights, layout: layout))
      let x = input.converted(to: layout)
      _ = try pass.run(x)
      let elapsed = try ContinuousClock().measure { _ = try pass.run(x) }
      print(
        "resnet50_v1d \(layout) 224×224 forward: \(elapsed) (OpenBLAS threads \(BLASThreads.count))"
      )
    }
  }
}
