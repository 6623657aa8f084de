import ResNet
import Testing

/// GluonCV's pre-activation ResNetV2 and SE-ResNetV2, against the names and shapes real GluonCV
/// creates (``resnet18V2Golden``, ``seResnet50V2Golden``) and docs/naming.md's table.
@Suite("Pre-activation models, ResNetV2 and SE-ResNetV2 (docs/naming.md §15)")
struct PreActivationTests {
  static let goldens: [(model: String, rows: [SEGoldenRow])] = [
    ("resnet18_v2", resnet18V2Golden), ("se_resnet50_v2", seResnet50V2Golden),
  ]
  static let models = [18, 34, 50, 101, 152].flatMap { ["resnet\($0)_v2", "se_resnet\($0)_v2"] }

  @Test(arguments: 0..<2)
  func structuralNamesMapToTheTable(golden: Int) throws {
    let (model, rows) = Self.goldens[golden]
    let mapping = try expectStructuralNamesMapToTheTable(rows, model: model)
    #expect(mapping.architecture.family == .v2)
  }

  @Test(arguments: 0..<2)
  func counterNamesInEveryStyleMapLikeStructuralOnes(golden: Int) throws {
    let (model, rows) = Self.goldens[golden]
    try expectCounterNamesMapLikeStructuralOnes(rows, model: model, prefix: "resnetv20_")
  }

  @Test(arguments: models)
  func modelNamesRoundTrip(model: String) throws {
    let architecture = try ModelArchitecture(modelName: model)
    #expect(architecture.family == .v2)
    #expect(architecture.modelName == model)
    let sources = architecture.expectedTensors().map {
      SourceTensor(name: $0.structuralName, shape: $0.shape)
    }
    #expect(try ResNetAnalyzer.analyze(sources).architecture == architecture.detectedForm)
  }

  /// The plan of a v2 unit: `preact` on the input, the stride on the 3×3, no BatchNorm and no
  /// ReLU after the last convolution or on the bare shortcut convolution; the data BN ignores
  /// gamma; `postnorm` and its ReLU close the network.
  @Test func planHasThePreActivationOrder() throws {
    let plan = try ModelArchitecture(modelName: "resnet50_v2").plan
    let input = try #require(plan.inputNorm)
    #expect(input.module == "features.0" && input.scope == "C1/data_bn")
    #expect(!input.usesScale && !input.relu && input.channels == 3)
    let post = try #require(plan.finalNorm)
    #expect(post.module == "features.9" && post.scope == "postnorm" && post.relu)
    #expect(post.channels == 2048)
    let unit = plan.stages[1][0]
    #expect(unit.preactivation?.module == "features.6.0.bn1")
    #expect(unit.preactivation?.scope == "C3/bottleneck_0/preact")
    #expect(unit.preactivation?.channels == 256)
    #expect(unit.body.map(\.stride) == [1, 2, 1])
    #expect(unit.body.map(\.hasNorm) == [true, true, false])
    #expect(unit.body.map(\.relu) == [true, true, false])
    #expect(unit.body.map(\.norm).prefix(2) == ["features.6.0.bn2", "features.6.0.bn3"])
    #expect(unit.body.allSatisfy { !$0.hasBias })
    guard case .projection(let shortcut) = unit.shortcut else {
      Issue.record("block 0 of C3 has a projection shortcut")
      return
    }
    #expect(shortcut.module == "features.6.0.downsample" && !shortcut.hasNorm)
    #expect(shortcut.stride == 2 && shortcut.inputChannels == 256)
    // Basic blocks: the stride on the first 3×3, no shortcut in C2 (64 → 64).
    let basic = try ModelArchitecture(modelName: "resnet18_v2").plan
    #expect(basic.stages[0][0].shortcut == .identity)
    #expect(basic.stages[1][0].body.map(\.stride) == [2, 1])
  }

  @Test func aUnitWithoutItsPreactivationIsMissingTensors() {
    let sources = ReferenceModel(.v2, 50).structural.filter {
      !$0.name.hasPrefix("features.7.3.bn1.")
    }
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .missingTensor)
    #expect(error?.tensorName == "features.7.3.bn1.gamma")
  }
}
