public import MMapIO
public import TensorBundle

/// One tensor to move from the source file into the checkpoint.
public struct TensorJob: Sendable {
  /// Where the tensor is in the source file.
  public var record: NDArrayRecord
  /// The layout change, or `nil` to copy the bytes in order.
  public var permutation: LayoutPermutation?
  /// The element type change.
  public var conversion: ElementConversion
  /// The TensorFlow type written.
  public var outputType: TFDataType
  /// The TensorFlow shape written.
  public var outputShape: [Int]

  public init(
    record: NDArrayRecord, permutation: LayoutPermutation?, conversion: ElementConversion,
    outputType: TFDataType, outputShape: [Int]
  ) {
    self.record = record
    self.permutation = permutation
    self.conversion = conversion
    self.outputType = outputType
    self.outputShape = outputShape
  }

  /// Bytes the tensor occupies in the checkpoint.
  public var outputByteCount: Int {
    record.elementCount * conversion.outputSize(forSourceSize: record.dtype.itemSize)
  }

  /// Whether this job permutes the whole tensor through a scratch buffer
  /// (multi-position convolution kernels small enough for the limit).
  func usesWholeTensorScratch(limit: Int) -> Bool {
    guard let permutation, permutation.spatial > 1 else { return false }
    return record.byteCount <= limit
  }
}
