import Conversion
import Files
import Foundation
import MMapIO
import ResNet
import SystemPackage
import TestSupport
import Testing

/// A source model whose own forward pass gives NaN or infinity is reported as
/// such, not as a checkpoint that "does not compute what the source computes".
@Suite("Sources whose own forward pass is not finite")
struct NonFiniteSourceTests {
  let directory = TemporaryDirectory()

  /// A resnet18_v1b with `value` written over the first `count` elements of
  /// the float32 tensor `name`.
  func model(_ label: String, setting name: String, to value: Float, count: Int = 1) throws
    -> FilePath
  {
    let path = directory.file("\(label).params")
    try SampleModel.write(try ModelArchitecture(family: .v1b, depth: 18, classes: 10), to: path)
    let record = try #require(try ParamsFile(path: path).records.first { $0.name == name })
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path.string))
    defer { try? handle.close() }
    try handle.seek(toOffset: UInt64(record.dataOffset))
    let bytes = (0..<count).flatMap { _ in
      withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) }
    }
    try handle.write(contentsOf: Data(bytes))
    return path
  }

  func expectRefused(_ source: FilePath, stage: String, _ counts: String) {
    let destination = directory.file("out-\(source.stem ?? "")")
    #expect {
      _ = try Converter.convert(source: source, to: destination)
    } throws: { error in
      guard let error = error as? ConversionError else { return false }
      #expect(error.code == .sourceNonFinite, "\(error)")
      #expect(
        error.description.contains("the source's own forward pass is non-finite at stage \(stage)"),
        "\(error)")
      #expect(error.description.contains(counts), "\(error)")
      #expect(error.description.contains("the checkpoint was not published"), "\(error)")
      return error.code == .sourceNonFinite
    }
    #expect(!directory.exists(destination))
    #expect(directory.names(withPrefix: Publication.stagingPrefix).isEmpty)
  }

  @Test func aNaNWeightIsReportedAtTheFirstStageItReaches() throws {
    let source = try model("nan", setting: "layer2.0.conv1.weight", to: .nan)
    expectRefused(source, stage: "C3", "NaN and")
  }

  @Test func weightsThatOverflowAreReportedAtTheLogits() throws {
    // Every feature is ≥ 0 after the ReLU and average pool: row 0 of the
    // classifier sums 512 products of 3e38 into +inf.
    let source = try model("huge", setting: "fc.weight", to: 3e38, count: 512)
    expectRefused(source, stage: "logits", "0 NaN and 1 infinite values of 10")
  }
}
