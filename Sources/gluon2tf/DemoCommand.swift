import ArgumentParser
import Conversion
import Files
import MMapIO
import ResNet
import SystemPackage

/// `gluon2tf demo`: the whole job on a built-in sample, no download needed.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract:
      "Write a deterministic sample ResNet in MXNet format, convert it, and list the checkpoint.",
    discussion: """
      The sample has GluonCV's exact layout and randomly initialised weights (no
      download is possible or needed). It is written to OUT/<model>.params and
      converted to OUT/<model>/.

      Nothing that demo did not write is overwritten: an existing OUT/<model>.params
      is used only when it is byte for byte the sample demo would write, and an
      existing OUT/<model>/ is replaced only when it is a checkpoint directory.
      """
  )

  @Option(help: "Model to generate, e.g. resnet50_v1d, resnet18_v1b, resnet152_v1s.")
  var model = "resnet50_v1d"

  @Option(help: "Classes of the sample's head (fc): 1000 like ImageNet, or any other count.")
  var classes = 1000

  @Option(name: [.short, .long], help: "Working directory for the sample and its checkpoint.")
  var out = "demo-out"

  @Option(help: "Largest data shard (K, M, G suffixes).")
  var shardSize = ByteCountArgument(bytes: ConversionOptions.defaultShardSize)

  func run() throws {
    do {
      let architecture = try DemoCommand.architecture(named: model, classes: classes)
      let directory = try Directory.create(FilePath(out))
      let name = classes == 1000 ? model : "\(model)-\(classes)"
      let params = try writeSample(architecture, named: "\(name).params", in: directory)
      print("wrote sample \(params)")
      let summary = try Converter.convert(
        source: params, to: directory.path.appending(name),
        options: ConversionOptions(maxShardSize: shardSize.bytes), conflict: .replace)
      print(SummaryText.conversion(summary))
      if let problem = summary.publishingProblem {
        Terminal.errorLine("gluon2tf: warning: ", "\(problem)")
      }
    } catch {
      Terminal.errorLine("gluon2tf: error: ", "\(error)")
      throw ExitCode.failure
    }
  }

  /// The architecture a GluonCV model name stands for (``ModelArchitecture/init(modelName:classes:)``,
  /// the one parser of model names), with `classes` outputs.
  static func architecture(named name: String, classes: Int = 1000) throws -> ModelArchitecture {
    guard (1...10_000_000).contains(classes) else {
      throw ValidationError("--classes must be from 1 to 10000000")
    }
    return try ModelArchitecture(modelName: name, classes: classes)
  }

  /// Writes the sample as `name` in `directory` without replacing anything:
  /// an existing file is used only when it holds the sample's bytes.
  private func writeSample(
    _ architecture: ModelArchitecture, named name: String, in directory: Directory
  ) throws -> FilePath {
    do {
      _ = try directory.writeNew(name) { try SampleModel.write(architecture, to: $0) }
    } catch let error as FileSystemError where error.code == .exists {
      throw FileSystemError(
        .exists,
        "exists and is not the \(model) sample; it is left as it is (choose another --out)",
        path: error.path)
    }
    return directory.path.appending(name)
  }
}
