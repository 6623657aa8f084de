public import SystemPackage

/// Parses an MXNet NDArray list (`.params`, see ``ParamsFile``) from a stream of
/// decoded bytes, front to back, never holding more than the source's chunk.
///
/// Pull-based, in file order:
///
///     let reader = try ParamsStreamReader(source: decoder, path: path)  // list header
///     while let record = try reader.nextArray() {                       // array header
///       var bytes = try reader.readData()                               // its data, in pieces
///       while !bytes.isEmpty { …; bytes = try reader.readData() }
///     }
///     let names = try reader.readNames()                                // names table, end of stream
///
/// Array headers are gathered into a small staging buffer (a header may straddle
/// two chunks) and decoded by ``NDArrayHeader/decode(_:at:totalSize:)``, so the
/// checks are those of ``ParamsFile``: bounded ndim, non-negative dims,
/// overflow-checked sizes, names valid UTF-8, non-empty and unique, nothing
/// after the names table. The total size is not known up front, so size fields
/// are checked against the source's ``DecodedByteSource/decodedSizeBound``, and
/// a stream that ends early is reported as truncated where it ends.
///
/// Offsets in errors and in the records (`headerOffset`, `dataOffset`) count
/// decoded bytes: they are positions in the `.params` content.
public final class ParamsStreamReader {
  /// The file being read, for error messages.
  public let path: FilePath?
  /// The number of arrays announced by the list header.
  public private(set) var arrayCount = 0
  /// Decoded bytes consumed so far.
  public private(set) var offset = 0

  private let source: any DecodedByteSource
  private let sizeBound: Int
  /// The unread rest of the current chunk.
  private var chunk = UnsafeRawBufferPointer(start: nil, count: 0)
  private var staging: [UInt8] = []
  private var nextIndex = 0
  /// The array whose data is being read, and how many of its bytes remain.
  private var current: NDArrayRecord?
  private var dataRemaining = 0
  private var sourceFinished = false

  /// Longest name accepted: far more than any parameter name, small enough
  /// that a hostile length cannot drive allocation.
  static let maximumNameLength = 1 << 16

  /// Reads the list header from `source`.
  ///
  /// - Throws: ``MMapIOError``: `.badMagic` when the content is not an NDArray
  ///   list, `.invalidHeader` or `.truncated` for a bad header or array count.
  public init(source: any DecodedByteSource, path: FilePath? = nil) throws(MMapIOError) {
    self.source = source
    self.path = path
    self.sizeBound = source.decodedSizeBound
    try withContext(tensor: nil) { () throws(MMapIOError) in try readListHeader() }
  }

  /// Whether every array has been read (``readNames()`` comes next).
  public var arraysFinished: Bool { nextIndex == arrayCount && dataRemaining == 0 }

  /// Reads the next array's header; `nil` after the last array.
  ///
  /// Data of the previous array not yet read is skipped. The record has no
  /// name: names stand at the end of the file (``readNames()``).
  public func nextArray() throws(MMapIOError) -> NDArrayRecord? {
    try skipData()
    guard nextIndex < arrayCount else { return nil }
    let index = nextIndex
    let record = try withContext(tensor: "#\(index) (names are stored at the end of the file)") {
      () throws(MMapIOError) -> NDArrayRecord in
      try readArrayHeader(index: index)
    }
    nextIndex += 1
    current = record
    dataRemaining = record.byteCount
    return record
  }

  /// The next piece of the current array's data, at most `maximumCount` bytes;
  /// empty once all of it has been read.
  ///
  /// The view points into the source's chunk and stays valid until the next
  /// call on this reader.
  public func readData(upTo maximumCount: Int = .max) throws(MMapIOError) -> UnsafeRawBufferPointer
  {
    guard dataRemaining > 0, maximumCount > 0 else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    if chunk.isEmpty {
      try withContext(tensor: current?.displayName) { () throws(MMapIOError) in
        guard try refill() else {
          let total = current?.byteCount ?? 0
          throw MMapIOError(
            .truncated,
            "the stream ends inside the array's data (\(total - dataRemaining) of \(total) bytes present)",
            offset: offset)
        }
      }
    }
    let count = min(maximumCount, dataRemaining, chunk.count)
    let piece = UnsafeRawBufferPointer(rebasing: chunk[..<count])
    consume(count)
    dataRemaining -= count
    return piece
  }

