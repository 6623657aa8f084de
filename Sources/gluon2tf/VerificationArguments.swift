import ArgumentParser
import Conversion
import MMapIO
import SystemPackage

/// The verification options `convert` and `verify` share.
struct VerificationArguments: ParsableArguments {
  @Option(
    help:
      "Input image: float32 NCHW .npy of shape (1,3,H,W), H and W ≥ 32 (default: a synthetic 224×224 image)."
  )
  var input: String?

  @Option(
    help:
      "Reference logits (.npy, float32) computed elsewhere, e.g. by GluonCV; both paths are compared with them."
  )
  var reference: String?

  // `.unconditional`: the next argument is the value even when it starts
  // with `-`, so `--threshold -1` gets the range error below, not "Missing value".
  @Option(
    parsing: .unconditional,
    help: "Largest accepted relative L2 error of the logits (greater than 0).")
  var threshold: Double = VerificationOptions.defaultThreshold

  @Option(
    help: "Also write the logits of both paths to PREFIX.source.npy and PREFIX.checkpoint.npy.")
  var saveLogits: String?

  func validate() throws {
    guard VerificationOptions.isValidThreshold(threshold) else {
      throw ValidationError(
        "--threshold must be a number greater than 0, like 1e-5 (a relative L2 error), not \(threshold)"
      )
    }
  }

  /// Reads the arrays and builds the options.
  func options() throws(ConversionError) -> VerificationOptions {
    do {
      return VerificationOptions(
        input: try input.map { try NPYArray(contentsOf: FilePath($0)) }, inputPath: input,
        reference: try reference.map { try NPYArray(contentsOf: FilePath($0)) },
        referencePath: reference,
        threshold: threshold, saveLogitsPrefix: saveLogits.map { FilePath($0) })
    } catch let error as MMapIOError {
      throw ConversionError(error)
    } catch {
      throw ConversionError(.invalidOption, "\(error)")
    }
  }
}

/// `--no-name-check`, shared by `convert` and `verify`.
enum NameCheck {
  static let help = ArgumentHelp(
    "Convert or verify a source even when its SHA-1 does not start with the 8 hex digits of its GluonCV name (<model>-<sha1>.params)."
  )
}

/// Exit codes shared by the commands.
enum ExitStatus {
  /// Verification ran and the checkpoint does not match its source.
  static let verificationFailed = ExitCode(3)

  /// Prints `error` and picks the exit code for it.
  static func fail(_ error: any Error) -> ExitCode {
    Terminal.errorLine("gluon2tf: error: ", "\(error)")
    if let conversion = error as? ConversionError, conversion.code == .verificationFailed {
      return verificationFailed
    }
    return .failure
  }
}
