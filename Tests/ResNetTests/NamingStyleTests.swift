import ResNet
import Testing

@Suite("Export and legacy names")
struct NamingStyleTests {
  /// Analyses `sources` and checks every tensor gets the same structural and TF name, shape and
  /// transform as the structural file of the same model.
  func expectSameMapping(
    _ sources: [SourceTensor], as reference: ReferenceModel, style: NamingStyle,
    familyHint: ResNetFamily? = nil
  ) throws {
    let expected = try ResNetAnalyzer.analyze(reference.structural)
    let mapping = try ResNetAnalyzer.analyze(sources, familyHint: familyHint)
    #expect(mapping.namingStyle == style)
    #expect(mapping.architecture == expected.architecture)
    try #require(mapping.tensors.count == expected.tensors.count)
    for (source, (got, want)) in zip(sources, zip(mapping.tensors, expected.tensors)) {
      #expect(got.sourceName == source.name)
      #expect(got.structuralName == want.structuralName, "\(source.name)")
      #expect(got.tfName == want.tfName, "\(source.name)")
      #expect(got.tfShape == want.tfShape)
      #expect(got.transform == want.transform)
    }
  }

  @Test(arguments: [(ResNetFamily.v1d, 50), (.v1b, 18)])
  func exportNames(family: ResNetFamily, depth: Int) throws {
    let reference = ReferenceModel(family, depth)
    try expectSameMapping(reference.export(), as: reference, style: .export)
  }

  @Test func exportNamesLookLikeTheFixture() throws {
    let names = ReferenceModel(.v1d, 50).export().map(\.name)
    #expect(names.first == "arg:resnetv1d_conv0_weight")
    #expect(names.contains("arg:resnetv1d_layers1_conv0_weight"))
    #expect(names.contains("aux:resnetv1d_batchnorm0_running_mean"))
    #expect(names.filter { $0.hasPrefix("arg:") }.count == 167)
    #expect(names.filter { $0.hasPrefix("aux:") }.count == 110)
  }

  @Test(arguments: [(ResNetFamily.v1d, 50), (.v1b, 18)])
  func prefixedLegacyNames(family: ResNetFamily, depth: Int) throws {
    let reference = ReferenceModel(family, depth)
    let prefix = "resnet\(family.rawValue)_"
    try expectSameMapping(reference.legacy(prefix: prefix), as: reference, style: .legacy)
  }

  @Test func strippedLegacyNamesOfV1bNeedNoHint() throws {
    let reference = ReferenceModel(.v1b, 18)
    #expect(reference.legacy().first?.name == "conv0_weight")
    try expectSameMapping(reference.legacy(), as: reference, style: .legacy)
  }

  @Test func strippedLegacyNamesOfV1dAreAmbiguousWithoutHint() throws {
    let reference = ReferenceModel(.v1d, 50)
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(reference.legacy()) }
    #expect(error?.code == .ambiguousFamily)
    #expect(error?.description.contains("v1c or v1d") == true)
    #expect(error?.description.contains("--family") == true)
    try expectSameMapping(reference.legacy(), as: reference, style: .legacy, familyHint: .v1d)
  }

  @Test(arguments: [ResNetFamily.v1c, .v1d, .v1e, .v1s])
  func strippedDeepStemNamesFollowTheHint(family: ResNetFamily) throws {
    for depth in ReferenceModel.depths {
      let reference = ReferenceModel(family, depth)
      try expectSameMapping(reference.legacy(), as: reference, style: .legacy, familyHint: family)
    }
  }

  @Test(arguments: allModels)
  func exportNamesForEveryModel(family: ResNetFamily, depth: Int, se: Bool) throws {
    let reference = ReferenceModel(family, depth, se: se)
    try expectSameMapping(reference.export(), as: reference, style: .export)
  }

  @Test func counterSuffixedPrefixIsMatchedByPattern() throws {
    let reference = ReferenceModel(.v1b, 50)
    try expectSameMapping(reference.export(prefix: "resnetv1b0_"), as: reference, style: .export)
    try expectSameMapping(reference.legacy(prefix: "resnetv1b12_"), as: reference, style: .legacy)
  }

  @Test func unknownPrefixOnV1bIsAccepted() throws {
    let reference = ReferenceModel(.v1b, 18)
    try expectSameMapping(reference.legacy(prefix: "mynet_"), as: reference, style: .legacy)
  }

  @Test func hintContradictingThePrefixIsRejected() {
    let sources = ReferenceModel(.v1d, 50).export()
    let error = #expect(throws: ResNetError.self) {
      try ResNetAnalyzer.analyze(sources, familyHint: .v1c)
    }
    #expect(error?.code == .familyConflict)
    #expect(error?.description.contains("resnetv1d_") == true)
  }

  @Test func prefixContradictingTheStemIsRejected() {
    let sources = ReferenceModel(.v1d, 50).export(prefix: "resnetv1b_")
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .familyConflict)
    #expect(error?.description.contains("v1c or v1d") == true)
  }

  @Test func hintContradictingTheShapesIsRejected() {
    let sources = ReferenceModel(.v1d, 50).legacy()
    let error = #expect(throws: ResNetError.self) {
      try ResNetAnalyzer.analyze(sources, familyHint: .v1e)
    }
    #expect(error?.code == .familyConflict)
    #expect(error?.description.contains("fits only v1c or v1d") == true)
  }

  @Test func exportNameWithWrongArgAuxIsRejected() {
    var sources = ReferenceModel(.v1b, 18).export()
    sources[3].name = "arg:resnetv1b_batchnorm0_running_mean"
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .unrecognizedName)
    #expect(error?.tensorName == "arg:resnetv1b_batchnorm0_running_mean")
  }

  @Test func mixedPrefixesAreRejected() {
    var sources = ReferenceModel(.v1b, 18).legacy(prefix: "resnetv1b_")
    sources[7].name = "other_" + sources[7].name.dropFirst("resnetv1b_".count)
    let error = #expect(throws: ResNetError.self) { try ResNetAnalyzer.analyze(sources) }
    #expect(error?.code == .unrecognizedName)
    #expect(error?.description.contains("prefix") == true)
  }
}

@Suite("GluonCV ResNetV1 counter names")
struct GluonV1CounterNameTests {
  /// `collect_params().save` names with the prefix stripped, for every depth: the `stageS_`
  /// counters alone place every tensor (shortcut or not, basic or bottleneck).
  @Test(arguments: ReferenceModel.depths)
  func strippedLegacyNames(depth: Int) throws {
    let reference = ReferenceModel(.v1, depth)
    #expect(reference.legacy().contains { $0.name == "stage1_conv0_weight" })
    try NamingStyleTests().expectSameMapping(reference.legacy(), as: reference, style: .legacy)
  }

  @Test func exportNamesCarryGluonsAutomaticPrefix() throws {
    let reference = ReferenceModel(.v1, 50)
    let names = reference.export().map(\.name)
    #expect(names.first == "arg:resnetv10_conv0_weight")
    #expect(names.contains("arg:resnetv10_stage1_conv0_bias"))
    #expect(names.contains("arg:resnetv10_stage1_conv3_weight"))  // block 0's shortcut
    try NamingStyleTests().expectSameMapping(reference.export(), as: reference, style: .export)
  }

  @Test func anotherFamilyHintIsRefused() {
    let error = #expect(throws: ResNetError.self) {
      try ResNetAnalyzer.analyze(ReferenceModel(.v1, 18).legacy(), familyHint: .v1b)
    }
    #expect(error?.code == .familyConflict)
  }
}
