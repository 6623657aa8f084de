import ResNet
import Testing

/// GluonCV's GroupNorm ResNetV1b (`resnet50_v1b_gn`, `resnet101_v1b_gn`), against the names and
/// shapes real GluonCV 0.10.5 creates (``resnet50V1bGNGolden``) and docs/naming.md §14.
@Suite("GroupNorm models (docs/naming.md §14)")
struct GroupNormTests {
  static let sources = resnet50V1bGNGolden.map {
    SourceTensor(name: $0.structural, shape: $0.shape)
  }

  /// Refused before ("this looks like a GroupNorm ResNet … does not support yet").
  @Test func structuralNamesMapToTheTable() throws {
    let mapping = try ResNetAnalyzer.analyze(Self.sources)
    #expect(mapping.architecture.modelName == "resnet50_v1b_gn")
    #expect(mapping.architecture.groupNorm)
    #expect(mapping.architecture.family == .v1b)
    #expect(!mapping.architecture.hasPerLayerWidths)
    try #require(mapping.tensors.count == resnet50V1bGNGolden.count)
    for (row, tensor) in zip(resnet50V1bGNGolden, mapping.tensors) {
      #expect(tensor.tfName == "resnet50_v1b_gn/\(row.tfPath)", "\(row.structural)")
      #expect(tensor.sourceShape == row.shape)
    }
    let layout = try ModelArchitecture(modelName: "resnet50_v1b_gn").expectedTensors()
    #expect(layout.map(\.structuralName) == resnet50V1bGNGolden.map(\.structural))
    #expect(layout.map(\.shape) == resnet50V1bGNGolden.map(\.shape))
  }

  @Test func counterNamesInEveryStyleMapLikeStructuralOnes() throws {
    let rows = resnet50V1bGNGolden
    let styles: [(NamingStyle, [SourceTensor])] = [
      (.legacy, rows.map { SourceTensor(name: $0.counter, shape: $0.shape) }),
      (.legacy, rows.map { SourceTensor(name: "resnetv1b_" + $0.counter, shape: $0.shape) }),
      (.export, rows.map { SourceTensor(name: "arg:resnetv1b_" + $0.counter, shape: $0.shape) }),
    ]
    for (style, sources) in styles {
      let mapping = try ResNetAnalyzer.analyze(sources)
      #expect(mapping.namingStyle == style)
      #expect(mapping.architecture.modelName == "resnet50_v1b_gn")
      #expect(mapping.tensors.map(\.structuralName) == rows.map(\.structural))
      #expect(mapping.tensors.map(\.tfName) == rows.map { "resnet50_v1b_gn/\($0.tfPath)" })
    }
  }

  @Test func everyNormIsAGroupNormOf32Groups() throws {
    let plan = try ModelArchitecture(modelName: "resnet101_v1b_gn").plan
    var steps = plan.stem
    for unit in plan.stages.joined() {
      steps += unit.body
      if let shortcut = unit.shortcut.convolution { steps.append(shortcut) }
    }
    #expect(steps.count == 104)
    #expect(steps.allSatisfy { $0.normalization == .groupNorm(groups: 32) })
    #expect(
      try ModelArchitecture(modelName: "resnet101_v1b").plan.stem[0].normalization == .batchNorm)
  }

  @Test(arguments: [
    "resnet50_v1d_gn", "se_resnet50_v1_gn", "resnext50_32x4d_gn", "resnet50_v1b_gn_gn",
  ])
  func onlyV1bHasAGroupNormName(name: String) {
    #expect(throws: ResNetError.self) { try ModelArchitecture(modelName: name) }
  }

  /// GluonCV builds GroupNorm on v1b only; GroupNorm names on a deep stem are refused by name.
  @Test func groupNormOnAnotherFamilyIsRefused() throws {
    let v1d = try ModelArchitecture(modelName: "resnet50_v1d").expectedTensors().filter {
      !$0.structuralName.hasSuffix("running_mean") && !$0.structuralName.hasSuffix("running_var")
    }
    let error = #expect(throws: ResNetError.self) {
      try ResNetAnalyzer.analyze(v1d.map { SourceTensor(name: $0.structuralName, shape: $0.shape) })
    }
    #expect(error?.code == .unsupportedModel)
    #expect(error?.description.contains("GroupNorm on v1b only") == true)
  }

  /// A GroupNorm file missing one norm's `beta`, or a BatchNorm with running statistics among
  /// GroupNorms, does not fit the plan.
  @Test func mixedNormsAreRefused() {
    let missing = Self.sources.filter { $0.name != "layer2.1.bn2.beta" }
    #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(missing) }
    let mixed =
      Self.sources + [
        SourceTensor(name: "layer2.1.bn2.running_mean", shape: [128]),
        SourceTensor(name: "layer2.1.bn2.running_var", shape: [128]),
      ]
    #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(mixed) }
  }
}
