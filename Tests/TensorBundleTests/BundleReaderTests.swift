import Foundation
import SystemPackage
import Testing

@testable import TensorBundle

@Suite struct BundleReaderTests {
  /// A two-shard checkpoint `<dir>/ckpt`: "a" and "b" in shard 0, "c" in shard 1.
  struct Fixture {
    let directory: TemporaryDirectory
    let payloads: [String: [UInt8]]
    var prefix: FilePath { directory.path.appending("ckpt") }
    var index: URL { directory.file("ckpt.index") }
    func shard(_ id: Int) -> URL { directory.file("ckpt.data-0000\(id)-of-00002") }

    init() throws {
      directory = try TemporaryDirectory()
      let writer = try BundleWriter(
        directory: directory.path, prefix: "ckpt", maxShardSize: 2500, bufferSize: 512)
      var payloads: [String: [UInt8]] = [:]
      var entries: [(key: String, entry: BundleEntry)] = []
      for (i, key) in ["a", "b", "c"].enumerated() {
        payloads[key] = randomBytes(1200, seed: UInt64(i))
        entries.append(
          (key, try writeTensor(writer, dtype: .float, shape: [300], bytes: payloads[key]!)))
      }
      try writer.finish(entries: entries)
      self.payloads = payloads
    }

    func read() throws -> BundleReader { try BundleReader(prefix: prefix) }

    func mutateIndex(_ change: (inout [UInt8]) -> Void) throws {
      var bytes = try readBytes(index)
      change(&bytes)
      try writeBytes(bytes, to: index)
    }
  }

  func code(_ error: any Error) -> TensorBundleError.Code? {
    (error as? TensorBundleError)?.code
  }

