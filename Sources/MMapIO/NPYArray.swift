import Files
public import SystemPackage

/// A float32 array read from or written to a NumPy `.npy` file.
///
/// Format (NumPy's `format.py`): magic `\x93NUMPY`, major and minor version
/// bytes, a little-endian header length (u16 for 1.0, u32 for 2.0/3.0), then an
/// ASCII Python dict literal with `descr`, `fortran_order` and `shape`, padded
/// with spaces to a 16- or 64-byte boundary and ended by `\n`; raw C-order data
/// follows. Only what verification needs is accepted: little-endian float32
/// (`<f4`), C order.
public struct NPYArray: Sendable, Equatable {
  public var shape: [Int]
  public var values: [Float]

  public init(shape: [Int], values: [Float]) {
    self.shape = shape
    self.values = values
  }

  /// Reads `path`.
  public init(contentsOf path: FilePath) throws(MMapIOError) {
    let file = try MappedFile.weights(path)
    do {
      self = try NPYArray.parse(file.bytes)
    } catch var error {
      error.path = path
      throw error
    }
  }

  static func parse(_ bytes: UnsafeRawBufferPointer) throws(MMapIOError) -> NPYArray {
    let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
    guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
      throw MMapIOError(.badMagic, "not a NumPy .npy file (no \\x93NUMPY magic)", offset: 0)
    }
    var reader = ByteReader(bytes, offset: 6)
    let major: UInt8 = try reader.read("npy major version")
    let _: UInt8 = try reader.read("npy minor version")
    let headerLength: Int
    switch major {
    case 1: headerLength = Int(try reader.read("npy header length", as: UInt16.self))
    case 2, 3: headerLength = Int(try reader.read("npy header length", as: UInt32.self))
    default:
      throw MMapIOError(
        .unsupportedFormat, "npy format version \(major) is not supported", offset: 6)
    }
    let headerStart = reader.offset
    try reader.skip(headerLength, "npy header")
    let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
    guard header.contains("'descr': '<f4'") || header.contains("\"descr\": \"<f4\"") else {
      throw MMapIOError(
        .unsupportedDType, "npy data must be little-endian float32 ('<f4'); header is \(header)",
        offset: headerStart)
    }
    guard header.contains("'fortran_order': False") else {
      throw MMapIOError(.unsupportedFormat, "npy data must be in C order", offset: headerStart)
    }
    let shape = try parseShape(header, offset: headerStart)
    var count = 1
    for dim in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: dim)
      guard !overflow else {
        throw MMapIOError(.invalidHeader, "npy shape \(shape) overflows", offset: headerStart)
      }
      count = product
    }
    let dataOffset = reader.offset
    guard count <= (bytes.count - dataOffset) / 4 else {
      throw MMapIOError(
        .truncated,
        "npy shape \(shape) needs \(count * 4) bytes, only \(bytes.count - dataOffset) remain",
        offset: dataOffset)
    }
    guard bytes.count - dataOffset == count * 4 else {
      throw MMapIOError(
        .trailingBytes, "npy file has bytes after its data", offset: dataOffset + count * 4)
    }
    let values = (0..<count).map {
      Float(
        bitPattern: UInt32(
          littleEndian: bytes.loadUnaligned(fromByteOffset: dataOffset + $0 * 4, as: UInt32.self)))
    }
    return NPYArray(shape: shape, values: values)
  }

  /// The `shape` tuple of the header dict: `(1, 3, 224, 224)`, `(1000,)`, `()`.
  static func parseShape(_ header: String, offset: Int) throws(MMapIOError) -> [Int] {
    guard let key = header.firstRange(of: "'shape':"),
      let open = header[key.upperBound...].firstIndex(of: "("),
      let close = header[open...].firstIndex(of: ")")
    else {
      throw MMapIOError(.invalidHeader, "npy header has no shape: \(header)", offset: offset)
    }
    var shape: [Int] = []
    for part in header[header.index(after: open)..<close].split(separator: ",") {
      let text = part.trimmingCharacters(in: " ")
      if text.isEmpty { continue }
      guard let dim = Int(text), dim >= 0 else {
        throw MMapIOError(
          .invalidHeader, "npy shape has a bad dimension \"\(text)\"", offset: offset)
      }
      shape.append(dim)
    }
    return shape
  }

  /// Writes the array as a version 1.0 `.npy` file.
  public func write(to path: FilePath) throws(MMapIOError) {
    let shapeText =
      shape.count == 1
      ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    var header = "{'descr': '<f4', 'fortran_order': False, 'shape': \(shapeText), }"
    let unpadded = 10 + header.utf8.count + 1
    header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
    var bytes: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0]
    let length = UInt16(header.utf8.count)
    bytes += [UInt8(length & 0xFF), UInt8(length >> 8)]
    bytes += Array(header.utf8)
    bytes.reserveCapacity(bytes.count + values.count * 4)
    for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
    // The file the caller named is replaced as a whole (temporary name,
    // fsync, rename), never written through a link or left half-written.
    let parent = path.removingLastComponent()
    do {
      try Directory(opening: parent.isEmpty ? "." : parent).writeAtomically(
        bytes, as: path.lastComponent?.string ?? "", replacing: true)
    } catch {
      throw MMapIOError(.systemCall, "cannot write: \(error)", path: path)
    }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}
