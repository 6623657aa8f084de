import ArgumentParser
import Conversion
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
      """
  )

  @Option(help: "Model to generate, e.g. resnet50_v1d, resnet18_v1b, resnet152_v1s.")
  var model = "resnet50_v1d"

  @Option(name: [.short, .long], help: "Working directory for the sample and its checkpoint.")
  var out = "demo-out"

  @Option(help: "Largest data shard (K, M, G suffixes).")
  var shardSize = ByteCountArgument(bytes: ConversionOptions.defaultShardSize)

  func run() throws {
    do {
      let architecture = try DemoCommand.architecture(named: model)
      let directory = FilePath(out)
      try makeDirectory(directory)
      let params = directory.appending("\(model).params")
      try SampleModel.write(architecture, to: params)
      print("wrote sample \(params)")
      let summary = try Converter.convert(
        source: params, to: directory.appending(model),
        options: ConversionOptions(maxShardSize: shardSize.bytes, replaceExisting: true))
      print(SummaryText.conversion(summary))
    } catch {
      Terminal.error("gluon2tf: error: \(error)\n")
      throw ExitCode.failure
    }
  }

  /// Parses `resnet<depth>_<family>`.
  static func architecture(named name: String) throws -> ModelArchitecture {
    let parts = name.split(separator: "_")
    guard parts.count == 2, parts[0].hasPrefix("resnet"), let depth = Int(parts[0].dropFirst(6)),
      let family = ResNetFamily(rawValue: String(parts[1]))
    else {
      throw ValidationError(
        "unknown model \(name); expected resnet{18,34,50,101,152}_v1{b,c,d,e,s}")
    }
    return try ModelArchitecture(family: family, depth: depth)
  }

  private func makeDirectory(_ path: FilePath) throws {
    do {
      try FileDescriptor.open(path, .readOnly, options: [.directory, .closeOnExec]).close()
    } catch {
      guard mkdirAll(path) else { throw ValidationError("cannot create \(path)") }
    }
  }
}
