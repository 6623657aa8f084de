import ResNet
import Testing

@testable import ResNetForward

/// GroupNorm (``GroupNormalization``) against its definition computed in double, in both
/// layouts, and whole GroupNorm networks in both layouts.
@Suite("GroupNorm")
struct GroupNormalizationTests {
  /// `y = (x − mean_g) / √(var_g + 1e-5) · γ + β (+ residual), ReLU`, straight from the
  /// definition (NCHW).
  static func reference(
    _ x: [Float], channels: Int, pixels: Int, groups: Int, gamma: [Float], beta: [Float],
    residual: [Float], relu: Bool
  ) -> [Float] {
    let perGroup = channels / groups
    var y = x
    for g in 0..<groups {
      let range = (g * perGroup * pixels)..<((g + 1) * perGroup * pixels)
      let values = range.map { Double(x[$0]) }
      let mean = values.reduce(0, +) / Double(values.count)
      let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
      for i in range {
        let c = i / pixels
        var v = Float((Double(x[i]) - mean) / (variance + 1e-5).squareRoot()) * gamma[c] + beta[c]
        v += residual[i]
        y[i] = relu ? max(v, 0) : v
      }
    }
    return y
  }

  /// Activations far from zero (mean 40, spread 1) are where a float32 `E[x²] − E[x]²` loses
  /// every digit; the layouts must give the same values.
  @Test("matches the definition in both layouts", arguments: [(64, 5, 7, 32), (96, 4, 3, 32)])
  func matchesDefinition(channels: Int, height: Int, width: Int, groups: Int) throws {
    var rng = SeededGenerator(seed: 3)
    let pixels = height * width
    let x = rng.uniform(count: channels * pixels, 39, 41)
    let gamma = rng.uniform(count: channels, 0.5, 1.5)
    let beta = rng.uniform(count: channels, -0.1, 0.1)
    let residual = rng.uniform(count: channels * pixels, -1, 1)
    let expected = Self.reference(
      x, channels: channels, pixels: pixels, groups: groups, gamma: gamma, beta: beta,
      residual: residual, relu: true)
    var nchw = Activation(
      layout: .nchw, channels: channels, height: height, width: width, values: x)
    let r = Activation(
      layout: .nchw, channels: channels, height: height, width: width, values: residual)
    var nhwc = nchw.converted(to: .nhwc)
    try GroupNormalization.apply(
      &nchw, groups: groups, gamma: gamma, beta: beta, residual: r, relu: true, name: "gn")
    try GroupNormalization.apply(
      &nhwc, groups: groups, gamma: gamma, beta: beta, residual: r.converted(to: .nhwc),
      relu: true, name: "gn")
    #expect(ReferenceMath.maxAbsDifference(nchw.values, expected) <= 1e-6)
    #expect(ReferenceMath.maxAbsDifference(nhwc.converted(to: .nchw).values, expected) <= 1e-6)
    #expect(expected.contains(0) && expected.contains { $0 > 0 })
  }

  @Test("bad parameters are errors")
  func rejections() {
    var x = Activation(
      layout: .nchw, channels: 6, height: 2, width: 2, values: .init(repeating: 1, count: 24))
    let six = [Float](repeating: 1, count: 6)
    #expect(throws: ForwardError.self) {
      try GroupNormalization.apply(
        &x, groups: 4, gamma: six, beta: six, residual: nil, relu: false, name: "gn")
    }
    #expect(throws: ForwardError.self) {
      try GroupNormalization.apply(
        &x, groups: 3, gamma: [1, 2], beta: six, residual: nil, relu: false, name: "gn")
    }
  }

  /// GroupNorm renormalises every layer, so activations stay near unit scale and the layouts
  /// agree within the BatchNorm models' bound (measured ≤ 3e-6: each norm divides by a group's
  /// own spread, which keeps every layer's relative rounding instead of shrinking it).
  @Test(
    "resnet50_v1b_gn and resnet18_v1b_gn: NCHW and NHWC agree at every stage",
    arguments: ["resnet50_v1b_gn", "resnet18_v1b_gn"])
  func networkAgreement(model: String) throws {
    try NetworkAgreementTests.expectAgreement(
      try ModelArchitecture(modelName: model), seed: 13, sizes: NetworkAgreementTests.smallSizes)
  }
}
