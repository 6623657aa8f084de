import Conversion
import Files
import MMapIO
import ResNet
import SystemPackage
import TensorBundle
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Converter: .params → TensorFlow checkpoint, end to end")
struct ConverterTests {
  let directory = TemporaryDirectory()

  func sample(_ name: String, family: ResNetFamily, depth: Int, classes: Int = 1000) throws
    -> FilePath
  {
    let path = directory.file("\(name).params")
    try SampleModel.write(
      try ModelArchitecture(family: family, depth: depth, classes: classes), to: path)
    return path
  }

  /// Reads tensor `index` of `params` and applies the layout change by its definition.
  static func expectedBytes(_ params: ParamsFile, _ record: NDArrayRecord) -> [UInt32] {
    let data = params.data(of: record)
    let values = (0..<record.elementCount).map {
      data.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)
    }
    switch record.shape.count {
    case 4:
      let (o, i, h, w) = (record.shape[0], record.shape[1], record.shape[2], record.shape[3])
      var out = [UInt32](repeating: 0, count: values.count)
      for oo in 0..<o {
        for ii in 0..<i {
          for hw in 0..<(h * w) { out[(hw * i + ii) * o + oo] = values[(oo * i + ii) * h * w + hw] }
        }
      }
      return out
    case 2:
      let (o, i) = (record.shape[0], record.shape[1])
      var out = [UInt32](repeating: 0, count: values.count)
      for oo in 0..<o { for ii in 0..<i { out[ii * o + oo] = values[oo * i + ii] } }
      return out
    default:
      return values
    }
  }

  @Test func convertsEveryTensorBitForBitIntoSeveralShards() throws {
    let source = try sample("resnet18_v1d", family: .v1d, depth: 18, classes: 10)
    let before = try directory.read(source)
    let destination = directory.file("out")
    let summary = try Converter.convert(
      source: source, to: destination, options: ConversionOptions(maxShardSize: 8 << 20))
    #expect(summary.architecture.modelName == "resnet18_v1d")
    #expect(summary.shardCount > 1)
    #expect(summary.files.contains("checkpoint"))
    #expect(summary.files.contains("resnet18_v1d.ckpt.index"))

    let params = try ParamsFile(path: source)
    let reader = try BundleReader(prefix: summary.checkpointPrefix)
    #expect(reader.header.numShards == summary.shardCount)
    #expect(reader.keys.count == params.records.count)
    #expect(reader.keys.first == "resnet18_v1d/C1/conv0/BatchNorm/beta")
    let mapping = try ResNetAnalyzer.analyze(
      params.records.map { SourceTensor(name: $0.name ?? "", shape: $0.shape) })
    for tensor in mapping.tensors {
      let record = params.records[tensor.sourceIndex]
      let entry = try #require(reader.entry(for: tensor.tfName))
      #expect(entry.shape == tensor.tfShape)
      #expect(entry.dtype == .float)
      let stored = try reader.withTensorBytes(key: tensor.tfName) { bytes in
        (0..<(bytes.count / 4)).map { bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) }
      }
      #expect(stored == Self.expectedBytes(params, record), "\(tensor.tfName)")
    }
    #expect(try directory.read(source) == before, "the source is never modified")
    #expect(try stagingLeftovers().isEmpty)
  }

  @Test func scopeOptionRenamesEveryVariable() throws {
    let source = try sample("r18b", family: .v1b, depth: 18, classes: 5)
    let summary = try Converter.convert(
      source: source, to: directory.file("scoped"),
      options: ConversionOptions(scope: "backbone/resnet"))
    let reader = try BundleReader(prefix: summary.checkpointPrefix)
    #expect(reader.keys.allSatisfy { $0.hasPrefix("backbone/resnet/") })
  }

  @Test func existingDestinationIsRefusedUnlessForced() throws {
    let source = try sample("r18c", family: .v1c, depth: 18, classes: 3)
    let destination = directory.file("twice")
    _ = try Converter.convert(source: source, to: destination)
    let error = try #require(throws: ConversionError.self) {
      try Converter.convert(source: source, to: destination)
    }
    #expect(error.code == .destination)
    _ = try Converter.convert(
      source: source, to: destination, conflict: .replace)
    #expect(try stagingLeftovers().isEmpty)
  }

  @Test func truncatedSourceNamesFileTensorAndOffsetAndPublishesNothing() throws {
    let source = try sample("r18e", family: .v1e, depth: 18, classes: 4)
    let bytes = try directory.read(source)
    for cut in [10, 30, 100, bytes.count / 2, bytes.count - 5] {
      let truncated = try directory.write("cut-\(cut).params", Array(bytes[0..<cut]))
      let destination = directory.file("cut-out-\(cut)")
      let error = try #require(throws: ConversionError.self) {
        try Converter.convert(source: truncated, to: destination)
      }
      #expect(error.code == .invalidSource)
      #expect(error.source == truncated)
      #expect(error.offset != nil, "\(error)")
      #expect(error.description.contains("cut-\(cut).params"))
      #expect(!exists(destination))
    }
    #expect(try stagingLeftovers().isEmpty)
  }

  @Test func unknownArchitectureIsRefusedWithWhatWasFound() throws {
    let path = directory.file("tiny.params")
    var writer = try ParamsWriter(path: path, count: 1)
    let values: [Float] = [1, 2, 3, 4]
    try values.withUnsafeBytes {
      try writer.append(name: "features.0.weight", shape: [2, 2], dtype: .float32, data: $0)
    }
    try writer.finish()
    let error = try #require(throws: ConversionError.self) {
      try Converter.convert(source: path, to: directory.file("nope"))
    }
    #expect(error.code == .unsupportedModel)
    #expect(!exists(directory.file("nope")))
  }

  @Test func unwritableDestinationParentFails() throws {
    guard getuid() != 0 else {
      // root ignores directory permissions; use a path under a regular file instead.
      let source = try sample("r18s", family: .v1s, depth: 18, classes: 2)
      let blocker = try directory.write("a-file", [1])
      let error = try #require(throws: ConversionError.self) {
        try Converter.convert(source: source, to: blocker.appending("out"))
      }
      #expect(error.code == .destination)
      return
    }
    let source = try sample("r18s", family: .v1s, depth: 18, classes: 2)
    let locked = directory.file("locked")
    #expect(mkdir(locked.string, 0o500) == 0)
    let error = try #require(throws: ConversionError.self) {
      try Converter.convert(source: source, to: locked.appending("out"))
    }
    #expect(error.code == .destination)
  }

  @Test func float16IsWidenedExactlyOrKept() throws {
    // A v1b-18 whose conv weights are float16, as `net.cast('float16')` saves them.
    let float32 = try sample("r18b32", family: .v1b, depth: 18, classes: 10)
    let half = directory.file("r18b16.params")
    try HalfPrecisionCopy.write(from: float32, to: half)

    let widened = try Converter.convert(source: half, to: directory.file("f32"))
    let kept = try Converter.convert(
      source: half, to: directory.file("f16"), options: ConversionOptions(keepHalfPrecision: true))
    let wide = try BundleReader(prefix: widened.checkpointPrefix)
    let narrow = try BundleReader(prefix: kept.checkpointPrefix)
    let key = "resnet18_v1b/C2/basicblock_1/conv1/weights"
    #expect(wide.entry(for: key)?.dtype == .float)
    #expect(narrow.entry(for: key)?.dtype == .half)
    let halfBits = try narrow.withTensorBytes(key: key) { bytes in
      (0..<(bytes.count / 2)).map { bytes.loadUnaligned(fromByteOffset: $0 * 2, as: UInt16.self) }
    }
    let floatBits = try wide.withTensorBytes(key: key) { bytes in
      (0..<(bytes.count / 4)).map { bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) }
    }
    #expect(floatBits == halfBits.map { Float(Float16(bitPattern: $0)).bitPattern })
    #expect(wide.entry(for: "resnet18_v1b/C1/conv0/BatchNorm/gamma")?.dtype == .float)
  }

  @Test func float64IsRoundedToFloat32ByDefaultOrKept() throws {
    let float32 = try sample("r18b32", family: .v1b, depth: 18, classes: 10)
    let double = directory.file("r18b64.params")
    try RetypedCopy.write(from: float32, to: double) { _ in .float64 }

    let rounded = try Converter.convert(source: double, to: directory.file("f32"))
    let kept = try Converter.convert(
      source: double, to: directory.file("f64"),
      options: ConversionOptions(keepHalfPrecision: true))
    let narrow = try BundleReader(prefix: rounded.checkpointPrefix)
    let wide = try BundleReader(prefix: kept.checkpointPrefix)
    let params = try ParamsFile(path: float32)
    let (_, plan) = try Converter.plan(source: float32, options: ConversionOptions())
    // A permuted conv kernel, the transposed dense head and a copied vector.
    for source in ["layer1.0.conv1.weight", "fc.weight", "bn1.gamma"] {
      guard let tensor = plan.mapping.tensors.first(where: { $0.structuralName == source }) else {
        Issue.record("no \(source) in the sample")
        continue
      }
      let record = params.records[tensor.sourceIndex]
      let key = tensor.tfName
      #expect(narrow.entry(for: key)?.dtype == .float, "\(key)")
      #expect(wide.entry(for: key)?.dtype == .double, "\(key)")
      // Float(nudged(x)) == x: rounded to nearest, in TF layout.
      let expected = Self.expectedBytes(params, record)
      let bits = try narrow.withTensorBytes(key: key) { bytes in
        (0..<(bytes.count / 4)).map { bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) }
      }
      #expect(bits == expected, "\(key)")
      let doubles = try wide.withTensorBytes(key: key) { bytes in
        (0..<(bytes.count / 8)).map { bytes.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self) }
      }
      #expect(doubles == expected.map { RetypedCopy.nudged(Float(bitPattern: $0)).bitPattern })
    }
  }

  func exists(_ path: FilePath) -> Bool { directory.exists(path) }

  func stagingLeftovers() throws -> [String] {
    directory.names(withPrefix: Publication.stagingPrefix)
  }
}
