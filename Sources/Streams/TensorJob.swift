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

  /// Whether this job permutes the whole tensor through a scratch buffer.
  ///
  /// Any transpose must hold one whole side in memory: either the source pages
  /// (every output chunk reads a band of every source row) or the output. Holding
  /// the output in one reused scratch buffer lets the source be released row
  /// band by row band, so the resident set is one tensor, not two.
  func usesWholeTensorScratch(limit: Int) -> Bool {
    permutation != nil && record.byteCount <= limit
  }
}
