import ResNet
import Testing

/// GluonCV's SE-ResNet (v1) and SE-ResNeXt, against the names and shapes real GluonCV 0.10.5
/// creates (``SqueezeExcitationGolden``) and docs/naming.md's table.
@Suite("Squeeze-and-excitation models (docs/naming.md §12)")
struct SqueezeExcitationTests {
  static let goldens: [(model: String, rows: [SEGoldenRow], prefix: String)] = [
    ("se_resnet50_v1", seResnet50V1Golden, "resnetv10_"),
    ("se_resnext50_32x4d", seResnext50Golden, "resnext0_"),
  ]

  @Test(arguments: 0..<2)
  func structuralNamesMapToTheTable(golden: Int) throws {
    let (model, rows, _) = Self.goldens[golden]
    let mapping = try expectStructuralNamesMapToTheTable(rows, model: model)
    #expect(mapping.architecture.squeezeExcitation)
  }

  @Test(arguments: 0..<2)
  func counterNamesInEveryStyleMapLikeStructuralOnes(golden: Int) throws {
    let (model, rows, prefix) = Self.goldens[golden]
    try expectCounterNamesMapLikeStructuralOnes(rows, model: model, prefix: prefix)
  }

  @Test func excitationLayersKeepTheirSourceKind() throws {
    let dense = try ResNetAnalyzer.analyze(
      seResnet50V1Golden.map { SourceTensor(name: $0.structural, shape: $0.shape) })
    let fc0 = try #require(dense.tensors.first { $0.structuralName == "features.7.2.se.0.weight" })
    #expect(fc0.tfName == "se_resnet50_v1/C5/bottleneck_2/se/fc0/weights")
    #expect(fc0.transform == .denseTranspose)
    #expect(fc0.tfShape == [2048, 128])
    #expect(!dense.tensors.contains { $0.tfName.hasSuffix("se/fc0/biases") })

    let convolution = try ResNetAnalyzer.analyze(
      seResnext50Golden.map { SourceTensor(name: $0.structural, shape: $0.shape) })
    let fc1 = try #require(
      convolution.tensors.first { $0.structuralName == "features.5.3.se.2.weight" })
    #expect(fc1.tfName == "se_resnext50_32x4d/C3/bottleneck_3/se/fc1/weights")
    #expect(fc1.transform == .convOIHWtoHWIO)
    #expect(fc1.tfShape == [1, 1, 32, 512])
    let bias = try #require(
      convolution.tensors.first { $0.structuralName == "features.5.3.se.2.bias" })
    #expect(bias.tfName == "se_resnext50_32x4d/C3/bottleneck_3/se/fc1/biases")
  }

  @Test(arguments: [
    "se_resnet18_v1", "se_resnet34_v1", "se_resnet50_v1", "se_resnet101_v1", "se_resnet152_v1",
    "se_resnext50_32x4d", "se_resnext101_32x4d", "se_resnext101_64x4d", "se_resnext101e_64x4d",
  ])
  func modelNamesRoundTrip(model: String) throws {
    let architecture = try ModelArchitecture(modelName: model)
    #expect(architecture.squeezeExcitation)
    #expect(architecture.modelName == model)
    let sources = architecture.expectedTensors().map {
      SourceTensor(name: $0.structuralName, shape: $0.shape)
    }
    #expect(try ResNetAnalyzer.analyze(sources).architecture == architecture.detectedForm)
  }

  @Test(arguments: ["se_resnet50_v1b", "se_se_resnet50_v1", "se_resnet50_v1d", "se_"])
  func otherSENamesAreUnknown(model: String) {
    let error = #expect(throws: ResNetError.self) { try ModelArchitecture(modelName: model) }
    #expect(error?.code == .unsupportedModel)
    #expect(error?.description.contains("`\(model)`") == true)
  }

  @Test func aUnitWithoutItsGateIsMissingTensors() {
    let sources = ReferenceModel(.resnext, 50, se: true).structural.filter {
      !$0.name.hasPrefix("features.6.4.se.")
    }
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .missingTensor)
    #expect(error?.tensorName == "features.6.4.se.0.weight")
  }
}

extension ModelArchitecture {
  /// The architecture as detection reports it: with the measured width of every convolution
  /// and dense layer.
  var detectedForm: ModelArchitecture {
    var form = self
    for tensor in expectedTensors()
    where (tensor.shape.count == 4 || tensor.shape.count == 2)
      && tensor.structuralName.hasSuffix(".weight")
    {
      form.measuredOutputChannels[String(tensor.structuralName.dropLast(7))] = tensor.shape[0]
    }
    return form
  }
}
