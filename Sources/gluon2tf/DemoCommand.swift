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

  @Option(name: [.short, .long], help: "Working directory for the sample and its checkpoint.")
  var out = "demo-out"

  @Option(help: "Largest data shard (K, M, G suffixes).")
  var shardSize = ByteCountArgument(bytes: ConversionOptions.defaultShardSize)

  func run() throws {
    do {
      let architecture = try DemoCommand.architecture(named: model)
      let directory = try Directory.create(FilePath(out))
      let params = try writeSample(architecture, named: "\(model).params", in: directory)
      print("wrote sample \(params)")
      let summary = try Converter.convert(
        source: params, to: directory.path.appending(model),
        options: ConversionOptions(maxShardSize: shardSize.bytes), conflict: .replace)
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

  /// Writes the sample under a new hidden name and renames it to `name`
  /// without replacing anything. When `name` exists it is kept: used if it
  /// holds the same bytes, refused otherwise.
  private func writeSample(
    _ architecture: ModelArchitecture, named name: String, in directory: Directory
  ) throws -> FilePath {
    var random = SystemRandomNumberGenerator()
    let temporary = ".gluon2tf-demo-\(String(random.next(), radix: 16)).params"
    defer { try? directory.removeFile(temporary) }
    try SampleModel.write(architecture, to: try directory.createFile(temporary))
    let renamed = Result { () throws(SystemCallError) in
      try directory.rename(temporary, to: directory, as: name, options: .noReplace)
    }
    if case .failure(let error) = renamed {
      guard error.errno == .fileExists else { throw error }
      guard try sameBytes(temporary, name, in: directory) else {
        throw FileSystemError(
          .exists,
          "exists and is not the \(model) sample; it is left as it is (choose another --out)",
          path: directory.path.appending(name))
      }
    }
    return directory.path.appending(name)
  }

  /// Whether the regular files `a` and `b` in `directory` hold the same bytes.
  private func sameBytes(_ a: String, _ b: String, in directory: Directory) throws -> Bool {
    let first = try directory.openForReading(a)
    defer { try? first.close() }
    let second = try directory.openForReading(b)
    defer { try? second.close() }
    return try ReadOnlyFile.haveSameContents(first, second)
  }
}
