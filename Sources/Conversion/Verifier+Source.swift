import Files
import ResNet
import ResNetForward
public import SystemPackage

extension Verifier {
  /// Verifies the checkpoint at `checkpointPrefix` against the weights file
  /// `source`: a `.params` file, or LZ4-compressed `.params` told apart by its
  /// first bytes whatever its name (as ``Converter`` tells them apart), decoded
  /// again as the forward pass needs it.
  public static func verify(
    checkpointPrefix: FilePath, source: FilePath, options: ConversionOptions,
    verification: VerificationOptions
  ) throws -> VerificationReport {
    if StreamingConverter.handles(source) {
      let mapping = try StreamingConverter.mapping(source: source, options: options)
      return try verify(
        sourceWeights: StreamingWeightProvider(source: source, mapping: mapping),
        sourcePath: source.string, mapping: mapping, checkpointPrefix: checkpointPrefix,
        options: verification)
    }
    let (params, plan) = try Converter.plan(source: source, options: options)
    return try verify(
      params: params, mapping: plan.mapping, checkpointPrefix: checkpointPrefix,
      options: verification)
  }
}
