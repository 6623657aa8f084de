/// Checks that the tensors are exactly the architecture's expected tensors (no missing, no extra,
/// right shapes) and maps each one to its TensorFlow name.
enum LayoutMatcher {
  /// How many missing names an error lists.
  static let listedMissing = 5

  static func match(
    _ tensors: [NormalizedTensor], architecture: ModelArchitecture, scope: String
  ) throws(ResNetError) -> [TensorMapping] {
    let layout = architecture.expectedTensors()
    var position: [String: Int] = [:]
    for (index, entry) in layout.enumerated() { position[entry.structuralName] = index }
    var seen = [Bool](repeating: false, count: layout.count)
    var mappings: [TensorMapping] = []
    mappings.reserveCapacity(tensors.count)
    let model = architecture.modelName

    for tensor in tensors {
      guard let index = position[tensor.structuralName] else {
        throw ResNetError(
          .unexpectedTensor,
          "unexpected tensor \(tensor.quotedName): \(model) has no such tensor",
          tensorName: tensor.sourceName)
      }
      let entry = layout[index]
      guard entry.shape == tensor.shape else {
        throw ResNetError(
          .shapeMismatch,
          "tensor \(tensor.quotedName) has shape \(ShapeText.describe(tensor.shape)); \(model) "
            + "expects \(ShapeText.describe(entry.shape))",
          tensorName: tensor.sourceName, expectedShape: entry.shape, foundShape: tensor.shape)
      }
      seen[index] = true
      mappings.append(
        TensorMapping(
          sourceIndex: tensor.sourceIndex, sourceName: tensor.sourceName,
          structuralName: entry.structuralName, tfName: "\(scope)/\(entry.tfPath)",
          sourceShape: tensor.shape, tfShape: entry.transform.tfShape(fromSourceShape: entry.shape),
          transform: entry.transform))
    }

    let missing = layout.indices.filter { !seen[$0] }.map { layout[$0].structuralName }
    if let first = missing.first {
      let listed = missing.prefix(listedMissing).map { "`\($0)`" }.joined(separator: ", ")
      throw ResNetError(
        .missingTensor,
        "\(missing.count) of \(layout.count) tensors of \(model) missing: \(listed)"
          + (missing.count > listedMissing ? ", …" : ""),
        tensorName: first)
    }
    return mappings
  }
}
