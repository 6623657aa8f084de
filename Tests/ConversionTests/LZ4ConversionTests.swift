import Conversion
import Files
import Foundation
import MMapIO
import ResNet
import ResNetForward
import SystemPackage
import TensorBundle
import TestSupport
import Testing

@Suite("Streaming conversion of .params.lz4")
struct LZ4ConversionTests {
  let directory = TemporaryDirectory()

  func sample(_ name: String, _ family: ResNetFamily, _ depth: Int, classes: Int = 1000) throws
    -> FilePath
  {
    let path = directory.file("\(name).params")
    try SampleModel.write(
      try ModelArchitecture(family: family, depth: depth, classes: classes), to: path)
    return path
  }

  /// Every file of a checkpoint directory, by name.
  func files(_ checkpoint: FilePath) throws -> [String: [UInt8]] {
    let names = try FileManager.default.contentsOfDirectory(atPath: checkpoint.string)
    var result: [String: [UInt8]] = [:]
    // report.json records timings and the source path: not part of the checkpoint.
    for name in names where name != "report.json" {
      result[name] = try directory.read(checkpoint.appending(name))
    }
    return result
  }

  func expectIdentical(_ a: FilePath, _ b: FilePath, _ label: String) throws {
    let left = try files(a)
    let right = try files(b)
    #expect(left.keys.sorted() == right.keys.sorted(), "\(label)")
    for (name, bytes) in left {
      #expect(right[name] == bytes, "\(label): \(name) differs")
    }
  }

  func leftovers() throws -> [String] { directory.names(withPrefix: Publication.stagingPrefix) }

  @Test func everyLZ4VariantGivesTheSameCheckpointBytes() throws {
    let source = try sample("resnet18_v1d", .v1d, 18)
    let options = ConversionOptions(maxShardSize: 8 << 20, verification: nil)
    let reference = try Converter.convert(
      source: source, to: directory.file("reference"), options: options)
    #expect(reference.shardCount > 1)

    var variants: [(String, FilePath)] = []
    for (label, flags) in [
      ("default", []), ("content-size", ["--content-size"]), ("no-frame-crc", ["--no-frame-crc"]),
      ("B4", ["-B4"]), ("BD", ["-BD"]), ("B4-BD-size", ["-B4", "-BD", "--content-size"]),
      ("B5-block-crc", ["-B5", "-BX"]), ("hc", ["-9"]),
    ] {
      let packed = directory.file("\(label).params.lz4")
      try LZ4Tool.run(flags + [source.string, packed.string])
      variants.append((label, packed))
    }
    // Several frames that together make one .params (split at odd places),
    // mixing frame options, with a skippable frame in between.
    let bytes = try directory.read(source)
    let cuts = [0, 1_000_003, 20_000_001, bytes.count]
    var joined: [UInt8] = []
    for index in 0..<(cuts.count - 1) {
      let part = try directory.write("part\(index)", Array(bytes[cuts[index]..<cuts[index + 1]]))
      let packed = directory.file("part\(index).lz4")
      try LZ4Tool.run(
        (index == 1 ? ["--content-size", "-B4"] : []) + [part.string, packed.string])
      joined += try directory.read(packed)
      if index == 0 { joined += [0x50, 0x2A, 0x4D, 0x18, 3, 0, 0, 0, 7, 7, 7] }
    }
    variants.append(("multi-frame", try directory.write("multi.params.lz4", joined)))

    for (label, packed) in variants {
      let destination = directory.file("out-\(label)")
      var calls = 0
      let summary = try Converter.convert(
        source: packed, to: destination, options: options, progress: { _, _, _ in calls += 1 })
      #expect(summary.architecture.modelName == "resnet18_v1d")
      #expect(summary.files == reference.files, "\(label)")
      #expect(summary.shardCount == reference.shardCount)
      #expect(summary.tensorCount == reference.tensorCount)
      #expect(summary.bytesWritten == reference.bytesWritten)
      #expect(calls == reference.tensorCount)
      try expectIdentical(reference.destination, destination, label)
    }
    #expect(try leftovers().isEmpty)
  }

