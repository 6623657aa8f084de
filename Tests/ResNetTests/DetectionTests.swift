import ResNet
import Testing

/// Every family × depth combination, and the squeeze-and-excitation variant of each
/// ResNetV1/ResNetV2/ResNeXt one (se_resnet50_v1, se_resnet50_v2, se_resnext50_32x4d, …).
/// ResNeSt has depths of its own and is checked against real GluonCV names (``ResNeStTests``).
let allModels: [(ResNetFamily, Int, Bool)] = ResNetFamily.allCases.filter {
  !$0.usesSplitAttention
}.flatMap { family in
  // ResNeXt is bottleneck-only (GluonCV ships 50 and 101).
  ReferenceModel.depths.filter { !family.isResNeXt || $0 >= 50 }.flatMap { depth in
    (family.usesGluonSequentialNames ? [false, true] : [false]).map { (family, depth, $0) }
  }
}

@Suite("Detection and naming for every family and depth")
struct DetectionTests {
  @Test(
    "tensor counts (docs/params-format.md §6)",
    arguments: [
      (ResNetFamily.v1b, 50, 267), (.v1b, 101, 522), (.v1b, 152, 777), (.v1d, 50, 277),
      (.v1d, 101, 532), (.v1d, 152, 787), (.v1c, 50, 277), (.v1e, 50, 277), (.v1s, 50, 277),
      (.v1b, 18, 102), (.v1, 18, 102), (.v1, 50, 299), (.v1, 152, 877),
      // v2: data BN 4, stem 5, 4 per BatchNorm and 1 per conv in units (shortcuts: 1),
      // postnorm 4, logits 2.
      (.v2, 18, 98), (.v2, 50, 259), (.v2, 152, 769),
    ])
  func tensorCounts(family: ResNetFamily, depth: Int, count: Int) throws {
    let reference = ReferenceModel(family, depth)
    #expect(reference.tensors.count == count)
    #expect(try ResNetAnalyzer.analyze(reference.structural).tensors.count == count)
    #expect(try ModelArchitecture(family: family, depth: depth).expectedTensors().count == count)
  }

  @Test("detects family, depth and widths", arguments: allModels)
  func detection(family: ResNetFamily, depth: Int, se: Bool) throws {
    let reference = ReferenceModel(family, depth, se: se)
    let architecture = try ResNetAnalyzer.analyze(reference.structural).architecture
    #expect(architecture.family == family)
    #expect(architecture.depth == depth)
    #expect(architecture.blockKind == (depth >= 50 ? .bottleneck : .basic))
    #expect(architecture.blocksPerStage == reference.blocks)
    #expect(architecture.classes == 1000)
    let stem: [Int] =
      switch family {
      case .v1, .v1b, .resnext, .v2: [64]
      case .v1c, .v1d, .resnest: [32, 32, 64]
      case .v1e, .v1s, .resnextE: [64, 64, 128]
      }
    #expect(architecture.stemWidths == stem)
    #expect(architecture.averageDownShortcut == family.usesAverageDownShortcut)
    #expect(architecture.cardinality == (family.isResNeXt ? 32 : 1))
    #expect(architecture.squeezeExcitation == se)
    #expect(architecture.modelName == reference.modelName)
    #expect(!architecture.hasPerLayerWidths)
  }

