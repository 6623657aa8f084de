public import MMapIO
public import ResNet

/// Serves source weights straight from the mapped `.params` file, in MXNet
/// layout (OIHW convolutions, (out, in) dense), to the NCHW forward pass.
///
/// Aligned float32 tensors are handed out zero-copy; float16, float64 and
/// unaligned data are widened into a scratch buffer. Each tensor's pages are
/// released as soon as the layer is done, so only one layer is ever resident.
public final class ParamsWeightProvider: WeightProvider {
  private let params: ParamsFile
  private let index: StructuralIndex
  private var scratch: [Float] = []

  public init(params: ParamsFile, mapping: ModelMapping) {
    self.params = params
    self.index = StructuralIndex(mapping)
  }

  public func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    let tensor = try index.tensor(structuralName)
    let record = params.records[tensor.sourceIndex]
    defer { params.file.release(record.dataRange) }
    let data = params.data(of: record)
    if record.dtype == .float32, let base = data.baseAddress,
      Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0
    {
      // Read-only view of file bytes that are float32 by the header: binding is sound.
      return try body(
        UnsafeBufferPointer(
          start: base.assumingMemoryBound(to: Float.self), count: record.elementCount))
    }
    try FloatWidening.widen(
      data, dtype: record.dtype, count: record.elementCount, into: &scratch,
      tensor: record.displayName)
    return try scratch.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[0..<record.elementCount]))
    }
  }
}

/// Converting stored elements to float32 for the forward pass.
enum FloatWidening {
  static func widen(
    _ data: UnsafeRawBufferPointer, dtype: MXNetDType, count: Int, into scratch: inout [Float],
    tensor: String
  ) throws(VerificationError) {
    if scratch.count < count { scratch = [Float](repeating: 0, count: count) }
    switch dtype {
    case .float32:
      for i in 0..<count {
        scratch[i] = Float(
          bitPattern: UInt32(
            littleEndian: data.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
      }
    case .float16:
      for i in 0..<count {
        scratch[i] = Float(
          Float16(
            bitPattern: UInt16(
              littleEndian: data.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))))
      }
    case .float64:
      for i in 0..<count {
        scratch[i] = Float(
          Double(
            bitPattern: UInt64(
              littleEndian: data.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))))
      }
    default:
      throw VerificationError(
        .unreadableWeight, "weights of type \(dtype) cannot feed a forward pass", tensor: tensor)
    }
  }
}
