import ResNet
import Testing

@Suite("resnet50_v1d golden mapping (docs/naming.md §8)")
struct GoldenMappingTests {
  let sources = resnet50V1dGolden.map { SourceTensor(name: $0.mxnetKey, shape: $0.mxnetShape) }

  @Test func reproducesEveryRowInSourceOrder() throws {
    #expect(resnet50V1dGolden.count == 277)
    let mapping = try ResNetAnalyzer.analyze(sources)
    #expect(mapping.scope == "resnet50_v1d")
    #expect(mapping.namingStyle == .structural)
    try #require(mapping.tensors.count == resnet50V1dGolden.count)
    for (row, tensor) in zip(resnet50V1dGolden, mapping.tensors) {
      #expect(tensor.sourceIndex == row.mxIndex)
      #expect(tensor.sourceName == row.mxnetKey)
      #expect(tensor.structuralName == row.mxnetKey)
      #expect(tensor.tfName == "resnet50_v1d/" + row.tfPath, "row \(row.mxIndex)")
      #expect(tensor.sourceShape == row.mxnetShape, "row \(row.mxIndex)")
      #expect(tensor.tfShape == row.tfShape, "row \(row.mxIndex)")
      #expect(tensor.transform == row.transform, "row \(row.mxIndex)")
    }
  }

  @Test func detectsTheArchitecture() throws {
    var architecture = try ResNetAnalyzer.analyze(sources).architecture
    #expect(architecture.measuredOutputChannels["layer4.0.downsample.1"] == 2048)
    #expect(!architecture.hasPerLayerWidths)
    architecture.measuredOutputChannels = [:]
    #expect(
      architecture
        == ModelArchitecture(
          family: .v1d, depth: 50, blockKind: .bottleneck, blocksPerStage: [3, 4, 6, 3],
          classes: 1000, stemWidths: [32, 32, 64], averageDownShortcut: true))
    #expect(architecture.modelName == "resnet50_v1d")
  }

  @Test func bytewiseSortedPositionsMatchTheTable() throws {
    let names = try ResNetAnalyzer.analyze(sources).tensors.map(\.tfName)
    let sorted = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for row in resnet50V1dGolden {
      #expect(sorted[row.tfSortedIndex] == "resnet50_v1d/" + row.tfPath)
    }
    #expect(sorted.first == "resnet50_v1d/C1/conv0/BatchNorm/beta")
    #expect(sorted.last == "resnet50_v1d/logits/weights")
  }

  @Test func expectedTensorsEqualTheTable() throws {
    let layout = try ModelArchitecture(family: .v1d, depth: 50).expectedTensors()
    #expect(layout.map(\.structuralName) == resnet50V1dGolden.map(\.mxnetKey))
    #expect(layout.map(\.shape) == resnet50V1dGolden.map(\.mxnetShape))
    #expect(layout.map(\.tfPath) == resnet50V1dGolden.map(\.tfPath))
  }

  @Test func shuffledInputMapsByNameNotPosition() throws {
    let reversed = Array(sources.reversed())
    let mapping = try ResNetAnalyzer.analyze(reversed)
    for (offset, tensor) in mapping.tensors.enumerated() {
      let row = resnet50V1dGolden[276 - offset]
      #expect(tensor.sourceIndex == offset)
      #expect(tensor.tfName == "resnet50_v1d/" + row.tfPath)
    }
  }

  @Test func customScopeReplacesTheModelName() throws {
    let mapping = try ResNetAnalyzer.analyze(sources, scope: "backbone/resnet")
    #expect(mapping.scope == "backbone/resnet")
    #expect(mapping.tensors[0].tfName == "backbone/resnet/C1/conv0/weights")
    #expect(mapping.architecture.modelName == "resnet50_v1d")
  }
}