  @Test("maps every tensor to the reference TF name, shape and transform", arguments: allModels)
  func naming(family: ResNetFamily, depth: Int, se: Bool) throws {
    let reference = ReferenceModel(family, depth, se: se)
    let mapping = try ResNetAnalyzer.analyze(reference.structural)
    try #require(mapping.tensors.count == reference.tensors.count)
    for (offset, (expected, tensor)) in zip(reference.tensors, mapping.tensors).enumerated() {
      #expect(tensor.sourceIndex == offset)
      #expect(
        tensor.tfName == "\(reference.modelName)/\(expected.tfPath)", "\(expected.structural)")
      switch expected.shape.count {
      case 4:
        #expect(tensor.transform == .convOIHWtoHWIO)
        let s = expected.shape
        #expect(tensor.tfShape == [s[2], s[3], s[1], s[0]])
      case 2:
        #expect(tensor.transform == .denseTranspose)
        #expect(tensor.tfShape == [expected.shape[1], expected.shape[0]])
      default:
        #expect(tensor.transform == .copy)
        #expect(tensor.tfShape == expected.shape)
      }
    }
    #expect(Set(mapping.tensors.map(\.tfName)).count == mapping.tensors.count, "TF names unique")
  }

  @Test func resnet101V1dNameRules() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1d, 101).structural)
    let names = Dictionary(
      uniqueKeysWithValues: mapping.tensors.map { ($0.structuralName, $0.tfName) })
    #expect(names["layer3.22.conv3.weight"] == "resnet101_v1d/C4/bottleneck_22/conv2/weights")
    #expect(
      names["layer3.22.bn3.running_var"]
        == "resnet101_v1d/C4/bottleneck_22/conv2/BatchNorm/moving_variance")
    #expect(names["layer3.10.bn1.gamma"] == "resnet101_v1d/C4/bottleneck_10/conv0/BatchNorm/gamma")
    #expect(
      names["layer4.0.downsample.1.weight"] == "resnet101_v1d/C5/bottleneck_0/shortcut/weights")
    #expect(names["layer3.23.conv1.weight"] == nil)
    #expect(mapping.tensors.filter { $0.tfName.contains("/C4/bottleneck_") }.count == 23 * 15 + 5)
  }

  @Test func v1bShortcutAtDownsampleZero() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1b, 50).structural)
    let names = Dictionary(
      uniqueKeysWithValues: mapping.tensors.map { ($0.structuralName, $0.tfName) })
    #expect(names["conv1.weight"] == "resnet50_v1b/C1/conv0/weights")
    #expect(names["bn1.running_mean"] == "resnet50_v1b/C1/conv0/BatchNorm/moving_mean")
    #expect(
      names["layer1.0.downsample.0.weight"] == "resnet50_v1b/C2/bottleneck_0/shortcut/weights")
    #expect(
      names["layer2.0.downsample.1.beta"] == "resnet50_v1b/C3/bottleneck_0/shortcut/BatchNorm/beta")
  }

  @Test func basicBlocksAreBasicblockUnitsWithNoLayer1Shortcut() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1b, 18).structural)
    let names = Set(mapping.tensors.map(\.tfName))
    #expect(names.contains("resnet18_v1b/C2/basicblock_1/conv1/weights"))
    #expect(!names.contains("resnet18_v1b/C2/basicblock_0/conv2/weights"))
    #expect(!names.contains { $0.hasPrefix("resnet18_v1b/C2/basicblock_0/shortcut/") })
    #expect(names.contains("resnet18_v1b/C3/basicblock_0/shortcut/weights"))
  }

  @Test func deepWideStemBasicBlocksGetALayer1Shortcut() throws {
    // v1s/v1e stems output 128 channels, so layer1 of a basic-block net needs a projection.
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1s, 18).structural)
    let layer1 = mapping.tensors.first { $0.structuralName == "layer1.0.downsample.0.weight" }
    #expect(layer1?.sourceShape == [64, 128, 1, 1])
    #expect(layer1?.tfName == "resnet18_v1s/C2/basicblock_0/shortcut/weights")
  }

  @Test(arguments: [10, 1, 21843])
  func otherClassCounts(classes: Int) throws {
    let reference = ReferenceModel(.v1d, 50, classes: classes)
    let mapping = try ResNetAnalyzer.analyze(reference.structural)
    #expect(mapping.architecture.classes == classes)
    let fc = mapping.tensors.first { $0.structuralName == "fc.weight" }
    #expect(fc?.tfShape == [2048, classes])
    #expect(mapping.tensors.last?.tfShape == [classes])
  }

  @Test func familyHintAgreeingWithStructuralNamesIsAccepted() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1c, 50).structural, familyHint: .v1c)
    #expect(mapping.architecture.family == .v1c)
  }
}

/// Channel widths come from the tensor shapes: GluonCV's pruned ResNets (resnet50_v1d_0.86 …)
/// narrow every convolution to its own width.
@Suite("Per-layer widths (pruned models)")
struct PerLayerWidthTests {
  /// A resnet50_v1d whose every convolution (and BatchNorm, and next input) is narrowed, as
  /// GluonCV's pruning does, except where a residual sum fixes the width.
  static func pruned(_ family: ResNetFamily, _ depth: Int) -> [SourceTensor] {
    let reference = ReferenceModel(family, depth)
    var architecture = try? ResNetAnalyzer.analyze(reference.structural).architecture
    var widths: [String: Int] = [:]
    for (module, width) in architecture?.measuredOutputChannels ?? [:] {
      widths[module] = max(1, width * 3 / 4 - (module.count % 5))
    }
    architecture?.measuredOutputChannels = widths
    return architecture?.expectedTensors().map {
      SourceTensor(name: $0.structuralName, shape: $0.shape)
    } ?? []
  }

  @Test(arguments: [(ResNetFamily.v1d, 50), (.v1b, 18), (.v1d, 101)])
  func prunedModelsAreDetectedWithTheirWidths(family: ResNetFamily, depth: Int) throws {
    let sources = Self.pruned(family, depth)
    let mapping = try ResNetAnalyzer.analyze(sources)
    #expect(mapping.architecture.family == family)
    #expect(mapping.architecture.depth == depth)
    #expect(mapping.architecture.hasPerLayerWidths)
    #expect(mapping.tensors.count == sources.count)
    let standard = try ResNetAnalyzer.analyze(ReferenceModel(family, depth).structural)
    #expect(mapping.tensors.map(\.tfName) == standard.tensors.map(\.tfName))
    let narrowed = zip(mapping.tensors, standard.tensors).filter { $0.0.tfShape != $0.1.tfShape }
    #expect(narrowed.count > mapping.tensors.count / 2)
  }

  @Test func aBatchNormThatDoesNotFitItsConvolutionIsRefused() throws {
    var sources = Self.pruned(.v1d, 50)
    let index = try #require(sources.firstIndex { $0.name == "layer2.1.bn2.gamma" })
    sources[index].shape = [sources[index].shape[0] + 1]
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .shapeMismatch)
    #expect(error?.tensorName == "layer2.1.bn2.gamma")
  }
}