  /// Skips what is left of the current array's data.
  public func skipData() throws(MMapIOError) {
    while dataRemaining > 0 { _ = try readData() }
  }

  /// Reads the names table after the last array and checks that the stream
  /// ends right after it.
  ///
  /// - Returns: one name per array, or `nil` for a list saved without names.
  /// - Throws: ``MMapIOError``: `.invalidNames`, `.truncated`, or
  ///   `.trailingBytes` when decoded bytes follow the table.
  public func readNames() throws(MMapIOError) -> [String]? {
    while try nextArray() != nil {}
    return try withContext(tensor: nil) { () throws(MMapIOError) -> [String]? in
      let names = try readNamesTable()
      try requireEnd()
      return names
    }
  }

  // MARK: - Parsing

  private func readListHeader() throws(MMapIOError) {
    let magic: UInt64 = try read("list magic")
    guard magic == ParamsFile.listMagic else {
      throw MMapIOError(
        .badMagic,
        "not an MXNet NDArray file: list magic is 0x\(String(magic, radix: 16)), expected 0x112",
        offset: 0)
    }
    let reservedOffset = offset
    let reserved: UInt64 = try read("reserved word")
    guard reserved == 0 else {
      throw MMapIOError(
        .invalidHeader, "reserved word is \(reserved), expected 0", offset: reservedOffset)
    }
    let countOffset = offset
    let count: UInt64 = try read("array count")
    let maximumCount = UInt64(max(0, sizeBound - offset) / ParamsFile.minimumRecordSize)
    guard count <= maximumCount else {
      let plausible = count <= ParamsFile.plausibleArrayCount
      throw MMapIOError(
        plausible ? .truncated : .invalidHeader,
        "array count \(count) cannot fit in the at most \(sizeBound) bytes this stream decodes to"
          + (plausible ? " (the stream is truncated)" : ""), offset: countOffset)
    }
    arrayCount = Int(count)
  }

  /// Gathers one array header into the staging buffer and decodes it there.
  private func readArrayHeader(index: Int) throws(MMapIOError) -> NDArrayRecord {
    let headerOffset = offset
    staging.removeAll(keepingCapacity: true)
    // magic + (V1: ndim | V2/V3: stype), then the rest once its size is known.
    var needed = 8
    if try gather(needed) {
      let magic = stagedWord(UInt32.self, at: 0)
      if magic == NDArrayHeader.Version.v1.rawValue {
        let rank = Int(stagedWord(UInt32.self, at: 4))
        needed = rank > NDArrayHeader.maximumRank ? 8 : 8 + 8 * rank + (rank == 0 ? 0 : 12)
      } else if NDArrayHeader.Version(rawValue: magic) != nil, stagedWord(Int32.self, at: 4) == 0 {
        needed = 12
        if try gather(needed) {
          let ndim = Int(stagedWord(Int32.self, at: 8))
          if (0...NDArrayHeader.maximumRank).contains(ndim) {
            let empty = ndim == 0 && magic == NDArrayHeader.Version.v2.rawValue
            needed = empty ? 12 : 12 + 8 * ndim + 12
          }
        }
      }
      _ = try gather(needed)
    }
    let bound = sizeBound - headerOffset
    let decoded = staging.withUnsafeBytes { bytes in
      Result { () throws(MMapIOError) in try NDArrayHeader.decode(bytes, at: 0, totalSize: bound) }
    }
    let header: NDArrayHeader
    switch decoded {
    case .success(let value):
      header = value
    case .failure(var error):
      error.offset = headerOffset + (error.offset ?? 0)
      if error.code == .truncated && staging.count < needed {
        error.message = "the stream ends inside the array header (\(error.message))"
      }
      throw error
    }
    return NDArrayRecord(
      index: index, name: nil, shape: header.shape, dtype: header.dtype, headerOffset: headerOffset,
      dataOffset: headerOffset + header.size, byteCount: header.byteCount)
  }

