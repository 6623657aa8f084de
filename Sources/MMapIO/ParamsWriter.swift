public import Files
public import SystemPackage

/// Writes an MXNet NDArray-list file (V2 arrays with a names table), as
/// `save_parameters` does. Used for the built-in sample model and by tests.
///
/// Arrays are streamed: each ``append(name:shape:dtype:data:)`` writes one record,
/// and ``finish()`` writes the names table and patches nothing (the count is
/// given up front, as in the format).
public struct ParamsWriter: ~Copyable {
  private let file: OutputFile
  private let path: FilePath
  private let expectedCount: Int
  private var names: [String] = []
  private var buffer: [UInt8] = []

  /// Creates `path`, which must not exist, and writes the list header for
  /// `count` arrays.
  public init(path: FilePath, count: Int) throws(MMapIOError) {
    let file: OutputFile
    do { file = try OutputFile(creating: path) } catch {
      throw MMapIOError(.systemCall, "cannot create file: \(error)", path: path)
    }
    self.init(file: file, count: count)
  }

  /// Writes the list into `file`, a new file (``Directory/createFile(_:permissions:)``).
  public init(file: OutputFile, count: Int) {
    self.file = file
    self.path = file.path
    self.expectedCount = count
    put(ParamsFile.listMagic)
    put(UInt64(0))
    put(UInt64(count))
  }

  /// Appends one dense array. `data` must hold exactly shape × item size bytes.
  public mutating func append(
    name: String, shape: [Int], dtype: MXNetDType, data: UnsafeRawBufferPointer
  ) throws(MMapIOError) {
    let expected = shape.reduce(1, *) * dtype.itemSize
    guard data.count == expected else {
      throw MMapIOError(
        .invalidHeader, "array \(name) has \(data.count) bytes, shape \(shape) needs \(expected)",
        path: path,
        tensor: name)
    }
    put(NDArrayHeader.Version.v2.rawValue)
    put(Int32(0))  // dense storage
    put(Int32(shape.count))
    for dim in shape { put(Int64(dim)) }
    put(Int32(1))  // dev_type cpu
    put(Int32(0))  // dev_id
    put(dtype.rawValue)
    try flush()
    try write(data)
    names.append(name)
  }

  /// Writes the names table and closes the file.
  public consuming func finish() throws(MMapIOError) {
    guard names.count == expectedCount else {
      throw MMapIOError(
        .invalidNames, "\(names.count) arrays written, \(expectedCount) announced", path: path)
    }
    put(UInt64(names.count))
    for name in names {
      put(UInt64(name.utf8.count))
      buffer.append(contentsOf: name.utf8)
    }
    try flush()
    do { try file.close() } catch {
      throw MMapIOError(.systemCall, "close failed: \(error)", path: path)
    }
  }

  private mutating func put<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
  }

  private mutating func flush() throws(MMapIOError) {
    let pending = buffer
    buffer.removeAll(keepingCapacity: true)
    let result = pending.withUnsafeBytes { bytes in
      Result { () throws(MMapIOError) in try write(bytes) }
    }
    try result.get()
  }

  private func write(_ bytes: UnsafeRawBufferPointer) throws(MMapIOError) {
    do {
      try file.write(bytes)
    } catch {
      throw MMapIOError(.systemCall, "write failed: \(error)", path: path)
    }
  }
}
