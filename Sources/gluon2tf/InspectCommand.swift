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
    discussion: "Nothing is written. With --json the mapping is printed as one JSON document."
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
      // A .params or a compressed .params.lz4, told apart by its bytes.
      let (bytes, plan) = try Converter.inspect(source: FilePath(source), options: options)
      print(json ? jsonText(bytes, plan) : table(bytes, plan))
    } catch {
      Terminal.errorLine("gluon2tf: error: ", "\(error)")
      throw ExitCode.failure
    }
  }

  private func table(_ sourceBytes: Int, _ plan: ConversionPlan) -> String {
    let architecture = plan.mapping.architecture
    var lines = [
      "\(UntrustedText.escaped(source, limit: UntrustedText.pathLimit)): \(architecture.modelName), \(architecture.classes) classes, "
        + "\(plan.mapping.namingStyle.rawValue) names, \(plan.jobs.count) tensors, "
        + "\(Terminal.size(sourceBytes))",
      "scope \(plan.mapping.scope); stages \(architecture.blocksPerStage) \(architecture.blockKind.rawValue) blocks"
        + (architecture.cardinality > 1 ? ", \(architecture.cardinality) groups" : "")
        + (architecture.hasPerLayerWidths ? ", per-layer widths (pruned)" : ""),
      "",
    ]
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

  private func jsonText(_ sourceBytes: Int, _ plan: ConversionPlan) -> String {
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