  @Test func scopeHalfPrecisionAndMappingMatchTheUncompressedPath() throws {
    // float16 conv weights, as `net.cast('float16')` saves them.
    let float32 = try sample("r18b", .v1b, 18, classes: 10)
    let half = directory.file("r18b16.params")
    try HalfPrecisionCopy.write(from: float32, to: half)
    let packed = directory.file("r18b16.params.lz4")
    try LZ4Tool.run(["-B4", half.string, packed.string])

    for (label, options) in [
      ("widen", ConversionOptions(verification: nil)),
      ("keep", ConversionOptions(keepHalfPrecision: true, verification: nil)),
      (
        "scoped",
        ConversionOptions(scope: "backbone/resnet", maxShardSize: 3 << 20, verification: nil)
      ),
    ] {
      let plain = try Converter.convert(
        source: half, to: directory.file("\(label)-plain"), options: options)
      let streamed = try Converter.convert(
        source: packed, to: directory.file("\(label)-lz4"), options: options)
      #expect(streamed.checkpointPrefix.lastComponent == plain.checkpointPrefix.lastComponent)
      try expectIdentical(plain.destination, streamed.destination, label)
    }
    let mapping = try StreamingConverter.mapping(source: packed, options: ConversionOptions())
    #expect(mapping.scope == "resnet18_v1b")
    #expect(mapping.tensors.count == (try ParamsFile(path: float32)).records.count)
  }

  @Test func aTensorTooLargeToBufferIsWrittenInPlaceWithTheSameBytes() throws {
    // float64 weights: layer4's 512×512×3×3 kernels hold 18.9 MB, more than the 16 MiB a
    // streamed layout change buffers, so they are permuted band by band in place.
    let float32 = try sample("r18b", .v1b, 18, classes: 10)
    let double = directory.file("r18b64.params")
    try RetypedCopy.write(from: float32, to: double) { _ in .float64 }
    let packed = directory.file("r18b64.params.lz4")
    try LZ4Tool.run(["-B4", double.string, packed.string])
    for (label, options) in [
      ("rounded", ConversionOptions(verification: nil)),
      ("kept", ConversionOptions(keepHalfPrecision: true, verification: nil)),
    ] {
      let plain = try Converter.convert(
        source: double, to: directory.file("\(label)-plain"), options: options)
      let streamed = try Converter.convert(
        source: packed, to: directory.file("\(label)-lz4"), options: options)
      try expectIdentical(plain.destination, streamed.destination, label)
    }
    // And the verification of a streamed source passes on it.
    _ = try Converter.convert(source: packed, to: directory.file("verified"))
  }

