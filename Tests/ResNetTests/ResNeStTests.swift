import ResNet
import Testing

/// GluonCV's ResNeSt, against the names and shapes real GluonCV creates (``ResNeStGolden``)
/// and docs/naming.md §13.
@Suite("ResNeSt (docs/naming.md §13)")
struct ResNeStTests {
  static let sources = resnest14Golden.map { SourceTensor(name: $0.structural, shape: $0.shape) }

  @Test func structuralNamesMapToTheTable() throws {
    let mapping = try ResNetAnalyzer.analyze(Self.sources)
    let architecture = mapping.architecture
    #expect(architecture.modelName == "resnest14")
    #expect(architecture.family == .resnest)
    #expect(architecture.radix == 2)
    #expect(architecture.cardinality == 1)
    #expect(architecture.stemWidths == [32, 32, 64])
    #expect(!architecture.hasPerLayerWidths)
    try #require(mapping.tensors.count == resnest14Golden.count)
    for (row, tensor) in zip(resnest14Golden, mapping.tensors) {
      #expect(tensor.tfName == "resnest14/\(row.tfPath)", "\(row.structural)")
      #expect(tensor.sourceShape == row.shape)
    }
    // The plan lists the tensors in GluonCV's `save_parameters` order.
    let layout = try ModelArchitecture(modelName: "resnest14").expectedTensors()
    #expect(layout.map(\.structuralName) == resnest14Golden.map(\.structural))
    #expect(layout.map(\.shape) == resnest14Golden.map(\.shape))
  }

  @Test func counterNamesInEveryStyleMapLikeStructuralOnes() throws {
    let auxiliary: Set<String> = ["running_mean", "running_var"]
    let rows = resnest14Golden
    let styles: [(NamingStyle, [SourceTensor])] = [
      (.legacy, rows.map { SourceTensor(name: $0.counter, shape: $0.shape) }),
      (.legacy, rows.map { SourceTensor(name: "resnest_" + $0.counter, shape: $0.shape) }),
      (
        .export,
        rows.map {
          let leaf = String($0.structural.split(separator: ".").last ?? "")
          return SourceTensor(
            name: (auxiliary.contains(leaf) ? "aux:" : "arg:") + "resnest_" + $0.counter,
            shape: $0.shape)
        }
      ),
    ]
    for (style, sources) in styles {
      let mapping = try ResNetAnalyzer.analyze(sources)
      #expect(mapping.namingStyle == style)
      #expect(mapping.architecture.modelName == "resnest14")
      #expect(mapping.tensors.map(\.structuralName) == rows.map(\.structural))
      #expect(mapping.tensors.map(\.tfName) == rows.map { "resnest14/\($0.tfPath)" })
    }
  }

  @Test func splitAttentionLayersAreOneByOneConvolutions() throws {
    let mapping = try ResNetAnalyzer.analyze(Self.sources)
    let byName = Dictionary(uniqueKeysWithValues: mapping.tensors.map { ($0.structuralName, $0) })
    let conv = try #require(byName["layer2.0.conv2.conv.weight"])
    #expect(conv.tfName == "resnest14/C3/bottleneck_0/splat/conv/weights")
    #expect(conv.tfShape == [3, 3, 64, 256])
    let fc1 = try #require(byName["layer2.0.conv2.fc2.weight"])
    #expect(fc1.tfName == "resnest14/C3/bottleneck_0/splat/fc1/weights")
    #expect(fc1.transform == .convOIHWtoHWIO)
    #expect(fc1.tfShape == [1, 1, 64, 256])
    #expect(
      byName["layer2.0.conv2.fc1.bias"]?.tfName == "resnest14/C3/bottleneck_0/splat/fc0/biases")
    #expect(
      byName["layer2.0.conv2.bn1.running_var"]?.tfName
        == "resnest14/C3/bottleneck_0/splat/fc0/BatchNorm/moving_variance")
    // The split attention takes the 3×3's place: there is no `conv1` in a ResNeSt unit.
    #expect(
      !mapping.tensors.contains {
        $0.tfName.contains("/conv1/") && $0.tfName.contains("bottleneck")
      })
  }

  @Test func thePlanPutsTheStrideOnTheAvdPool() throws {
    let plan = try ModelArchitecture(modelName: "resnest50").plan
    for (stage, units) in plan.stages.enumerated() {
      for (block, unit) in units.enumerated() {
        let splat = try #require(unit.splitAttention)
        #expect(splat.convolution.stride == 1)
        #expect(unit.body.allSatisfy { $0.stride == 1 })
        #expect(splat.poolStride == (stage > 0 && block == 0 ? 2 : nil))
      }
      guard case .averageDown = units[0].shortcut else {
        Issue.record("stage \(stage + 1): block 0 needs an avg-down shortcut")
        continue
      }
    }
  }

  /// Tensor counts of real GluonCV 0.10.5 models and the stem width of each factory.
  @Test(arguments: [
    ("resnest14", 129, 32), ("resnest26", 221, 32), ("resnest50", 405, 32),
    ("resnest101", 796, 64), ("resnest200", 1555, 64), ("resnest269", 2084, 64),
  ])
  func modelNamesRoundTrip(model: String, tensors: Int, stem: Int) throws {
    let architecture = try ModelArchitecture(modelName: model)
    #expect(architecture.modelName == model)
    let layout = architecture.expectedTensors()
    #expect(layout.count == tensors)
    #expect(layout.first?.shape == [stem, 3, 3, 3])
    let sources = layout.map { SourceTensor(name: $0.structuralName, shape: $0.shape) }
    let detected = try ResNetAnalyzer.analyze(sources).architecture
    #expect(detected.modelName == model)
    #expect(detected.plan == architecture.plan)
  }

  @Test func blocksOfNoGluonCVResNeStAreRefused() {
    // resnest14 without its third stage: blocks [1, 1, 0, 1].
    let sources = Self.sources.filter { !$0.name.hasPrefix("layer3.") }
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .unsupportedDepth)
  }

  @Test func aWrongHintIsAConflict() throws {
    let legacy = resnest14Golden.map { SourceTensor(name: $0.counter, shape: $0.shape) }
    let error = #expect(throws: ResNetError.self) {
      try ResNetAnalyzer.analyze(legacy, familyHint: .v1d)
    }
    #expect(error?.code == .familyConflict)
    #expect(try ResNetAnalyzer.analyze(legacy, familyHint: .resnest).architecture.depth == 14)
  }
}
