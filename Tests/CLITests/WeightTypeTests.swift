import Conversion
import Foundation
import MMapIO
import ResNet
import SystemPackage
import TestSupport
import Testing

/// `convert` and `inspect` on weights that are not float32.
@Suite("weight element types")
struct WeightTypeTests {
  let temporary = TemporaryDirectory()

  func sample() throws -> FilePath {
    let path = temporary.file("r18.params")
    try SampleModel.write(try ModelArchitecture(family: .v1b, depth: 18, classes: 10), to: path)
    return path
  }

  @Test(
    "int8 and bool weights are refused, naming file, tensor and offset, with and without verification",
    arguments: [MXNetDType.int8, .bool])
  func nonFloatWeightsAreRefused(dtype: MXNetDType) throws {
    let source = temporary.file("r18-\(dtype).params")
    try RetypedCopy.write(from: try sample(), to: source) {
      $0.name == "layer2.0.conv1.weight" ? dtype : nil
    }
    let header = try ParamsFile(path: source).records.first {
      $0.name == "layer2.0.conv1.weight"
    }.map(\.headerOffset)
    for (index, extra) in [[], ["--no-verify"], ["--dtype", "keep", "--no-verify"]].enumerated() {
      let out = temporary.file("out\(index)")
      let result = try Gluon2TFCommand.run(["convert", source.string, "--out", out.string] + extra)
      #expect(result.status != 0, "\(extra)")
      #expect(result.stderr.contains(source.string), "\(result.stderr)")
      #expect(result.stderr.contains("layer2.0.conv1.weight"), "\(result.stderr)")
      #expect(result.stderr.contains("byte offset \(header ?? -1)"), "\(result.stderr)")
      #expect(result.stderr.contains("\(dtype)"), "\(result.stderr)")
      #expect(!temporary.exists(out), "nothing is published")
    }
    let inspect = try Gluon2TFCommand.run(["inspect", source.string])
    #expect(inspect.status != 0)
    #expect(inspect.stderr.contains("layer2.0.conv1.weight"), "\(inspect.stderr)")
    // Nothing but the two sources was written.
    let names = try FileManager.default.contentsOfDirectory(atPath: temporary.path.string)
    #expect(names.sorted() == ["r18-\(dtype).params", "r18.params"])
  }

  @Test("inspect shows float64 weights written as float32, rounded, or kept")
  func inspectShowsTheWrittenType() throws {
    let source = temporary.file("r18-64.params")
    try RetypedCopy.write(from: try sample(), to: source) { _ in .float64 }
    let text = try Gluon2TFCommand.run(["inspect", source.string])
    #expect(text.status == 0, "\(text.stderr)")
    let fc = text.stdout.split(separator: "\n").first { $0.hasPrefix("fc.weight ") }
    #expect(
      fc?.hasSuffix("float32 [transpose_2d] (float64 → float32, rounded to nearest)") == true,
      "\(fc ?? "")")

    let json = try Gluon2TFCommand.run(["inspect", source.string, "--json"])
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let tensors = document?["tensors"] as? [[String: Any]] ?? []
    #expect(!tensors.isEmpty)
    for tensor in tensors {
      #expect(tensor["tfDtype"] as? String == "float32")
      #expect(tensor["dtypeConversion"] as? String == "float64 → float32, rounded to nearest")
    }
    let kept = try Gluon2TFCommand.run(["inspect", source.string, "--json", "--dtype", "keep"])
    let keptDocument =
      try JSONSerialization.jsonObject(with: Data(kept.stdout.utf8)) as? [String: Any]
    let keptTypes = (keptDocument?["tensors"] as? [[String: Any]] ?? []).map {
      $0["tfDtype"] as? String
    }
    #expect(!keptTypes.isEmpty && keptTypes.allSatisfy { $0 == "float64" })
  }
}
