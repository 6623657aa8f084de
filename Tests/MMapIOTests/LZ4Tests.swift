import Foundation
import MMapIO
import SystemPackage
import TestSupport
import Testing

/// Serves bytes in fixed-size chunks: a decoder stand-in that cuts anywhere.
final class MemorySource: DecodedByteSource {
  let bytes: [UInt8]
  let chunkSize: Int
  private var position = 0
  private var buffer: UnsafeMutableRawBufferPointer?

  init(_ bytes: [UInt8], chunkSize: Int) {
    self.bytes = bytes
    self.chunkSize = chunkSize
  }

  deinit { buffer?.deallocate() }

  var decodedSizeBound: Int { bytes.count }
  var inputPositionNote: String { "memory chunk \(position / chunkSize)" }

  func nextChunk() throws(MMapIOError) -> UnsafeRawBufferPointer? {
    guard position < bytes.count else { return nil }
    let end = min(position + chunkSize, bytes.count)
    // A fresh buffer each time, the previous one freed: a reader that kept a
    // stale chunk would read freed memory (and fail under the address sanitizer).
    buffer?.deallocate()
    let fresh = UnsafeMutableRawBufferPointer.allocate(byteCount: end - position, alignment: 1)
    fresh.copyBytes(from: bytes[position..<end])
    buffer = fresh
    position = end
    return UnsafeRawBufferPointer(fresh)
  }
}

/// Drains a decoder into one array (tests only; real code never holds it all).
func decodeAll(_ decoder: LZ4FrameDecoder) throws -> [UInt8] {
  var result: [UInt8] = []
  while let chunk = try decoder.nextChunk() {
    #expect(chunk.count <= decoder.chunkCapacity)
    result += chunk
  }
  return result
}

@Suite("LZ4 frames and the streaming NDArray-list reader")
struct LZ4Tests {
  let directory = TemporaryDirectory()

