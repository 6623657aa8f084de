/// The per-array header of MXNet's NDArray serialisation, decoded and bounds-checked.
///
/// Layout (little-endian), from MXNet's `NDArray::Save`:
///
///     V2 (0xF993FAC9) / V3 (0xF993FACA):
///       u32 magic | i32 stype | i32 ndim | i64 dims[ndim] | i32 dev_type | i32 dev_id | i32 type_flag
///       (V2: ndim 0 is an empty array and nothing follows; V3: ndim 0 is a scalar)
///     V1 (0xF993FAC8):
///       u32 magic | u32 ndim | i64 dims[ndim] | i32 dev_type | i32 dev_id | i32 type_flag
///
/// Every field is checked before it is used: ndim is bounded, dims are non-negative,
/// and the element count and byte size are computed with overflow checks.
public struct NDArrayHeader: Sendable, Hashable {
  /// The array format versions by their magic words.
  public enum Version: UInt32, Sendable {
    case v1 = 0xF993_FAC8
    case v2 = 0xF993_FAC9
    case v3 = 0xF993_FACA
  }

  /// The largest rank accepted. Model weights never exceed 4; this bound keeps
  /// a hostile ndim from driving allocation.
  public static let maximumRank = 8

  public var version: Version
  public var shape: [Int]
  public var dtype: MXNetDType
  /// Header size in bytes: the data follows right after.
  public var size: Int
  /// Data size in bytes.
  public var byteCount: Int

  /// Decodes the header that starts at `offset` in `bytes`.
  ///
  /// - Parameter available: how many bytes exist in the whole source, for
  ///   checking the data size (may exceed `bytes.count` when streaming).
  /// - Throws: ``MMapIOError`` with the offset of the offending field.
  public static func decode(
    _ bytes: UnsafeRawBufferPointer, at offset: Int, totalSize: Int
  ) throws(MMapIOError) -> NDArrayHeader {
    var reader = ByteReader(bytes, offset: offset)
    let magicOffset = reader.offset
    let magic: UInt32 = try reader.read("array magic")
    guard let version = Version(rawValue: magic) else {
      throw MMapIOError(
        .badMagic,
        "unknown NDArray magic 0x\(String(magic, radix: 16)) (expected 0xf993fac9 for an MXNet V2 array;"
          + " pre-V1 legacy arrays are not supported)",
        offset: magicOffset)
    }
    let rank: Int
    if version == .v1 {
      let ndimOffset = reader.offset
      let ndim: UInt32 = try reader.read("ndim")
      guard ndim <= UInt32(maximumRank) else {
        throw MMapIOError(.invalidHeader, "ndim \(ndim) exceeds \(maximumRank)", offset: ndimOffset)
      }
      rank = Int(ndim)
    } else {
      let stypeOffset = reader.offset
      let stype: Int32 = try reader.read("storage type")
      guard stype == 0 else {
        throw MMapIOError(
          .unsupportedFormat,
          "storage type \(stype) is sparse (1 row_sparse, 2 csr); only dense arrays are supported",
          offset: stypeOffset)
      }
      let ndimOffset = reader.offset
      let ndim: Int32 = try reader.read("ndim")
      guard ndim >= 0 || (version == .v3 && ndim == -1) else {
        throw MMapIOError(.invalidHeader, "negative ndim \(ndim)", offset: ndimOffset)
      }
      if ndim == -1 {
        throw MMapIOError(
          .unsupportedFormat, "array of unknown shape (V3 ndim -1)", offset: ndimOffset)
      }
      guard ndim <= Int32(maximumRank) else {
        throw MMapIOError(.invalidHeader, "ndim \(ndim) exceeds \(maximumRank)", offset: ndimOffset)
      }
      rank = Int(ndim)
      if version == .v2 && rank == 0 {
        // An empty V2 array: nothing follows the ndim field.
        return NDArrayHeader(
          version: version, shape: [0], dtype: .float32, size: reader.offset - offset, byteCount: 0)
      }
    }
    var shape: [Int] = []
    shape.reserveCapacity(rank)
    var elements = 1
    for axis in 0..<rank {
      let dimOffset = reader.offset
      let dim: Int64 = try reader.read("dimension \(axis)")
      guard dim >= 0 else {
        throw MMapIOError(
          .invalidHeader, "negative dimension \(dim) on axis \(axis)", offset: dimOffset)
      }
      let (product, overflow) = elements.multipliedReportingOverflow(by: Int(dim))
      guard !overflow else {
        throw MMapIOError(
          .invalidHeader, "dimensions overflow the element count at axis \(axis)", offset: dimOffset
        )
      }
      elements = product
      shape.append(Int(dim))
    }
    if version == .v1 && rank == 0 {
      return NDArrayHeader(
        version: version, shape: [0], dtype: .float32, size: reader.offset - offset, byteCount: 0)
    }
    let _: Int32 = try reader.read("dev_type")
    let _: Int32 = try reader.read("dev_id")
    let flagOffset = reader.offset
    let flag: Int32 = try reader.read("type_flag")
    guard let dtype = MXNetDType(rawValue: flag) else {
      throw MMapIOError(.unsupportedDType, "unknown type_flag \(flag)", offset: flagOffset)
    }
    let (byteCount, overflow) = elements.multipliedReportingOverflow(by: dtype.itemSize)
    let dataOffset = reader.offset
    guard !overflow, byteCount <= totalSize - dataOffset else {
      throw MMapIOError(
        .truncated,
        "data of shape \(shape) \(dtype) needs \(overflow ? "more than Int.max" : "\(byteCount)") bytes,"
          + " but only \(max(0, totalSize - dataOffset)) remain in the file",
        offset: dataOffset)
    }
    return NDArrayHeader(
      version: version, shape: shape, dtype: dtype, size: dataOffset - offset, byteCount: byteCount)
  }
}
