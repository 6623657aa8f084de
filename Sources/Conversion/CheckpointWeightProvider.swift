internal import MMapIO
public import ResNet
public import ResNetForward
public import TensorBundle

/// Serves weights read back from the written checkpoint, in TensorFlow layout
/// (HWIO convolutions, (in, out) dense), to the NHWC forward pass.
///
/// Every tensor goes through ``BundleReader``'s CRC check, so a flipped byte in
/// a shard is an error naming the tensor, not a silent numeric drift. Pages are
/// released after each layer.
public final class CheckpointWeightProvider: WeightProvider {
  private let reader: BundleReader
  private let index: StructuralIndex
  private var scratch: [Float] = []

  public init(reader: BundleReader, mapping: ModelMapping) {
    self.reader = reader
    self.index = StructuralIndex(mapping)
  }

  public func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    let (tensor, bytes, dtype) = try checkedTensor(structuralName)
    defer { reader.release(key: tensor.tfName) }
    return try FloatWidening.values(
      bytes, dtype: dtype, count: bytes.count / dtype.itemSize, scratch: &scratch,
      tensor: tensor.tfName, body)
  }

  /// Row blocks read from the mapped shard (checked whole first, chunk by
  /// chunk), the tensor's pages released after each block.
  public func forEachRowBlock(
    _ structuralName: String, shape: MatrixShape, maximumElements: Int,
    _ body: (MatrixBlock) throws -> Void
  ) throws {
    let (tensor, bytes, dtype) = try checkedTensor(structuralName)
    defer { reader.release(key: tensor.tfName) }
    guard bytes.count == shape.count * dtype.itemSize else {
      return try withWeights(structuralName) { values in
        try MatrixBlock.forEach(
          in: values, name: structuralName, shape: shape, maximumElements: maximumElements, body)
      }
    }
    try FloatWidening.forEachRowBlock(
      bytes, dtype: dtype, shape: shape, maximumElements: maximumElements, scratch: &scratch,
      tensor: tensor.tfName, body
    ) { _ in reader.release(key: tensor.tfName) }
  }

  /// The tensor's CRC-checked bytes and their element type, after checking the
  /// entry's shape.
  private func checkedTensor(_ structuralName: String) throws -> (
    TensorMapping, UnsafeRawBufferPointer, MXNetDType
  ) {
    let tensor = try index.tensor(structuralName)
    guard let entry = reader.entry(for: tensor.tfName) else {
      throw VerificationError(.missingWeight, "not in the checkpoint", tensor: tensor.tfName)
    }
    guard entry.shape == tensor.tfShape else {
      throw VerificationError(
        .unreadableWeight,
        "checkpoint shape \(entry.shape) differs from the expected \(tensor.tfShape)",
        tensor: tensor.tfName)
    }
    let dtype: MXNetDType
    switch entry.dtype {
    case .float: dtype = .float32
    case .half: dtype = .float16
    case .double: dtype = .float64
    default:
      throw VerificationError(
        .unreadableWeight, "checkpoint type \(entry.dtype) is not a float", tensor: tensor.tfName)
    }
    do {
      return (tensor, try reader.checkedBytes(key: tensor.tfName), dtype)
    } catch {
      throw VerificationError(.unreadableWeight, "\(error)", tensor: tensor.tfName)
    }
  }
}