  @Test func badInputFailsClearlyAndPublishesNothing() throws {
    let source = try sample("resnet18_v1c", .v1c, 18, classes: 10)
    let packedPath = directory.file("good.params.lz4")
    try LZ4Tool.run(["-B4", source.string, packedPath.string])
    let packed = try directory.read(packedPath)
    var cases: [(String, [UInt8])] = []
    var flipped = packed
    flipped[packed.count / 3] ^= 0x01
    cases.append(("flipped-block", flipped))
    var checksum = packed
    checksum[packed.count - 2] ^= 0x80
    cases.append(("bad-checksum", checksum))
    for cut in [3, 9, 100, packed.count / 2, packed.count - 6, packed.count - 1] {
      cases.append(("cut-\(cut)", Array(packed[..<cut])))
    }
    cases.append(("garbage-after", packed + Array("not a frame".utf8)))
    cases.append(("empty", []))

    for (label, bytes) in cases {
      let input = try directory.write("\(label).params.lz4", bytes)
      let destination = directory.file("out-\(label)")
      let error = try #require(throws: ConversionError.self, "\(label)") {
        try Converter.convert(source: input, to: destination)
      }
      #expect(error.code == .invalidSource, "\(label): \(error)")
      #expect(error.description.contains("\(label).params.lz4"), "\(label): \(error)")
      #expect(
        error.offset != nil || error.description.contains("decoded byte"), "\(label): \(error)")
      #expect(!FileManager.default.fileExists(atPath: destination.string), "\(label)")
    }
    #expect(try leftovers().isEmpty)
  }

  /// The format is told by the first bytes, not the name: a `.params` file
  /// named `.lz4` converts as `.params`, and LZ4 data named `.params` as LZ4,
  /// each to the same checkpoint files as under its right name.
  @Test func theFormatIsToldByTheBytesNotTheName() throws {
    let source = try sample("resnet18_v1c", .v1c, 18, classes: 10)
    let packed = directory.file("packed.params.lz4")
    try LZ4Tool.run(["-B4", source.string, packed.string])
    let misnamedPlain = try directory.write("plain-named.params.lz4", try directory.read(source))
    let misnamedPacked = try directory.write("packed-named.params", try directory.read(packed))
    #expect(!StreamingConverter.handles(misnamedPlain))
    #expect(StreamingConverter.handles(misnamedPacked))
    let options = ConversionOptions(verification: nil)
    let reference = try Converter.convert(
      source: source, to: directory.file("reference"), options: options)
    for (label, input) in [("plain", misnamedPlain), ("packed", misnamedPacked)] {
      let converted = try Converter.convert(
        source: input, to: directory.file("misnamed-\(label)"), options: options)
      try expectIdentical(reference.destination, converted.destination, label)
    }
  }

  @Test func unsupportedModelIsFoundAtTheEndAndNothingIsPublished() throws {
    let path = directory.file("tiny.params")
    var writer = try ParamsWriter(path: path, count: 2)
    let values: [Float] = [1, 2, 3, 4]
    try values.withUnsafeBytes {
      try writer.append(name: "fc.weight", shape: [2, 2], dtype: .float32, data: $0)
    }
    try values.withUnsafeBytes {
      try writer.append(name: "fc.bias", shape: [4], dtype: .float32, data: $0)
    }
    try writer.finish()
    let packed = directory.file("tiny.params.lz4")
    try LZ4Tool.run([path.string, packed.string])
    let error = try #require(throws: ConversionError.self) {
      try Converter.convert(source: packed, to: directory.file("nope"))
    }
    #expect(error.code == .unsupportedModel)
    #expect(!FileManager.default.fileExists(atPath: directory.file("nope").string))
    #expect(try leftovers().isEmpty)
  }

  @Test func verificationDecodesTheSourceAgainAndPasses() throws {
    let source = try sample("resnet18_v1e", .v1e, 18, classes: 10)
    let packed = directory.file("resnet18_v1e.params.lz4")
    try LZ4Tool.run(["-BD", source.string, packed.string])
    let summary = try Converter.convert(source: packed, to: directory.file("verified"))
    let report = try #require(summary.verification)
    #expect(report.passed)
    #expect(summary.files.contains("report.json"))
    let plain = try Converter.convert(source: source, to: directory.file("verified-plain"))
    try expectIdentical(plain.destination, summary.destination, "verified")

    // The provider on its own, in the order the forward pass asks (BatchNorm before kernel).
    let mapping = try StreamingConverter.mapping(source: packed, options: ConversionOptions())
    let provider = StreamingWeightProvider(source: packed, mapping: mapping)
    let params = try ParamsFile(path: source)
    for name in [
      "bn1.gamma", "conv1.0.weight", "conv1.1.beta", "layer1.0.conv1.weight", "fc.bias",
      "fc.weight",
    ] {
      let record = try #require(params.records.first { $0.name == name })
      let expected = (0..<record.elementCount).map {
        params.data(of: record).loadUnaligned(fromByteOffset: $0 * 4, as: Float.self)
      }
      #expect(try provider.withWeights(name) { Array($0) } == expected, "\(name)")
    }
    // conv1.0.weight was passed over on the way to bn1 and kept: one decode so far.
    #expect(provider.decodePasses == 1)
    _ = try provider.withWeights("bn1.gamma") { $0.count }
    #expect(provider.decodePasses == 2, "a tensor behind the cursor restarts the decode")
  }

  @Test func verificationPassTrustsOnlyTheCheckedVersionOfTheSource() throws {
    let source = try sample("resnet18_v1b", .v1b, 18, classes: 10)
    let packed = directory.file("resnet18_v1b.params.lz4")
    try LZ4Tool.run([source.string, packed.string])
    let mapping = try StreamingConverter.mapping(source: packed, options: ConversionOptions())
    let checked = try MappedFile(path: packed).version
    let provider = StreamingWeightProvider(
      source: packed, mapping: mapping, checkedVersion: checked)
    #expect(try provider.withWeights("fc.bias") { $0.count } == 10)

    // Rewritten in place (same bytes, new change time): refused, not trusted.
    let bytes = try directory.read(packed)
    _ = try directory.write("resnet18_v1b.params.lz4", bytes)
    #expect(try MappedFile(path: packed).version != checked)
    let changed = StreamingWeightProvider(source: packed, mapping: mapping, checkedVersion: checked)
    let error = try #require(throws: MMapIOError.self) {
      try changed.withWeights("fc.bias") { $0.count }
    }
    #expect(error.code == .sourceChanged, "\(error)")
  }
}