  private func readNamesTable() throws(MMapIOError) -> [String]? {
    let countOffset = offset
    let count: UInt64 = try read("names count")
    guard try NameTableRules.hasNames(count: count, arrayCount: arrayCount, offset: countOffset)
    else {
      return nil
    }
    var names: [String] = []
    names.reserveCapacity(arrayCount)
    var rules = NameTableRules()
    for index in 0..<arrayCount {
      let lengthOffset = offset
      let length: UInt64 = try read("length of name #\(index)")
      guard length <= UInt64(Self.maximumNameLength) else {
        throw MMapIOError(
          .invalidNames, "name #\(index) claims \(length) bytes, more than a name can have",
          offset: lengthOffset)
      }
      guard length <= UInt64(max(0, sizeBound - offset)) else {
        throw MMapIOError(
          .truncated,
          "name #\(index) claims \(length) bytes, more than the stream can still hold",
          offset: lengthOffset)
      }
      let start = offset
      staging.removeAll(keepingCapacity: true)
      guard try gather(Int(length)) else {
        throw MMapIOError(
          .truncated,
          "the stream ends inside name #\(index) (\(staging.count) of \(length) bytes present)",
          offset: offset)
      }
      let name = try rules.accept(staging, index: index, offset: start)
      names.append(name)
    }
    return names
  }

  /// Checks that no decoded byte follows. At the end the source runs its own
  /// end-of-stream checks (checksums, trailing frames); a stream that goes on
  /// is refused at its first extra chunk, without decoding the rest (the rest
  /// of an LZ4 "bomb" could be gigabytes).
  private func requireEnd() throws(MMapIOError) {
    let tableEnd = offset
    var extra = chunk.count
    consume(chunk.count)
    if extra == 0, try refill() {
      extra = chunk.count
      consume(chunk.count)
    }
    guard extra == 0 else {
      let more = sourceFinished ? "" : " (at least; the rest was not decoded)"
      throw MMapIOError(
        .trailingBytes, "\(extra) unexpected bytes after the names table\(more)", offset: tableEnd)
    }
  }

  // MARK: - Bytes

  /// Reads a little-endian integer that may straddle chunks.
  private func read<T: FixedWidthInteger>(_ field: String) throws(MMapIOError) -> T {
    let size = MemoryLayout<T>.size
    let fieldOffset = offset
    if chunk.count >= size {
      let value = T(littleEndian: chunk.loadUnaligned(as: T.self))
      consume(size)
      return value
    }
    staging.removeAll(keepingCapacity: true)
    guard try gather(size) else {
      throw MMapIOError(
        .truncated,
        "the stream ends inside the \(field) field (\(size) bytes needed, \(staging.count) left)",
        offset: fieldOffset)
    }
    return stagedWord(T.self, at: 0)
  }

  /// Appends bytes to `staging` until it holds `count`; false if the stream ends first.
  private func gather(_ count: Int) throws(MMapIOError) -> Bool {
    while staging.count < count {
      if chunk.isEmpty {
        guard try refill() else { return false }
      }
      let take = min(count - staging.count, chunk.count)
      staging.append(contentsOf: chunk[..<take])
      consume(take)
    }
    return true
  }

  private func stagedWord<T: FixedWidthInteger>(_: T.Type, at position: Int) -> T {
    staging.withUnsafeBytes {
      T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self))
    }
  }

  /// Fetches the next chunk; false at the end of the stream.
  private func refill() throws(MMapIOError) -> Bool {
    guard !sourceFinished else { return false }
    guard let next = try source.nextChunk() else {
      sourceFinished = true
      return false
    }
    chunk = next
    return true
  }

  private func consume(_ count: Int) {
    chunk = UnsafeRawBufferPointer(rebasing: chunk[count...])
    offset += count
  }

  /// Runs `body`, adding the path, the tensor and where the decoder is to its
  /// errors. Errors of the source (already placed in the compressed file) pass
  /// unchanged.
  private func withContext<T>(
    tensor: String?, _ body: () throws(MMapIOError) -> T
  ) throws(MMapIOError) -> T {
    do {
      return try body()
    } catch var error {
      if error.path == nil {
        error.path = path
        if error.tensor == nil { error.tensor = tensor }
        let note = source.inputPositionNote
        error.message +=
          " [at decoded byte \(error.offset ?? offset)\(note.isEmpty ? "" : "; \(note)")]"
        error.offset = nil
      }
      throw error
    }
  }
}
