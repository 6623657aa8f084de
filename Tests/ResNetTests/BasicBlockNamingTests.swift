import ResNet
import Testing

/// The names of basic-block models (resnet18/34, every family) are the ones the only downstream
/// TF code for 18/34, yangxue0827/RotationDetection, restores: `C*/basicblock_{i}/…`
/// (`BasicBlockDownstreamGolden.swift` says where each fact comes from).
@Suite("Basic-block names (resnet18/34) are the ones downstream TF code restores")
struct BasicBlockNamingTests {
  @Test func resnet18V1bHasExactlyTheDownstreamVariables() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1b, 18).structural)
    #expect(resnet18V1bDownstreamGolden.count == 102)
    let expected = Dictionary(
      uniqueKeysWithValues: resnet18V1bDownstreamGolden.map {
        ("resnet18_v1b/" + $0.tfPath, $0.tfShape)
      })
    let actual = Dictionary(uniqueKeysWithValues: mapping.tensors.map { ($0.tfName, $0.tfShape) })
    let missing = expected.keys.filter { actual[$0] == nil }.sorted()
    let unexpected = actual.keys.filter { expected[$0] == nil }.sorted()
    #expect(missing.isEmpty, "names the downstream graph restores but gluon2tf does not write")
    #expect(unexpected.isEmpty, "names gluon2tf writes that the downstream graph does not have")
    for (name, shape) in expected where actual[name] != nil {
      #expect(actual[name] == shape, "\(name)")
    }
  }

  @Test func resnet18V1bMapsEachSourceKeyAsTheDownstreamWeightMap() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1b, 18).structural)
    let actual = Dictionary(
      uniqueKeysWithValues: mapping.tensors.map { ($0.structuralName, $0.tfName) })
    for row in resnet18V1bDownstreamGolden {
      #expect(actual[row.mxnetKey] == "resnet18_v1b/" + row.tfPath, "\(row.mxnetKey)")
    }
  }

  @Test func resnet34V1bFollowsTheDownstreamPattern() throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(.v1b, 34).structural)
    let names = Set(mapping.tensors.map(\.tfName))
    let expected = Set(
      Self.downstreamPaths(unitsPerStage: [3, 4, 6, 3]).map { "resnet34_v1b/" + $0 })
    #expect(expected.count == 182)
    #expect(names.subtracting(expected).sorted() == [])
    #expect(expected.subtracting(names).sorted() == [])
  }

  @Test(
    "no basic-block model names a unit bottleneck_",
    arguments: ResNetFamily.allCases.filter { !$0.isResNeXt && !$0.usesSplitAttention }, [18, 34])
  func basicBlockUnitsAreNeverBottlenecks(family: ResNetFamily, depth: Int) throws {
    let mapping = try ResNetAnalyzer.analyze(ReferenceModel(family, depth).structural)
    let stageNames = mapping.tensors.map(\.tfName).filter {
      !$0.contains("/C1/") && !$0.contains("/logits/") && !$0.contains("/postnorm/")
    }
    #expect(!stageNames.isEmpty)
    for name in stageNames {
      #expect(!name.contains("bottleneck_"), "\(name)")
      // v2 units add slim's `preact` BatchNorm.
      let preact = /[^\/]+\/C[2-5]\/basicblock_(0|[1-9][0-9]*)\/preact\/[a-z_]+/
      #expect(
        Self.isBasicUnitVariable(name)
          || (family.isPreActivation && name.wholeMatch(of: preact) != nil), "\(name)")
    }
  }

  @Test func bottleneckModelsKeepBottleneckUnits() throws {
    let names = try ResNetAnalyzer.analyze(ReferenceModel(.v1d, 50).structural).tensors.map(
      \.tfName)
    #expect(!names.contains { $0.contains("basicblock_") })
    #expect(names.contains("resnet50_v1d/C2/bottleneck_0/conv2/weights"))
  }

  /// `<scope>/C{2…5}/basicblock_{i}/{conv0,conv1,shortcut}/{weights,BatchNorm/<leaf>}`.
  static func isBasicUnitVariable(_ name: String) -> Bool {
    let pattern =
      /[^\/]+\/C[2-5]\/basicblock_(0|[1-9][0-9]*)\/(conv0|conv1|shortcut)\/(weights|BatchNorm\/(beta|gamma|moving_mean|moving_variance))/
    return name.wholeMatch(of: pattern) != nil
  }

  /// The downstream v1b basic-block graph's variables, written from its rules: stem `C1/conv0`;
  /// stage `C{s}` has units `basicblock_0…`, each with `conv0` and `conv1`; `basicblock_0` of
  /// C3…C5 also has `shortcut`; every conv has weights and a four-leaf BatchNorm; `logits`.
  static func downstreamPaths(unitsPerStage: [Int]) -> [String] {
    var convs = ["C1/conv0"]
    for (offset, units) in unitsPerStage.enumerated() {
      let stage = offset + 2
      for unit in 0..<units {
        let scope = "C\(stage)/basicblock_\(unit)"
        convs += [scope + "/conv0", scope + "/conv1"]
        if unit == 0 && stage > 2 { convs.append(scope + "/shortcut") }
      }
    }
    let leaves = [
      "weights", "BatchNorm/beta", "BatchNorm/gamma", "BatchNorm/moving_mean",
      "BatchNorm/moving_variance",
    ]
    return convs.flatMap { conv in leaves.map { conv + "/" + $0 } } + [
      "logits/weights", "logits/biases",
    ]
  }
}
