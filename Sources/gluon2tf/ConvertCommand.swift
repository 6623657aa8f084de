import ArgumentParser
import Conversion
import ResNet
import SystemPackage

/// `gluon2tf convert`: one file to one checkpoint directory.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a .params (or .params.lz4) file into a TensorFlow checkpoint directory.",
    discussion: """
      The checkpoint is built in a hidden staging directory beside OUT and published
      with one rename: OUT holds `<scope>.ckpt.index`, `<scope>.ckpt.data-0000K-of-0000N`
      and `checkpoint`, or does not exist at all. Missing parents of OUT are created.
      Restore it in TensorFlow with `tf.train.load_checkpoint("OUT/<scope>.ckpt")` or a
      `tf.compat.v1.train.Saver`.

      --force swaps an existing OUT out with one atomic exchange, and only when OUT is
      a checkpoint directory: one that holds nothing but checkpoint files and
      report.json, is not a symbolic link or a mount point, and neither holds nor is
      inside the source. Anything else is refused and left as it is.

      Before publishing, a layer-by-layer forward pass runs on the source weights
      (MXNet semantics, NCHW) and on the written checkpoint (TensorFlow semantics,
      NHWC), and the two are compared stage by stage; the result is published as
      OUT/report.json. A checkpoint whose logits differ by more than --threshold
      (relative L2) or whose top-1 class differs is not published: exit status 3.

      A source named as GluonCV names its downloads, <model>-<8 hex digits>.params,
      must have a SHA-1 that starts with those digits (GluonCV's own check): one that
      does not is refused, exit status 1, unless --no-name-check. Its SHA-1 is read
      on a second thread while converting; when it is one of GluonCV 0.10.5's
      official ImageNet releases, byte for byte, that is reported (and in
      report.json as "gluoncvRelease"). Other names, .params.lz4 included, are not
      hashed.
      """
  )

  @Argument(
    help: "The GluonCV weights file (.params, or .params.lz4 decoded in one streaming pass).",
    completion: .file())
  var source: String

  @Option(name: [.short, .long], help: "Checkpoint directory to create (default: ./<scope>).")
  var out: String?

  @Option(help: "Variable scope (default: the detected model name, e.g. resnet101_v1d).")
  var scope: String?

  @Option(
    parsing: .unconditional,
    help: "Largest data shard; a tensor is never split. Accepts K, M, G suffixes.")
  var shardSize = ByteCountArgument(bytes: ConversionOptions.defaultShardSize)

  @Option(
    help: ArgumentHelp(
      "Refuse a source whose arrays declare more data than this, before any is written.",
      discussion:
        "Guards against compressed \"bombs\": a small .params.lz4 can declare gigabytes. Accepts K, M, G suffixes."
    ))
  var maxSourceBytes = ByteCountArgument(bytes: ConversionOptions.defaultMaxSourceBytes)

  @Option(
    help:
      "float32: write every float weight as float32 (float16 exactly, float64 rounded to nearest), what TF models restore; keep: keep float16/float64 as they are. Integer and bool weights are refused."
  )
  var dtype: DTypePolicy = .float32

  @Option(
    help: "Resolve v1c/v1d or v1s/v1e when names and shapes cannot tell them apart (export files).")
  var family: FamilyArgument?

  @Flag(help: "Replace OUT if it is an existing checkpoint directory (never anything else).")
  var force = false

  @Flag(help: "Skip the verification forward pass (and report.json).")
  var noVerify = false

  @Flag(help: NameCheck.help)
  var noNameCheck = false

  @OptionGroup(title: "Verification (runs before the checkpoint is published)")
  var verification: VerificationArguments

  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  func run() throws {
    do {
      var options = ConversionOptions(
        scope: scope, maxShardSize: shardSize.bytes, keepHalfPrecision: dtype == .keep,
        familyHint: family?.family,
        verification: noVerify ? nil : try verification.options(),
        maxSourceBytes: maxSourceBytes.bytes)
      options.nameCheck = !noNameCheck
      let destination = try out.map { FilePath($0) } ?? defaultDestination(options: options)
      let progress = ProgressLine(label: "converting", enabled: !quiet && Terminal.stderrIsTerminal)
      let summary = try Converter.convert(
        source: FilePath(source), to: destination, options: options,
        conflict: force ? .replace : .fail, progress: progress.update)
      progress.finish()
      if !quiet { print(SummaryText.conversion(summary)) }
      if let problem = summary.publishingProblem {
        Terminal.errorLine("gluon2tf: warning: ", "\(problem)")
      }
    } catch {
      throw ExitStatus.fail(error)
    }
  }

  /// `./<scope>`, where the scope is the given or detected one.
  private func defaultDestination(options: ConversionOptions) throws(ConversionError) -> FilePath {
    if let scope { return FilePath(scope) }
    if StreamingConverter.handles(FilePath(source)) {
      return FilePath(
        try StreamingConverter.mapping(source: FilePath(source), options: options).scope)
    }
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
