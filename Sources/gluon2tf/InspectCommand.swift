import ArgumentParser
import Conversion
import Files
import MMapIO
import ResNet
import SystemPackage

/// `gluon2tf inspect`: what a weights file holds and where each tensor would go.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract:
      "Show each tensor of a .params file and its TensorFlow name, shape and layout change.",
    discussion: """
      Nothing is written. With --json the mapping is printed as one JSON document.

      For a GluonCV name (<model>-<8 hex digits>.params) it also shows the file's
      SHA-1, whether those digits match it (inspect only reports a mismatch; convert
      and verify refuse it), and which of GluonCV 0.10.5's official ImageNet releases
      it is, byte for byte, if any ("sha1", "nameChecksum": "match" or "mismatch",
      "gluoncvRelease" in --json, each only when known).
      """
  )

  @Argument(help: "The GluonCV weights file (.params or .params.lz4).", completion: .file())
  var source: String

  @Option(help: "Variable scope (default: the detected model name).")
  var scope: String?

  @Option(
    help: "float32 or keep: how float16/float64 tensors would be written (see convert --help).")
  var dtype: DTypePolicy = .float32

  @Option(help: "Resolve v1c/v1d or v1s/v1e for export files.")
  var family: FamilyArgument?

  @Flag(help: "Print a machine-readable JSON mapping.")
  var json = false

  func run() throws {
    let options = ConversionOptions(
      scope: scope, keepHalfPrecision: dtype == .keep, familyHint: family?.family)
    do {
      // The SHA-1 is read on a second thread while the headers are planned.
      let fingerprinting = SourceFingerprint.start(FilePath(source))
      // A .params or a compressed .params.lz4, told apart by its bytes.
      let (bytes, plan) = try Converter.inspect(source: FilePath(source), options: options)
      let fingerprint = try SourceFingerprint.finish(
        fingerprinting, source: FilePath(source), nameCheck: false)
      print(json ? jsonText(bytes, plan, fingerprint) : table(bytes, plan, fingerprint))
    } catch {
      Terminal.errorLine("gluon2tf: error: ", "\(error)")
      throw ExitCode.failure
    }
  }

  private func table(
    _ sourceBytes: Int, _ plan: ConversionPlan, _ fingerprint: SourceFingerprint?
  ) -> String {
    let architecture = plan.mapping.architecture
    var lines = [
      "\(UntrustedText.escaped(source, limit: UntrustedText.pathLimit)): \(architecture.modelName), \(architecture.classes) classes, "
        + "\(plan.mapping.namingStyle.rawValue) names, \(plan.jobs.count) tensors, "
        + "\(Terminal.size(sourceBytes))",
      "scope \(plan.mapping.scope); stages \(architecture.blocksPerStage) \(architecture.blockKind.rawValue) blocks"
        + (architecture.cardinality > 1 ? ", \(architecture.cardinality) groups" : "")
        + (architecture.hasPerLayerWidths ? ", per-layer widths (pruned)" : ""),
    ]
    if let fingerprint { lines.append(fingerprintLine(fingerprint)) }
    lines.append("")
    for (index, tensor) in plan.mapping.tensors.enumerated() {
      let job = plan.jobs[index]
      lines.append(
        "\(UntrustedText.escaped(tensor.sourceName)) \(shapeText(tensor.sourceShape)) \(job.record.dtype)"
          + " → \(tensor.tfName) \(shapeText(tensor.tfShape)) \(job.outputType) [\(tensor.transform.rawValue)]"
          + (ConversionPlan.conversionNote(job.conversion).map { " (\($0))" } ?? "")
      )
    }
    return lines.joined(separator: "\n")
  }

  /// `sha1 …; name check …; GluonCV release …`.
  private func fingerprintLine(_ fingerprint: SourceFingerprint) -> String {
    var parts = ["sha1 \(fingerprint.sha1)"]
    if let claimed = fingerprint.claimedPrefix, let matches = fingerprint.nameMatches {
      parts.append(
        matches
          ? "the name's SHA-1 prefix \(claimed) matches"
          : "MISMATCH: the name says its SHA-1 starts with \(claimed) (convert and verify refuse it)"
      )
    }
    parts.append(
      fingerprint.release.map { "GluonCV's official \($0) weights, byte for byte" }
        ?? "not an official GluonCV 0.10.5 release")
    return parts.joined(separator: "; ")
  }

  private func jsonText(
    _ sourceBytes: Int, _ plan: ConversionPlan, _ fingerprint: SourceFingerprint?
  ) -> String {
    let architecture = plan.mapping.architecture
    var json = JSONWriter()
    json.object {
      $0.field("file", source)
      $0.field("bytes", sourceBytes)
      $0.field("model", architecture.modelName)
      $0.field("family", architecture.family.rawValue)
      $0.field("depth", architecture.depth)
      $0.field("classes", architecture.classes)
      $0.field("blocksPerStage", architecture.blocksPerStage)
      $0.field("cardinality", architecture.cardinality)
      $0.field("perLayerWidths", architecture.hasPerLayerWidths)
      $0.field("namingStyle", plan.mapping.namingStyle.rawValue)
      $0.field("scope", plan.mapping.scope)
      if let fingerprint {
        $0.field("sha1", fingerprint.sha1)
        if let matches = fingerprint.nameMatches {
          $0.field("nameChecksum", matches ? "match" : "mismatch")
        }
        if let release = fingerprint.release { $0.field("gluoncvRelease", release) }
      }
      $0.array("tensors") { list in
        for (index, tensor) in plan.mapping.tensors.enumerated() {
          let job = plan.jobs[index]
          list.object {
            $0.field("source", tensor.sourceName)
            $0.field("shape", tensor.sourceShape)
            $0.field("dtype", "\(job.record.dtype)")
            $0.field("offset", job.record.dataOffset)
            $0.field("tf", tensor.tfName)
            $0.field("tfShape", tensor.tfShape)
            $0.field("tfDtype", "\(job.outputType)")
            if let note = ConversionPlan.conversionNote(job.conversion) {
              $0.field("dtypeConversion", note)
            }
            $0.field("transform", tensor.transform.rawValue)
          }
        }
      }
    }
    return json.text
  }

  private func shapeText(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ",") + ")"
  }
}
