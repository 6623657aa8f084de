/// One array of an MXNet NDArray-list file: where its header and data are, and what they hold.
public struct NDArrayRecord: Sendable, Hashable {
  /// Position of the array in the file (0-based).
  public var index: Int
  /// The array's name from the names table, or `nil` for a list saved without names.
  public var name: String?
  /// Dimensions in C order (conv OIHW, dense (out, in)). Empty for a scalar.
  public var shape: [Int]
  /// Element type.
  public var dtype: MXNetDType
  /// Byte offset of the array's header (its magic word) in the file.
  public var headerOffset: Int
  /// Byte offset of the first data byte.
  public var dataOffset: Int
  /// Number of data bytes: the product of `shape` times the item size.
  public var byteCount: Int

  public init(
    index: Int, name: String?, shape: [Int], dtype: MXNetDType, headerOffset: Int,
    dataOffset: Int, byteCount: Int
  ) {
    self.index = index
    self.name = name
    self.shape = shape
    self.dtype = dtype
    self.headerOffset = headerOffset
    self.dataOffset = dataOffset
    self.byteCount = byteCount
  }

  /// Number of elements.
  public var elementCount: Int { byteCount / dtype.itemSize }

  /// The name if known, else `#index`: what messages call this array.
  public var displayName: String { name ?? "#\(index)" }

  /// Byte range of the data in the file.
  public var dataRange: Range<Int> { dataOffset..<(dataOffset + byteCount) }
}
