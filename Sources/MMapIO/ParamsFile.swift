public import Files
public import SystemPackage

/// An MXNet NDArray-list file (`.params`), mapped and indexed without copying data.
///
/// Layout (little-endian), from MXNet's `NDArray::Save(dmlc::Stream*, …)`:
///
///     u64 list magic 0x112 | u64 reserved (0) | u64 N
///     N × NDArray record (see ``NDArrayHeader``), back to back, no padding
///     u64 K (N, or 0 for a list saved without names)
///     K × (u64 length | length bytes of UTF-8)
///
/// The names stand at the end, so opening walks every header (computing data
/// sizes, touching no data) and then reads the names table, which must end
/// exactly at end of file. Nothing is allocated from a header field before it
/// has been checked against the file length.
public struct ParamsFile: Sendable {
  /// `kMXAPINDArrayListMagic`.
  public static let listMagic: UInt64 = 0x112
  /// Smallest possible record (an empty V2 array: magic, stype, ndim).
  static let minimumRecordSize = 12
  /// More arrays than any network has: a count above this is not a truncation.
  static let plausibleArrayCount: UInt64 = 1 << 20

  /// The mapped file.
  public let file: MappedFile
  /// Every array, in file order, with names attached.
  public let records: [NDArrayRecord]
  /// Whether the file carries a names table (a dict save) or not (a list save).
  public let hasNames: Bool

  /// Maps and indexes the file at `path`.
  public init(path: FilePath) throws(MMapIOError) {
    try self.init(file: MappedFile.weights(path))
  }

  /// Indexes an already mapped file.
  public init(file: MappedFile) throws(MMapIOError) {
    self.file = file
    do {
      (records, hasNames) = try ParamsFile.index(file.bytes) { file.releaseBehind($0) }
    } catch var error {
      error.path = file.path
      throw error
    }
    // The header walk faulted in a page (and the kernel's fault-around
    // neighbours) at every array; none of that is needed until streaming.
    file.releaseAll()
  }

  /// The data bytes of `record`, as a zero-copy view into the mapping.
  ///
  /// The view may be unaligned for its element type (a float16 array with an odd
  /// element count shifts every later array by 2 bytes): read it with
  /// `loadUnaligned`, or copy.
  public func data(of record: NDArrayRecord) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: file.bytes[record.dataRange])
  }

  /// Parses the list header, every array header and the names table of `bytes`.
  ///
  /// `releaseBehind` is called as the walk passes each header, so the pages it
  /// faulted in can be dropped at once.
  static func index(
    _ bytes: UnsafeRawBufferPointer, releaseBehind: (Int) -> Void = { _ in }
  ) throws(MMapIOError) -> ([NDArrayRecord], Bool) {
    guard bytes.count > 0 else {
      throw MMapIOError(.truncated, "file is empty", offset: 0)
    }
    var reader = ByteReader(bytes)
    guard bytes.count >= 8 || !LZ4FrameLayout.startsWithLZ4Magic(bytes) else {
      throw notParams(bytes)
    }
    let magic: UInt64 = try reader.read("list magic")
    guard magic == listMagic else { throw notParams(bytes) }
    let reservedOffset = reader.offset
    let reserved: UInt64 = try reader.read("reserved word")
    guard reserved == 0 else {
      throw MMapIOError(
        .invalidHeader, "reserved word is \(reserved), expected 0", offset: reservedOffset)
    }
    let countOffset = reader.offset
    let count: UInt64 = try reader.read("array count")
    let maximumCount = UInt64(max(0, reader.remaining) / minimumRecordSize)
    guard count <= maximumCount else {
      // A count a real model could have means the file was cut short; a larger
      // one is a corrupt or hostile header.
      let plausible = count <= plausibleArrayCount
      throw MMapIOError(
        plausible ? .truncated : .invalidHeader,
        "array count \(count) cannot fit in a file of \(bytes.count) bytes"
          + (plausible ? " (the file is truncated)" : ""), offset: countOffset)
    }
    var records: [NDArrayRecord] = []
    records.reserveCapacity(Int(count))
    for index in 0..<Int(count) {
      let headerOffset = reader.offset
      let header: NDArrayHeader
      do {
        header = try NDArrayHeader.decode(bytes, at: headerOffset, totalSize: bytes.count)
      } catch var error {
        error.tensor = "#\(index) (names are stored at the end of the file)"
        throw error
      }
      let dataOffset = headerOffset + header.size
      records.append(
        NDArrayRecord(
          index: index, name: nil, shape: header.shape, dtype: header.dtype,
          headerOffset: headerOffset,
          dataOffset: dataOffset, byteCount: header.byteCount))
      try reader.skip(header.size + header.byteCount, "array #\(index)")
      releaseBehind(reader.offset)
    }
    let names = try readNames(&reader, arrayCount: records.count, fileSize: bytes.count)
    guard reader.remaining == 0 else {
      throw MMapIOError(
        .trailingBytes, "\(reader.remaining) unexpected bytes after the names table",
        offset: reader.offset)
    }
    if let names {
      for index in records.indices { records[index].name = names[index] }
    }
    return (records, names != nil)
  }

  /// Why `bytes` is not an NDArray list: LZ4 data is named as such (the
  /// commands tell it apart by these bytes before they get here, so this is
  /// for other callers); anything else by its magic number.
  static func notParams(_ bytes: UnsafeRawBufferPointer) -> MMapIOError {
    if let lz4 = LZ4FrameLayout.magicDescription(bytes) {
      return MMapIOError(
        .badMagic,
        "this is \(lz4), not an MXNet .params file: name it .params.lz4 (gluon2tf decodes"
          + " LZ4-compressed .params in one streaming pass)",
        offset: 0)
    }
    var magic: UInt64 = 0
    for (index, byte) in bytes.prefix(8).enumerated() { magic |= UInt64(byte) << (8 * index) }
    return MMapIOError(
      .badMagic,
      "not an MXNet NDArray file: list magic is 0x\(String(magic, radix: 16)), expected 0x112",
      offset: 0)
  }

  private static func readNames(
    _ reader: inout ByteReader, arrayCount: Int, fileSize: Int
  ) throws(MMapIOError) -> [String]? {
    let countOffset = reader.offset
    let count: UInt64 = try reader.read("names count")
    guard try NameTableRules.hasNames(count: count, arrayCount: arrayCount, offset: countOffset)
    else {
      return nil
    }
    var names: [String] = []
    names.reserveCapacity(arrayCount)
    var rules = NameTableRules()
    for index in 0..<arrayCount {
      let lengthOffset = reader.offset
      let length: UInt64 = try reader.read("length of name #\(index)")
      guard length <= UInt64(reader.remaining) else {
        throw MMapIOError(
          .truncated, "name #\(index) claims \(length) bytes, only \(reader.remaining) remain",
          offset: lengthOffset)
      }
      let start = reader.offset
      let utf8 = UnsafeRawBufferPointer(rebasing: reader.bytes[start..<(start + Int(length))])
      let name = try rules.accept(utf8.bindMemory(to: UInt8.self), index: index, offset: start)
      names.append(name)
      try reader.skip(Int(length), "name #\(index)")
    }
    return names
  }
}
