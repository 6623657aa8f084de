/// Where one tensor's bytes are, and their checksum: one `BundleEntryProto`
/// (docs/checkpoint-format.md §3.2).
public struct BundleEntry: Sendable, Hashable {
  public var dtype: TFDataType
  /// Dimensions, outermost first; `[]` for a scalar.
  public var shape: [Int]
  /// Which data shard holds the bytes (0-based).
  public var shardID: Int
  /// Byte offset of the payload in its shard.
  public var offset: Int
  /// Payload size in bytes.
  public var size: Int
  /// CRC-32C of the payload, unmasked (the index stores `CRC32C.mask(crc32c)`).
  public var crc32c: UInt32

  public init(
    dtype: TFDataType, shape: [Int], shardID: Int, offset: Int, size: Int, crc32c: UInt32
  ) {
    self.dtype = dtype
    self.shape = shape
    self.shardID = shardID
    self.offset = offset
    self.size = size
    self.crc32c = crc32c
  }

  /// Number of elements (1 for a scalar), or nil if a dimension is negative or
  /// the product overflows.
  public var elementCount: Int? {
    var count = 1
    for dim in shape {
      guard dim >= 0 else { return nil }
      let (product, overflow) = count.multipliedReportingOverflow(by: dim)
      if overflow { return nil }
      count = product
    }
    return count
  }

  /// The payload size that `shape` and `dtype` require, or nil if not fixed
  /// (strings, unknown dtypes) or not representable.
  public var expectedSize: Int? {
    guard let byteSize = dtype.byteSize, let count = elementCount else { return nil }
    let (size, overflow) = count.multipliedReportingOverflow(by: byteSize)
    return overflow ? nil : size
  }
}
