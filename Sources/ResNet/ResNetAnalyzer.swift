/// Detects a GluonCV ResNetV1b-family architecture from tensor names and shapes and maps every
/// tensor to its gluon2TF variable name.
public enum ResNetAnalyzer {
  /// Detects the architecture and maps every tensor.
  ///
  /// Accepts structural (`layer1.0.conv1.weight`), export (`arg:resnetv1d_layers1_conv0_weight`)
  /// and legacy (`conv0_weight`, prefix present or stripped) names, in any order. The tensor set
  /// must be exactly the architecture's: nothing missing, nothing extra, no duplicates, every
  /// shape as implied by the architecture.
  ///
  /// - Parameters:
  ///   - tensors: The tensors in source order.
  ///   - scope: The TensorFlow scope; `nil` → `architecture.modelName` (e.g. `resnet50_v1d`).
  ///   - familyHint: The family, required only when export/legacy names without a
  ///     `resnetv1X_` prefix cannot tell v1c from v1d or v1s from v1e. It must agree with every
  ///     other piece of evidence.
  /// - Returns: The architecture and one ``TensorMapping`` per input tensor, in input order.
  /// - Throws: ``ResNetError`` describing what was found.
  public static func analyze(
    _ tensors: [SourceTensor], scope: String? = nil, familyHint: ResNetFamily? = nil
  ) throws(ResNetError) -> ModelMapping {
    guard !tensors.isEmpty else {
      throw ResNetError(.emptyInput, "the file holds no tensors; \(ResNetDepth.supportedModels)")
    }
    if let scope { try validateScope(scope) }
    try requireUniqueNames(tensors.enumerated().map { ($0.offset, $0.element.name, nil) })

    let style = NamingStyle.detect(tensors)
    let normalized: [NormalizedTensor]
    switch style {
    case .structural:
      try UnsupportedModelDiagnosis.checkStructural(tensors)
      normalized = tensors.enumerated().map {
        NormalizedTensor(
          sourceIndex: $0.offset, sourceName: $0.element.name,
          structuralName: $0.element.name, shape: $0.element.shape)
      }
    case .export, .legacy:
      normalized = try CounterNameNormalizer.normalize(
        tensors, style: style, familyHint: familyHint
      ).tensors
      try requireUniqueNames(normalized.map { ($0.sourceIndex, $0.structuralName, $0.sourceName) })
    }

    let architecture = try ArchitectureDetector.detect(normalized)
    if let familyHint, familyHint != architecture.family {
      throw ResNetError(
        .familyConflict,
        "family \(familyHint.rawValue) was requested but the tensors describe "
          + "\(architecture.modelName) (stem widths \(architecture.stemWidths), "
          + (architecture.averageDownShortcut
            ? "avg-pool shortcuts `downsample.1`/`.2`)" : "strided shortcuts `downsample.0`/`.1`)"))
    }
    let scope = scope ?? architecture.modelName
    let mappings = try LayoutMatcher.match(normalized, architecture: architecture, scope: scope)
    return ModelMapping(
      architecture: architecture, namingStyle: style, scope: scope, tensors: mappings)
  }

  /// Checks a TensorFlow scope: non-empty, no leading or trailing `/`, no empty path component,
  /// no NUL.
  ///
  /// - Throws: ``ResNetError`` with code `invalidScope`.
  public static func validateScope(_ scope: String) throws(ResNetError) {
    try ScopeValidator.validate(scope)
  }

  /// Throws `duplicateTensor` for the first name seen twice. `source` names the original
  /// tensor when `name` is a normalised name.
  private static func requireUniqueNames(_ names: [(index: Int, name: String, source: String?)])
    throws(ResNetError)
  {
    var firstIndex: [String: (Int, String?)] = [:]
    for entry in names {
      if let (earlier, earlierSource) = firstIndex[entry.name] {
        let detail =
          if let source = entry.source, let earlierSource {
            " (`\(earlierSource)` and `\(source)` both normalise to it)"
          } else { "" }
        throw ResNetError(
          .duplicateTensor,
          "duplicate tensor `\(entry.name)` at positions \(earlier) and \(entry.index)\(detail)",
          tensorName: entry.source ?? entry.name)
      }
      firstIndex[entry.name] = (entry.index, entry.source)
    }
  }
}
