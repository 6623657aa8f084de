internal import MMapIO
public import ResNet
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
    let bytes: UnsafeRawBufferPointer
    do {
      bytes = try reader.checkedBytes(key: tensor.tfName)
    } catch {
      throw VerificationError(.unreadableWeight, "\(error)", tensor: tensor.tfName)
    }
    defer { reader.release(key: tensor.tfName) }
    let count = bytes.count / max(entry.dtype.byteSize ?? 4, 1)
    if entry.dtype == .float, let base = bytes.baseAddress,
      Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0
    {
      return try body(
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: Float.self), count: count))
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
    try FloatWidening.widen(
      bytes, dtype: dtype, count: count, into: &scratch, tensor: tensor.tfName)
    return try scratch.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[0..<count]))
    }
  }
}