  /// Partly compressible bytes: runs and noise, deterministic.
  static func sampleBytes(_ count: Int) -> [UInt8] {
    var state: UInt64 = 0x1234_5678
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let run = Int(state >> 60)
      let value = UInt8(truncatingIfNeeded: state >> 32)
      bytes += state & 1 == 0 ? Array(repeating: value, count: run + 1) : [value]
    }
    return Array(bytes.prefix(count))
  }

  /// A small NDArray list with awkward dtypes: odd sizes, float16, float64, an empty array.
  static func awkwardParams() -> [UInt8] {
    var file = ParamsBytes()
    file.header(count: 6)
    file.array(shape: [3], typeFlag: 3, data: [1, 2, 3])
    file.array(shape: [5], typeFlag: 2, data: Array(0..<10))
    file.array(shape: [2, 3], data: ParamsBytes.floats([1, 2, 3, 4, 5, 6]))
    // An empty V2 array: magic, stype, ndim 0 and nothing else.
    file.u32(0xF993_FAC9)
    file.i32(0)
    file.i32(0)
    file.array(shape: [2], typeFlag: 1, data: Array(20..<36))
    file.array(shape: [2, 1, 3, 3], data: ParamsBytes.floats((0..<18).map(Float.init)))
    file.names(["u8", "half", "dense", "empty", "double", "conv"])
    return file.bytes
  }

  @Test func streamReaderAgreesWithParamsFileForAnyChunking() throws {
    let bytes = Self.awkwardParams()
    let path = try directory.write("awkward.params", bytes)
    let params = try ParamsFile(path: path)
    for chunkSize in [1, 2, 3, 5, 7, 13, 64, 1 << 20] {
      let reader = try ParamsStreamReader(source: MemorySource(bytes, chunkSize: chunkSize))
      #expect(reader.arrayCount == params.records.count)
      var records: [NDArrayRecord] = []
      while let record = try reader.nextArray() {
        var data: [UInt8] = []
        var piece = try reader.readData(upTo: 4)
        while !piece.isEmpty {
          data += piece
          piece = try reader.readData(upTo: 4)
        }
        #expect(data == Array(params.data(of: params.records[record.index])), "chunk \(chunkSize)")
        records.append(record)
      }
      let names = try reader.readNames()
      #expect(names == params.records.map { $0.name ?? "" })
      for (streamed, mapped) in zip(records, params.records) {
        var named = streamed
        named.name = mapped.name
        #expect(named == mapped, "chunk \(chunkSize)")
      }
    }
  }

  @Test func unreadDataIsSkipped() throws {
    let reader = try ParamsStreamReader(source: MemorySource(Self.awkwardParams(), chunkSize: 5))
    var count = 0
    while try reader.nextArray() != nil { count += 1 }
    #expect(count == 6)
    #expect(try reader.readNames()?.last == "conv")
  }

  @Test func everyCutIsReportedAsTruncated() throws {
    let bytes = Self.awkwardParams()
    for cut in 0..<bytes.count {
      let error = try #require(throws: MMapIOError.self) {
        let reader = try ParamsStreamReader(
          source: MemorySource(Array(bytes[..<cut]), chunkSize: 7), path: "cut.params.lz4")
        while try reader.nextArray() != nil { try reader.skipData() }
        _ = try reader.readNames()
      }
      #expect(error.code == .truncated, "cut at \(cut): \(error)")
      #expect(error.description.contains("cut.params.lz4"))
      #expect(error.description.contains("decoded byte"), "\(error)")
    }
  }

  @Test func bytesAfterTheNamesTableAreRefused() throws {
    let bytes = Self.awkwardParams() + [0, 0, 0]
    let error = try #require(throws: MMapIOError.self) {
      let reader = try ParamsStreamReader(source: MemorySource(bytes, chunkSize: 9))
      _ = try reader.readNames()
    }
    #expect(error.code == .trailingBytes)
  }

  @Test func hostileSizesAreRefusedBeforeAnyAllocation() throws {
    var file = ParamsBytes()
    file.header(count: 1)
    file.array(shape: [1 << 40, 1 << 20], data: [])
    let error = try #require(throws: MMapIOError.self) {
      let reader = try ParamsStreamReader(source: MemorySource(file.bytes, chunkSize: 16))
      _ = try reader.nextArray()
    }
    #expect(error.code == .truncated || error.code == .invalidHeader)
    var many = ParamsBytes()
    many.header(count: 1 << 40)
    let count = try #require(throws: MMapIOError.self) {
      _ = try ParamsStreamReader(source: MemorySource(many.bytes, chunkSize: 16))
    }
    #expect(count.code == .invalidHeader)
  }

  // MARK: - The decoder, on files written by the lz4 tool

  @Test(arguments: [
    [], ["--content-size"], ["--no-frame-crc"], ["-B4"], ["-B4", "-BD"], ["-B5", "--content-size"],
    ["-BX", "-B4"], ["-9"],
  ])
  func decodesWhatTheToolWrites(options: [String]) throws {
    let original = Self.sampleBytes(700_000)
    let plain = try directory.write("plain", original)
    let packed = directory.file("packed.lz4")
    try LZ4Tool.compress(plain, packed, options)
    let decoder = try LZ4FrameDecoder(path: packed)
    #expect(decoder.layout.frameCount == 1)
    #expect(decoder.decodedSizeBound >= original.count)
    if options.contains("--content-size") {
      #expect(decoder.layout.declaredContentSize == original.count)
    }
    #expect(try decodeAll(decoder) == original)
    #expect(decoder.decodedOffset == original.count)
    #expect(decoder.compressedOffset == decoder.file.count)
    #expect(try decoder.nextChunk() == nil)
  }

  @Test func concatenatedAndSkippableFramesDecodeAsOneStream() throws {
    let original = Self.sampleBytes(500_000)
    var joined: [UInt8] = []
    for (index, range) in [0..<1000, 1000..<300_001, 300_001..<500_000].enumerated() {
      let part = try directory.write("part\(index)", Array(original[range]))
      let packed = directory.file("part\(index).lz4")
      try LZ4Tool.compress(part, packed, index == 1 ? ["--content-size", "-B4"] : [])
      joined += try directory.read(packed)
      if index == 0 {
        // A skippable frame (user metadata) between data frames.
        var skippable = ParamsBytes()
        skippable.u32(0x184D_2A5A)
        skippable.u32(5)
        joined += skippable.bytes + [1, 2, 3, 4, 5]
      }
    }
    let decoder = try LZ4FrameDecoder(path: try directory.write("joined.lz4", joined))
    #expect(decoder.layout.frameCount == 3)
    #expect(decoder.layout.skippableFrameCount == 1)
    #expect(decoder.layout.declaredContentSize == nil)
    #expect(try decodeAll(decoder) == original)
  }

  /// Incompressible bytes, deterministic: `lz4` stores their blocks uncompressed.
  static func noiseBytes(_ count: Int) -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
  }

  @Test func contentChecksumsAreCheckedFrameByFrame() throws {
    // 40 small frames, two of three with a content checksum, plus an empty
    // one: more frame ends in one chunk than one checksum job holds.
    let original = Self.sampleBytes(300_000)
    let empty = try directory.write("empty", [])
    var joined: [UInt8] = []
    var frameEnds: [Int] = []
    for index in 0..<40 {
      let part = try directory.write(
        "f\(index)", Array(original[(index * 7500)..<((index + 1) * 7500)]))
      let packed = directory.file("f\(index).lz4")
      try LZ4Tool.compress(part, packed, index % 3 == 0 ? ["--no-frame-crc"] : [])
      joined += try directory.read(packed)
      frameEnds.append(joined.count)
      if index == 10 {
        try LZ4Tool.compress(empty, directory.file("empty.lz4"))
        joined += try directory.read(directory.file("empty.lz4"))
      }
    }
    let decoder = try LZ4FrameDecoder(path: try directory.write("many.lz4", joined))
    #expect(decoder.layout.frameCount == 41)
    #expect(try decodeAll(decoder) == original)

    // A bad checksum in frame 25 is reported at that checksum, whatever came before.
    var bad = joined
    bad[frameEnds[25] - 1] ^= 0x01
    let badPath = try directory.write("bad.lz4", bad)
    let error = try #require(throws: MMapIOError.self) {
      _ = try decodeAll(try LZ4FrameDecoder(path: badPath))
    }
    #expect(error.code == .invalidHeader)
    #expect(error.message.contains("content checksum"), "\(error)")
    #expect(error.message.contains("after \(26 * 7500) decoded bytes"), "\(error)")
    #expect(error.offset == frameEnds[25] - 4)
    // Not checked when the caller already has (a second decode of the same file).
    #expect(try decodeAll(try LZ4FrameDecoder(path: badPath, contentChecksums: false)) == original)
  }

  @Test func storedBlockChecksumsAreStillChecked() throws {
    let original = Self.noiseBytes(300_000)
    let packedPath = directory.file("noise.lz4")
    try LZ4Tool.compress(try directory.write("noise", original), packedPath, ["-B4", "-BX"])
    var packed = try directory.read(packedPath)
    #expect(try decodeAll(try LZ4FrameDecoder(path: packedPath)) == original)
    packed[packed.count / 2] ^= 0x08
    let error = try #require(throws: MMapIOError.self) {
      _ = try decodeAll(try LZ4FrameDecoder(path: try directory.write("flipped.lz4", packed)))
    }
    #expect(error.message.contains("block checksum"), "\(error)")
  }

  @Test func badStreamsGiveClearErrors() throws {
    let original = Self.sampleBytes(400_000)
    let plain = try directory.write("plain", original)
    let packedPath = directory.file("good.lz4")
    try LZ4Tool.compress(plain, packedPath, ["-B4"])
    let packed = try directory.read(packedPath)

    func failure(_ name: String, _ bytes: [UInt8]) throws -> MMapIOError {
      let path = try directory.write(name, bytes)
      return try #require(throws: MMapIOError.self) {
        _ = try decodeAll(try LZ4FrameDecoder(path: path))
      }
    }
    let notLZ4 = try failure("not.lz4", Array("definitely not lz4 data".utf8))
    #expect(notLZ4.code == .badMagic)
    #expect(notLZ4.offset == 0)

    let garbage = try failure("garbage.lz4", packed + Array("trailing garbage".utf8))
    #expect(garbage.code == .trailingBytes)
    #expect(garbage.offset == packed.count)
    #expect(try failure("short-garbage.lz4", packed + [1, 2]).code == .trailingBytes)

    for cut in [1, 5, 7, 12, packed.count / 2, packed.count - 5, packed.count - 1] {
      let error = try failure("cut\(cut).lz4", Array(packed[..<cut]))
      #expect(error.code == .truncated, "cut at \(cut): \(error)")
      #expect(error.offset != nil)
    }

    var badChecksum = packed
    badChecksum[badChecksum.count - 1] ^= 0x40
    let checksum = try failure("checksum.lz4", badChecksum)
    #expect(checksum.code == .invalidHeader)
    #expect(checksum.message.contains("content checksum"), "\(checksum)")
    #expect(checksum.message.contains("after \(original.count) decoded bytes"), "\(checksum)")

    var flipped = packed
    flipped[packed.count / 2] ^= 0x10
    let corrupt = try failure("flipped.lz4", flipped)
    #expect(corrupt.code == .invalidHeader || corrupt.code == .truncated, "\(corrupt)")
    #expect(corrupt.message.contains("LZ4") || corrupt.message.contains("lz4"), "\(corrupt)")
    #expect(corrupt.path?.string.hasSuffix("flipped.lz4") == true)

    let legacyPath = directory.file("legacy.lz4")
    try LZ4Tool.compress(plain, legacyPath, ["-l"])
    #expect(
      try failure("legacy-copy.lz4", try directory.read(legacyPath)).code == .unsupportedFormat)
    #expect(try failure("empty.lz4", []).code == .truncated)
  }
}
