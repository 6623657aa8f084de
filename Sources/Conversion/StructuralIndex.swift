import ResNet

/// Finds a model's tensors by their structural (`save_parameters`) name.
struct StructuralIndex: Sendable {
  private let byName: [String: TensorMapping]

  init(_ mapping: ModelMapping) {
    var byName: [String: TensorMapping] = [:]
    for tensor in mapping.tensors { byName[tensor.structuralName] = tensor }
    self.byName = byName
  }

  func tensor(_ structuralName: String) throws(VerificationError) -> TensorMapping {
    guard let tensor = byName[structuralName] else {
      throw VerificationError(
        .missingWeight, "the model has no tensor \(structuralName)", tensor: structuralName)
    }
    return tensor
  }
}
