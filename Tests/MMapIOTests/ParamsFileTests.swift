import MMapIO
import SystemPackage
import TestSupport
import Testing

@Suite("ParamsFile: parsing MXNet NDArray lists")
struct ParamsFileTests {
  let directory = TemporaryDirectory()

  /// A valid two-array file: w (2,3) float32 and b (3,) float32.
  func validImage() -> ParamsBytes {
    var image = ParamsBytes()
    image.header(count: 2)
    image.array(shape: [2, 3], data: ParamsBytes.floats([1, 2, 3, 4, 5, 6]))
    image.array(shape: [3], data: ParamsBytes.floats([7, 8, 9]))
    image.names(["w", "b"])
    return image
  }

  @Test func parsesHeadersNamesAndZeroCopyData() throws {
    let path = try directory.write("ok.params", validImage().bytes)
    let file = try ParamsFile(path: path)
    #expect(file.hasNames)
    #expect(file.records.map(\.name) == ["w", "b"])
    #expect(file.records.map(\.shape) == [[2, 3], [3]])
    #expect(file.records[0].dataOffset == 24 + 40)
    #expect(file.records[1].headerOffset == 24 + 40 + 24)
    let data = file.data(of: file.records[1])
    let values = (0..<3).map {
      Float(bitPattern: data.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
    }
    #expect(values == [7, 8, 9])
  }

  @Test func writerOutputParsesBack() throws {
    let path = directory.file("written.params")
    var writer = try ParamsWriter(path: path, count: 2)
    let half: [UInt16] = [0x3C00, 0xC000, 0x3800]  // 1, -2, 0.5: odd count → misaligns what follows
    try half.withUnsafeBytes { try writer.append(name: "h", shape: [3], dtype: .float16, data: $0) }
    let floats: [Float] = [1.5, -2.5]
    try floats.withUnsafeBytes {
      try writer.append(name: "f", shape: [1, 2], dtype: .float32, data: $0)
    }
    try writer.finish()
    let file = try ParamsFile(path: path)
    #expect(file.records.map(\.dtype) == [.float16, .float32])
    #expect(
      file.records[1].dataOffset % 4 == 2, "the float32 array follows 6 bytes of float16 data")
    let data = file.data(of: file.records[1])
    #expect(Float(bitPattern: data.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == -2.5)
  }

