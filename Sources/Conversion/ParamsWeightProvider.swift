public import MMapIO
public import ResNet
public import ResNetForward

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
    return try FloatWidening.values(
      data, dtype: record.dtype, count: record.elementCount, scratch: &scratch,
      tensor: record.displayName, body)
  }

  /// Row blocks straight from the mapped file, each block's pages released once
  /// `body` returns.
  public func forEachRowBlock(
    _ structuralName: String, shape: MatrixShape, maximumElements: Int,
    _ body: (MatrixBlock) throws -> Void
  ) throws {
    let tensor = try index.tensor(structuralName)
    let record = params.records[tensor.sourceIndex]
    guard record.elementCount == shape.count else {
      return try withWeights(structuralName) { values in
        try MatrixBlock.forEach(
          in: values, name: structuralName, shape: shape, maximumElements: maximumElements, body)
      }
    }
    defer { params.file.release(record.dataRange) }
    try FloatWidening.forEachRowBlock(
      params.data(of: record), dtype: record.dtype, shape: shape,
      maximumElements: maximumElements, scratch: &scratch, tensor: record.displayName, body
    ) { bytes in
      params.file.release(
        record.dataOffset + bytes.lowerBound..<record.dataOffset + bytes.upperBound)
    }
  }
}

/// Converting stored elements to float32 for the forward pass.
enum FloatWidening {
  /// Calls `body` with the row blocks of the stored matrix `data`, widened when
  /// needed, then `release` with the block's byte range within `data`.
  static func forEachRowBlock(
    _ data: UnsafeRawBufferPointer, dtype: MXNetDType, shape: MatrixShape, maximumElements: Int,
    scratch: inout [Float], tensor: String, _ body: (MatrixBlock) throws -> Void,
    release: (Range<Int>) -> Void
  ) throws {
    let rowBytes = shape.columns * dtype.itemSize
    for rows in shape.rowBlocks(maximumElements: maximumElements) {
      let bytes = rows.lowerBound * rowBytes..<rows.upperBound * rowBytes
      try values(
        UnsafeRawBufferPointer(rebasing: data[bytes]), dtype: dtype,
        count: rows.count * shape.columns, scratch: &scratch, tensor: tensor
      ) { values in
        guard let base = values.baseAddress else { return }
        try body(MatrixBlock(rows: rows, columns: shape.columns, values: base))
      }
      release(bytes)
    }
  }

  static func widen(
    _ data: UnsafeRawBufferPointer, dtype: MXNetDType, count: Int, into scratch: inout [Float],
    tensor: String
  ) throws(VerificationError) {
    if scratch.count < count { scratch = [Float](repeating: 0, count: count) }
    try scratch.withUnsafeMutableBufferPointer { (values) throws(VerificationError) in
      guard let base = values.baseAddress else { return }
      try widen(data, dtype: dtype, count: count, to: base, tensor: tensor)
    }
  }

  /// Widens `count` elements of `data` to `destination`.
  static func widen(
    _ data: UnsafeRawBufferPointer, dtype: MXNetDType, count: Int,
    to destination: UnsafeMutablePointer<Float>, tensor: String
  ) throws(VerificationError) {
    switch dtype {
    case .float32:
      for i in 0..<count {
        destination[i] = Float(
          bitPattern: UInt32(
            littleEndian: data.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
      }
    case .float16:
      for i in 0..<count {
        destination[i] = Float(
          Float16(
            bitPattern: UInt16(
              littleEndian: data.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))))
      }
    case .float64:
      for i in 0..<count {
        destination[i] = Float(
          Double(
            bitPattern: UInt64(
              littleEndian: data.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))))
      }
    default:
      throw VerificationError(
        .unreadableWeight, "weights of type \(dtype) cannot feed a forward pass", tensor: tensor)
    }
  }

  /// Float32 values of `data` (`count` elements of `dtype`): the bytes themselves when
  /// they are aligned float32, else widened into `scratch`.
  static func values<R>(
    _ data: UnsafeRawBufferPointer, dtype: MXNetDType, count: Int, scratch: inout [Float],
    tensor: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    if dtype == .float32, let base = data.baseAddress,
      Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0
    {
      // Bytes that are float32 by their header: binding is sound.
      return try body(
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: Float.self), count: count))
    }
    try widen(data, dtype: dtype, count: count, into: &scratch, tensor: tensor)
    return try scratch.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[0..<count]))
    }
  }
}