  @Test func readsWhatWasWritten() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    let reader = try fixture.read()
    let expected = try Self.entries(fixture)
    #expect(reader.allEntries.map(\.entry) == expected.map(\.entry))
    #expect(reader.keys == ["a", "b", "c"])
    #expect(reader.entry(for: "c")?.shardID == 1)
    for (key, payload) in fixture.payloads {
      #expect(try reader.withTensorBytes(key: key) { Array($0) } == payload)
    }
    #expect(throws: TensorBundleError.self) { try reader.withTensorBytes(key: "zz") { _ in } }
  }

  @Test func flippedDataByteIsAChecksumMismatchNamingKeyAndShard() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    var shard = try readBytes(fixture.shard(0))
    shard[1300] ^= 0x10  // inside "b" (offset 1200)
    try writeBytes(shard, to: fixture.shard(0))
    let reader = try fixture.read()  // opening does not read data
    let error = try #require(throws: TensorBundleError.self) {
      try reader.withTensorBytes(key: "b") { _ in }
    }
    #expect(error.code == .checksumMismatch)
    #expect(error.key == "b")
    #expect(error.path == FilePath(fixture.shard(0).path))
    #expect(error.offset == 1200)
    #expect(
      error.description.contains(
        "ckpt.data-00000-of-00002, tensor b, byte offset 1200: checksum does not match"))
    // The other tensors still read.
    #expect(try reader.withTensorBytes(key: "a") { Array($0) } == fixture.payloads["a"])
  }

  @Test func flippedIndexByteIsABlockChecksumMismatch() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    let original = try readBytes(fixture.index)
    // A byte in the data block (a key byte), then a byte in the index block.
    let indexBlockOffset = try original.withUnsafeBytes {
      Int(try TableReader($0, path: nil).footer.index.offset)
    }
    for position in [12, indexBlockOffset + 1] {
      var bytes = original
      bytes[position] ^= 0x01
      try writeBytes(bytes, to: fixture.index)
      #expect { try fixture.read() } throws: { code($0) == .blockChecksumMismatch }
    }
  }

  @Test func truncatedIndex() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    let original = try readBytes(fixture.index)
    try writeBytes(Array(original[..<20]), to: fixture.index)
    #expect { try fixture.read() } throws: { code($0) == .truncated }
    try writeBytes(Array(original.dropLast(1)), to: fixture.index)
    #expect { try fixture.read() } throws: { code($0) == .badMagic }
    // Footer intact, front cut: block handles point past the start.
    try writeBytes(Array(original[(original.count - 60)...]), to: fixture.index)
    #expect { try fixture.read() } throws: {
      [.truncated, .blockChecksumMismatch].contains(code($0))
    }
  }

  @Test func badMagic() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    try fixture.mutateIndex { $0[$0.count - 1] ^= 0xFF }
    let error = try #require(throws: TensorBundleError.self) { try fixture.read() }
    #expect(error.code == .badMagic)
    #expect(error.message == "not an sstable (bad magic number)")
    let fixture2 = try Fixture()
    defer { fixture2.directory.cleanup() }
    try fixture2.mutateIndex { $0 += [UInt8](repeating: 0, count: 16) }
    #expect { try fixture2.read() } throws: { code($0) == .badMagic }
  }

  @Test func missingFiles() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    try FileManager.default.removeItem(at: fixture.shard(1))
    let reader = try fixture.read()
    #expect(try reader.withTensorBytes(key: "a") { $0.count } == 1200)
    let error = try #require(throws: TensorBundleError.self) {
      try reader.withTensorBytes(key: "c") { _ in }
    }
    #expect(error.code == .notFound)
    #expect(error.key == "c")
    #expect(error.path == FilePath(fixture.shard(1).path))
    try FileManager.default.removeItem(at: fixture.index)
    #expect { try fixture.read() } throws: { code($0) == .notFound }
  }

  @Test func truncatedShard() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    let shard = try readBytes(fixture.shard(0))
    try writeBytes(Array(shard[..<2000]), to: fixture.shard(0))
    let reader = try fixture.read()
    #expect { try reader.withTensorBytes(key: "b") { _ in } } throws: {
      code($0) == .truncatedShard
    }
  }

  /// Rewrites the index with `change` applied to the entries (valid block CRCs).
  func rewriteIndex(
    _ fixture: Fixture, header: BundleHeader = BundleHeader(numShards: 2),
    _ change: (inout [(key: String, entry: BundleEntry)]) -> Void = { _ in }
  ) throws {
    var entries = try Self.entries(fixture)
    change(&entries)
    let bytes = try BundleIndex.build(
      header: header, sortedEntries: try BundleIndex.sorted(entries))
    try writeBytes(bytes, to: fixture.index)
  }

  /// The fixture's entries, read from the index as written.
  static func entries(_ fixture: Fixture) throws -> [(key: String, entry: BundleEntry)] {
    ["a", "b", "c"].enumerated().map { i, key in
      (
        key,
        BundleEntry(
          dtype: .float, shape: [300], shardID: i / 2, offset: (i % 2) * 1200, size: 1200,
          crc32c: CRC32C.checksum(fixture.payloads[key]!))
      )
    }
  }

  @Test func sizeMismatch() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    try rewriteIndex(fixture) { $0[1].entry.size -= 4 }
    let reader = try fixture.read()
    let error = try #require(throws: TensorBundleError.self) {
      try reader.withTensorBytes(key: "b") { _ in }
    }
    #expect(error.code == .sizeMismatch)
    #expect(error.message.contains("stored size 1196; expected size 1200"))
  }

  @Test func wrongStoredCRC() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    try rewriteIndex(fixture) { $0[0].entry.crc32c ^= 1 }
    #expect { try fixture.read().withTensorBytes(key: "a") { _ in } } throws: {
      code($0) == .checksumMismatch
    }
  }

  @Test func refusedHeaders() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    try rewriteIndex(fixture, header: BundleHeader(numShards: 2, endianness: .big))
    #expect { try fixture.read() } throws: { code($0) == .unsupportedHeader }
    try rewriteIndex(fixture, header: BundleHeader(numShards: 2, minConsumer: 5))
    #expect { try fixture.read() } throws: { code($0) == .unsupportedHeader }
    try rewriteIndex(fixture, header: BundleHeader(numShards: 1))
    #expect { try fixture.read() } throws: { code($0) == .corruptIndex }  // shard_id 1 of 1
  }

  @Test func missingHeaderEntry() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    var table = TableBuilder()
    for (key, entry) in try fixture.read().allEntries {
      table.add(key: Array(key.utf8), value: try entry.serialized())
    }
    try writeBytes(table.finish(), to: fixture.index)
    #expect { try fixture.read() } throws: { code($0) == .missingHeader }
  }

  @Test func compressedAndUnknownBlockTypes() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    let original = try readBytes(fixture.index)
    // The first data block is at 0; its trailer follows its contents.
    let size = try original.withUnsafeBytes { bytes in
      let reader = try TableReader(bytes, path: nil)
      var index = try BlockReader(try reader.block(at: reader.footer.index))
      var cursor = 0
      return Int(BlockHandle.decode(try #require(try index.next()).value, at: &cursor)!.size)
    }
    for (type, expected) in [
      (UInt8(1), TensorBundleError.Code.unsupportedCompression), (2, .badBlockType),
    ] {
      var bytes = original
      bytes[size] = type
      var crc = CRC32C()
      bytes[..<(size + 1)].withUnsafeBytes { crc.update($0) }
      let masked = CRC32C.mask(crc.value)
      withUnsafeBytes(of: masked.littleEndian) {
        bytes.replaceSubrange((size + 1)..<(size + 5), with: $0)
      }
      try writeBytes(bytes, to: fixture.index)
      #expect { try fixture.read() } throws: { code($0) == expected }
    }
  }

  @Test func unsortedKeysAreRefused() throws {
    let fixture = try Fixture()
    defer { fixture.directory.cleanup() }
    var table = TableBuilder()
    table.add(key: [], value: try BundleHeader(numShards: 2).serialized())
    let entries = try fixture.read().allEntries
    // TableBuilder enforces order; write "b" under a key that sorts before it by hand.
    var block = BlockBuilder(restartInterval: 16)
    block.add(key: [], value: try BundleHeader(numShards: 2).serialized())
    block.add(key: Array("b".utf8), value: try entries[1].entry.serialized())
    block.add(key: Array("a".utf8), value: try entries[0].entry.serialized())
    var file = block.finish()
    let dataSize = file.count
    file.withUnsafeBytes { BlockTrailer(uncompressed: $0) }.append(to: &file)
    var meta = BlockBuilder(restartInterval: 16)
    let metaContents = meta.finish()
    let metaHandle = BlockHandle(offset: UInt64(file.count), size: UInt64(metaContents.count))
    file += metaContents
    metaContents.withUnsafeBytes { BlockTrailer(uncompressed: $0) }.append(to: &file)
    var index = BlockBuilder(restartInterval: 1)
    index.add(key: Array("c".utf8), value: BlockHandle(offset: 0, size: UInt64(dataSize)).encoded)
    let indexContents = index.finish()
    let indexHandle = BlockHandle(offset: UInt64(file.count), size: UInt64(indexContents.count))
    file += indexContents
    indexContents.withUnsafeBytes { BlockTrailer(uncompressed: $0) }.append(to: &file)
    Footer(metaindex: metaHandle, index: indexHandle).append(to: &file)
    try writeBytes(file, to: fixture.index)
    #expect { try fixture.read() } throws: { code($0) == .unsortedKeys }
  }

  /// The doc's TF-written index, with a shard whose first 8 bytes are the int64 42.
  @Test func readsTensorFlowWrittenIndex() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    try writeBytes(BundleIndexTests.tensorFlowIndex, to: directory.file("model.ckpt.index"))
    try writeBytes(
      [42, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0, count: 19136),
      to: directory.file("model.ckpt.data-00000-of-00001"))
    let reader = try BundleReader(prefix: directory.path.appending("model.ckpt"))
    #expect(reader.header == BundleHeader(numShards: 1))
    #expect(reader.keys.count == 5)
    #expect(reader.entry(for: "resnet50_v1d/C1/conv0/weights")?.shape == [7, 7, 3, 32])
    #expect(reader.entry(for: "resnet50_v1d/C1/conv0/BatchNorm/moving_mean_fp16")?.dtype == .half)
    #expect(try reader.withTensorBytes(key: "global_step") { $0.load(as: Int64.self) } == 42)
    #expect { try reader.withTensorBytes(key: "resnet50_v1d/C1/conv0/weights") { _ in } } throws: {
      code($0) == .checksumMismatch
    }
  }
}

