import ArgumentParser
import Conversion
import Files
import MMapIO
import ResNet
import SystemPackage
import TensorBundle

/// `gluon2tf verify`: does a checkpoint compute what its source computes?
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check a converted checkpoint against its .params source with a forward pass.",
    discussion: """
      Runs the network twice, layer by layer: on the source weights with MXNet
      semantics (NCHW, OIHW) and on the checkpoint read back through its CRCs with
      TensorFlow semantics (NHWC, HWIO). Compares the activations after C1…C5 and
      the logits: relative L2 (gluon2TF's metric), max abs error, cosine, top-1/top-5.
      Reads the checkpoint and writes nothing into it (it may be read-only, and its
      report.json stays as it was). A JSON report is written only with --report.

      A --params file named as GluonCV names its downloads, <model>-<8 hex
      digits>.params, must have a SHA-1 that starts with those digits (read on a
      second thread while verifying); one that does not is refused unless
      --no-name-check. When it is one of GluonCV 0.10.5's official ImageNet
      releases, byte for byte, the summary and the report say so.

      Exit status: 0 passed; 3 the error is over --threshold or top-1 differs;
      1 the check could not run (e.g. a tensor fails its CRC, or the source's
      SHA-1 is not what its name says).
      """
  )

  @Argument(
    help: "The checkpoint: its directory, or the <dir>/<scope>.ckpt prefix.", completion: .file())
  var checkpoint: String

  @Option(
    help: "The .params (or .params.lz4) file the checkpoint was made from.", completion: .file())
  var params: String

  @Option(help: "Resolve v1c/v1d or v1s/v1e for export files.")
  var family: FamilyArgument?

  @Option(
    help: ArgumentHelp(
      "Write the JSON report to this file ('-': standard output; the summary then goes to stderr).",
      discussion:
        "An existing file there is replaced only if it is a gluon2tf report; anything else is left as it is.",
      valueName: "path"))
  var report: String?

  @OptionGroup(title: "Verification")
  var verification: VerificationArguments

  @Flag(help: NameCheck.help)
  var noNameCheck = false

  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  func run() throws {
    do {
      let prefix = try CheckpointLocation.prefix(of: FilePath(checkpoint))
      let scope = try CheckpointLocation.scope(of: prefix)
      let options = ConversionOptions(scope: scope, familyHint: family?.family)
      // The source's SHA-1 (GluonCV's name check, its release table) is
      // read on a second thread meanwhile; a verification error comes first.
      let fingerprinting = SourceFingerprint.start(FilePath(params))
      let verified = Result { () throws(ConversionError) in
        do {
          // A .params or a compressed .params.lz4, told apart by its bytes.
          return try Verifier.verify(
            checkpointPrefix: prefix, source: FilePath(params), options: options,
            verification: try verification.options())
        } catch let error as ConversionError {
          throw error
        } catch {
          throw ConversionError(
            .verification, "cannot verify \(prefix)", source: FilePath(params), cause: error)
        }
      }
      var result = try verified.get()
      result.gluoncvRelease = try SourceFingerprint.finish(
        fingerprinting, source: FilePath(params), nameCheck: !noNameCheck)?.release
      // The checkpoint is only read: its own report.json is the record of
      // how it was made (the daemon's), and it may be on read-only storage.
      if report == "-" {
        print(result.json, terminator: "")
        if !quiet { Terminal.error("\(result.model): \(result.summary)\n") }
      } else {
        if let report {
          do { try result.write(to: FilePath(report)) } catch {
            throw ConversionError(.write, "\(report): \(error.message)", cause: error)
          }
        }
        if !quiet {
          print(
            "\(result.model): \(result.summary)" + (report.map { "\nreport: \($0)" } ?? "")
              + (result.gluoncvRelease.map { "\nGluonCV release: \($0) (byte for byte)" } ?? ""))
        }
      }
      guard result.passed else { throw ExitStatus.verificationFailed }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw ExitStatus.fail(error)
    }
  }
}

/// Finding a checkpoint prefix and its scope from what the user typed.
enum CheckpointLocation {
  /// `dir` → the one `dir/*.ckpt.index` prefix inside; a prefix is returned as is.
  static func prefix(of path: FilePath) throws(ConversionError) -> FilePath {
    if let names = try? Directory(opening: path).names() {
      let indexes = names.filter { $0.hasSuffix(".index") }
      guard indexes.count == 1, let index = indexes.first else {
        throw ConversionError(
          .invalidOption,
          "\(path) holds \(indexes.count) checkpoint indexes; name the prefix (<dir>/<scope>.ckpt)")
      }
      return path.appending(String(index.dropLast(".index".count)))
    }
    return path
  }

  /// The scope the checkpoint's variables live under: what precedes `/C1/`.
  static func scope(of prefix: FilePath) throws(ConversionError) -> String {
    let reader: BundleReader
    do { reader = try BundleReader(prefix: prefix) } catch {
      throw ConversionError(
        .invalidSource, "cannot open the checkpoint \(prefix)", cause: error)
    }
    for key in reader.keys {
      if let range = key.firstRange(of: "/C1/") { return String(key[..<range.lowerBound]) }
    }
    throw ConversionError(
      .invalidSource, "\(prefix) has no <scope>/C1/… variables: not a gluon2tf ResNet checkpoint")
  }
}