  /// LZ4 data read as a `.params` file is named for what it is (it used to
  /// get a bare "list magic is 0x…" error).
  @Test func lz4DataIsNamedAsSuch() throws {
    let plain = try directory.write("plain.params", validImage().bytes)
    let packed = directory.file("packed.params")
    try LZ4Tool.compress(plain, packed)
    #expect {
      _ = try ParamsFile(path: packed)
    } throws: { error in
      let error = error as? MMapIOError
      return error?.code == .badMagic
        && error?.message.hasPrefix(
          "this is an LZ4 frame (magic 0x184D2204), not an MXNet .params file: name it .params.lz4")
          == true
    }
  }

  @Test func listWithoutNames() throws {
    var image = ParamsBytes()
    image.header(count: 1)
    image.array(shape: [1], data: ParamsBytes.floats([1]))
    image.u64(0)
    let file = try ParamsFile(path: try directory.write("list.params", image.bytes))
    #expect(!file.hasNames)
    #expect(file.records[0].displayName == "#0")
  }

  @Test func everyDTypeFlagIsKnown() throws {
    for dtype in MXNetDType.allCases {
      var image = ParamsBytes()
      image.header(count: 1)
      image.array(
        shape: [2], typeFlag: dtype.rawValue, data: [UInt8](repeating: 1, count: 2 * dtype.itemSize)
      )
      image.names(["x"])
      let file = try ParamsFile(path: try directory.write("\(dtype).params", image.bytes))
      #expect(file.records[0].dtype == dtype)
      #expect(file.records[0].byteCount == 2 * dtype.itemSize)
    }
  }

  /// Every truncation of a valid file is refused with `.truncated` and an offset inside the file.
  @Test func everyTruncationIsRefused() throws {
    let bytes = validImage().bytes
    for length in 0..<bytes.count {
      let path = try directory.write("cut.params", Array(bytes[0..<length]))
      let error = try #require(throws: MMapIOError.self) { try ParamsFile(path: path) }
      #expect(error.code == .truncated, "length \(length): \(error)")
      #expect(error.path == path)
      let offset = try #require(error.offset)
      #expect(offset <= length)
    }
  }

  @Test func wrongListMagic() throws {
    var image = validImage()
    image.bytes[0] = 0x13
    let error = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("magic.params", image.bytes))
    }
    #expect(error.code == .badMagic)
    #expect(error.offset == 0)
    #expect(error.description.contains("magic.params"))
  }

  @Test func unknownArrayMagicNamesTheTensorAndOffset() throws {
    var image = validImage()
    image.bytes[24] = 0x00
    let error = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("amagic.params", image.bytes))
    }
    #expect(error.code == .badMagic)
    #expect(error.offset == 24)
    #expect(error.tensor?.hasPrefix("#0") == true)
  }

  @Test func absurdNdimAndOverflowingDims() throws {
    var ndim = ParamsBytes()
    ndim.header(count: 1)
    ndim.u32(0xF993_FAC9)
    ndim.i32(0)
    ndim.i32(1_000_000)
    let ndimError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("ndim.params", ndim.bytes))
    }
    #expect(ndimError.code == .invalidHeader)
    #expect(ndimError.offset == 32)

    var dims = ParamsBytes()
    dims.header(count: 1)
    dims.array(shape: [Int64(1) << 40, Int64(1) << 40], data: [])
    dims.names(["x"])
    let dimsError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("dims.params", dims.bytes))
    }
    #expect(dimsError.code == .invalidHeader)
    #expect(dimsError.message.contains("overflow"))

    var negative = ParamsBytes()
    negative.header(count: 1)
    negative.array(shape: [-4], data: [])
    let negativeError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("neg.params", negative.bytes))
    }
    #expect(negativeError.code == .invalidHeader)
  }

  @Test func hugeArrayCountIsRefusedBeforeAllocating() throws {
    var image = ParamsBytes()
    image.header(count: UInt64.max)
    let error = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("count.params", image.bytes))
    }
    #expect(error.code == .invalidHeader)
    #expect(error.offset == 16)
  }

  @Test func namesCountMismatchDuplicatesAndTrailingBytes() throws {
    var count = ParamsBytes()
    count.header(count: 2)
    count.array(shape: [1], data: ParamsBytes.floats([1]))
    count.array(shape: [1], data: ParamsBytes.floats([2]))
    count.names(["only"])
    #expect(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("n1.params", count.bytes))
    }
    let countError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("n1.params", count.bytes))
    }
    #expect(countError.code == .invalidNames)

    var duplicate = ParamsBytes()
    duplicate.header(count: 2)
    duplicate.array(shape: [1], data: ParamsBytes.floats([1]))
    duplicate.array(shape: [1], data: ParamsBytes.floats([2]))
    duplicate.names(["same", "same"])
    let duplicateError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("dup.params", duplicate.bytes))
    }
    #expect(duplicateError.code == .invalidNames)
    #expect(duplicateError.tensor == "same")

    var trailing = validImage()
    trailing.bytes += [0, 0, 0]
    let trailingError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("trail.params", trailing.bytes))
    }
    #expect(trailingError.code == .trailingBytes)
  }

  @Test func sparseAndUnknownTypeAreRefused() throws {
    var sparse = ParamsBytes()
    sparse.header(count: 1)
    sparse.u32(0xF993_FAC9)
    sparse.i32(1)
    sparse.bytes += [UInt8](repeating: 0, count: 64)
    let sparseError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("sparse.params", sparse.bytes))
    }
    #expect(sparseError.code == .unsupportedFormat)

    var flag = ParamsBytes()
    flag.header(count: 1)
    flag.array(shape: [1], typeFlag: 99, data: [0, 0, 0, 0])
    let flagError = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("flag.params", flag.bytes))
    }
    #expect(flagError.code == .unsupportedDType)
  }

  @Test func emptyFileDirectoryAndMissingFile() throws {
    let empty = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: try directory.write("empty.params", []))
    }
    #expect(empty.code == .truncated)
    #expect(empty.message.contains("empty"))

    let folder = try #require(throws: MMapIOError.self) { try ParamsFile(path: directory.path) }
    #expect(folder.code == .isDirectory)

    let missing = try #require(throws: MMapIOError.self) {
      try ParamsFile(path: directory.file("absent.params"))
    }
    #expect(missing.code == .notFound)
  }

  @Test func releaseKeepsTheMappingReadable() throws {
    var image = ParamsBytes()
    image.header(count: 1)
    let values = (0..<8192).map(Float.init)
    image.array(shape: [8192], data: ParamsBytes.floats(values))
    image.names(["big"])
    let file = try ParamsFile(path: try directory.write("big.params", image.bytes))
    let record = file.records[0]
    file.file.release(record.dataRange)
    let data = file.data(of: record)
    #expect(
      Float(bitPattern: data.loadUnaligned(fromByteOffset: 8191 * 4, as: UInt32.self)) == 8191)
  }
}