@Suite struct StringTensorTests {
  /// docs/checkpoint-format.md §4.2: scalar b"hello" is `05 | d9c69c43 | 68656c6c6f`.
  @Test func helloExample() throws {
    let payload = hexBytes("05 d9c69c43 68656c6c6f")
    let crc = try payload.withUnsafeBytes { try StringTensorChecksum.entryCRC(of: $0, count: 1) }
    #expect(crc == CRC32C.checksum([5, 0, 0, 0] + hexBytes("d9c69c43 68656c6c6f")))
    var corrupt = payload
    corrupt[1] ^= 1
    #expect(throws: StringTensorChecksum.Failure.self) {
      try corrupt.withUnsafeBytes { try StringTensorChecksum.entryCRC(of: $0, count: 1) }
    }
  }

  @Test func stringTensorRoundTrip() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    // Two strings, "ab" and "", with the layout TF writes.
    var lengthsCRC = CRC32C()
    lengthsCRC.update([2, 0, 0, 0, 0, 0, 0, 0])
    var payload: [UInt8] = [2, 0]
    withUnsafeBytes(of: CRC32C.mask(lengthsCRC.value).littleEndian) { payload += $0 }
    payload += Array("ab".utf8)
    let writer = try BundleWriter(directory: directory.path, prefix: "s", maxShardSize: 1000)
    #expect(throws: TensorBundleError.self) { try writer.beginTensor(dtype: .string, shape: [2]) }
    var entry = try writeTensor(writer, dtype: .uint8, shape: [payload.count], bytes: payload)
    entry.dtype = .string
    entry.shape = [2]
    entry.crc32c = try payload.withUnsafeBytes {
      try StringTensorChecksum.entryCRC(of: $0, count: 2)
    }
    try writer.finish(entries: [("strings", entry)])
    let reader = try BundleReader(prefix: directory.path.appending("s"))
    #expect(try reader.withTensorBytes(key: "strings") { Array($0) } == payload)
  }
}
