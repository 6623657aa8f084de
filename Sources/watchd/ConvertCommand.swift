import ArgumentParser
import Conversion
import ResNet
import SystemPackage

/// `gluon2tf convert`: one file to one checkpoint directory.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a .params file into a TensorFlow checkpoint directory.",
    discussion: """
      The checkpoint is built in a hidden staging directory beside OUT and published
      with one rename: OUT holds `<scope>.ckpt.index`, `<scope>.ckpt.data-0000K-of-0000N`
      and `checkpoint`, or does not exist at all. Restore it in TensorFlow with
      `tf.train.load_checkpoint("OUT/<scope>.ckpt")` or a `tf.compat.v1.train.Saver`.
      """
  )

  @Argument(help: "The GluonCV weights file (.params).", completion: .file())
  var source: String

  @Option(name: [.short, .long], help: "Checkpoint directory to create (default: ./<scope>).")
  var out: String?

  @Option(help: "Variable scope (default: the detected model name, e.g. resnet101_v1d).")
  var scope: String?

  @Option(help: "Largest data shard; a tensor is never split. Accepts K, M, G suffixes.")
  var shardSize = ByteCountArgument(bytes: ConversionOptions.defaultShardSize)

  @Option(
    help:
      "float32: write float16 weights as exact float32 (what TF models restore); keep: write DT_HALF."
  )
  var dtype: DTypePolicy = .float32

  @Option(
    help: "Resolve v1c/v1d or v1s/v1e when names and shapes cannot tell them apart (export files).")
  var family: FamilyArgument?

  @Flag(help: "Replace OUT if it exists.")
  var force = false

  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  func run() throws {
    let options = ConversionOptions(
      scope: scope, maxShardSize: shardSize.bytes, keepHalfPrecision: dtype == .keep,
      familyHint: family?.family,
      replaceExisting: force)
    do {
      let destination = try out.map { FilePath($0) } ?? defaultDestination(options: options)
      let progress = ProgressLine(label: "converting", enabled: !quiet && Terminal.stderrIsTerminal)
      let summary = try Converter.convert(
        source: FilePath(source), to: destination, options: options, progress: progress.update)
      progress.finish()
      if !quiet { print(SummaryText.conversion(summary)) }
    } catch {
      Terminal.error("gluon2tf: error: \(error)\n")
      throw ExitCode.failure
    }
  }

  /// `./<scope>`, where the scope is the given or detected one.
  private func defaultDestination(options: ConversionOptions) throws(ConversionError) -> FilePath {
    if let scope { return FilePath(scope) }
    let (_, plan) = try Converter.plan(source: FilePath(source), options: options)
    return FilePath(plan.mapping.scope)
  }
}

/// What `--dtype` accepts.
enum DTypePolicy: String, ExpressibleByArgument, CaseIterable {
  case float32, keep
}

/// What `--family` accepts: v1b, v1c, v1d, v1e or v1s.
struct FamilyArgument: ExpressibleByArgument {
  var family: ResNetFamily

  init?(argument: String) {
    guard let family = ResNetFamily(rawValue: argument) else { return nil }
    self.family = family
  }

  static var allValueStrings: [String] { ResNetFamily.allCases.map(\.rawValue) }
}
