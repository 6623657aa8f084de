import Foundation
import SystemPackage
import Testing

@testable import TensorBundle

@Suite struct BundleWriterTests {
  /// Writes `count` float tensors of `elements` floats each; returns payloads and entries.
  func writeCheckpoint(
    in directory: TemporaryDirectory, count: Int, elements: Int, maxShardSize: Int,
    bufferSize: Int = 4096
  ) throws -> (payloads: [String: [UInt8]], files: [FilePath]) {
    let writer = try BundleWriter(
      directory: directory.path, prefix: "model.ckpt", maxShardSize: maxShardSize,
      bufferSize: bufferSize)
    var payloads: [String: [UInt8]] = [:]
    var entries: [(key: String, entry: BundleEntry)] = []
    for i in 0..<count {
      let key = "net/layer\(i)/weights"
      let bytes = randomBytes(elements * 4, seed: UInt64(i))
      payloads[key] = bytes
      entries.append(
        (key, try writeTensor(writer, dtype: .float, shape: [elements], bytes: bytes, chunk: 333)))
    }
    return (payloads, try writer.finish(entries: entries))
  }

  @Test("a payload written in place, in any order, reads back; appends after it land after it")
  func inPlacePayloadThenAppends() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(
      directory: directory.path, prefix: "model.ckpt", maxShardSize: 1 << 20, bufferSize: 4096)
    let before = randomBytes(1000, seed: 1)
    let middle = randomBytes(40_000, seed: 2)
    let after = randomBytes(3000, seed: 3)
    var entries: [(key: String, entry: BundleEntry)] = []
    entries.append(
      ("a", try writeTensor(writer, dtype: .uint8, shape: [1000], bytes: before, chunk: 333)))
    try writer.beginTensor(dtype: .uint8, shape: [40_000])
    let region = try writer.beginInPlace()
    // Back to front, in pieces of 7000: the append position must end past the region.
    for start in stride(from: 0, to: middle.count, by: 7000).reversed() {
      let end = min(start + 7000, middle.count)
      try middle[start..<end].withUnsafeBytes { try region.write($0, at: start) }
    }
    try writer.finishInPlace(region)
    entries.append(("b", try writer.endTensor()))
    entries.append(
      ("c", try writeTensor(writer, dtype: .uint8, shape: [3000], bytes: after, chunk: 333)))
    try writer.finish(entries: entries)
    let reader = try BundleReader(prefix: directory.path.appending("model.ckpt"))
    #expect(reader.header.numShards == 1)
    for (key, bytes) in [("a", before), ("b", middle), ("c", after)] {
      #expect(try reader.withTensorBytes(key: key) { Array($0) } == bytes, "\(key)")
    }
  }

  @Test func roundTripsThroughSeveralShards() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    // 10 tensors of 4000 bytes, at most 10000 bytes per shard: 2 per shard, 5 shards.
    let (payloads, files) = try writeCheckpoint(
      in: directory, count: 10, elements: 1000, maxShardSize: 10_000)
    #expect(
      try directory.contents() == [
        "checkpoint", "model.ckpt.data-00000-of-00005", "model.ckpt.data-00001-of-00005",
        "model.ckpt.data-00002-of-00005", "model.ckpt.data-00003-of-00005",
        "model.ckpt.data-00004-of-00005", "model.ckpt.index",
      ])
    #expect(files.count == 7)
    #expect(files.last == directory.path.appending("checkpoint"))

    let reader = try BundleReader(prefix: directory.path.appending("model.ckpt"))
    #expect(reader.header.numShards == 5)
    #expect(reader.header.endianness == .little)
    #expect(reader.header.producer == 1)
    #expect(
      reader.keys
        == payloads.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    for (key, payload) in payloads {
      let entry = try #require(reader.entry(for: key))
      #expect(entry.crc32c == CRC32C.checksum(payload))
      #expect(entry.size == 4000)
      let bytes = try reader.withTensorBytes(key: key) { Array($0) }
      #expect(bytes == payload)
      reader.release(key: key)
    }
    let layer3 = try #require(reader.entry(for: "net/layer3/weights"))
    #expect(layer3.shardID == 1 && layer3.offset == 4000)
    #expect(reader.entry(for: "nope") == nil)
  }

  @Test func tensorLargerThanMaxShardSizeGetsItsOwnShard() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(
      directory: directory.path, prefix: "p", maxShardSize: 100, bufferSize: 64)
    let small = try writeTensor(writer, dtype: .uint8, shape: [10], bytes: randomBytes(10, seed: 1))
    let big = try writeTensor(writer, dtype: .uint8, shape: [500], bytes: randomBytes(500, seed: 2))
    let tail = try writeTensor(writer, dtype: .uint8, shape: [10], bytes: randomBytes(10, seed: 3))
    #expect(small.shardID == 0 && big.shardID == 1 && big.offset == 0 && tail.shardID == 2)
    #expect(writer.shardCount == 3 && writer.bytesWritten == 520)
    try writer.finish(
      entries: [("a", small), ("b", big), ("c", tail)], writeCheckpointState: false)
    let reader = try BundleReader(prefix: directory.path.appending("p"))
    #expect(try reader.withTensorBytes(key: "b") { Array($0) } == randomBytes(500, seed: 2))
  }

  @Test func withAppendBufferWritesInPlace() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(
      directory: directory.path, prefix: "p", maxShardSize: 1 << 20, bufferSize: 256)
    let payload = randomBytes(4 * 1000, seed: 11)
    try writer.beginTensor(dtype: .float, shape: [1000])
    var start = 0
    while start < payload.count {
      try writer.withAppendBuffer(minimumCapacity: 4) { buffer in
        let count = min(buffer.count / 4 * 4, payload.count - start, 100)
        payload[start..<start + count].withUnsafeBytes { buffer.copyMemory(from: $0) }
        start += count
        return count
      }
    }
    let entry = try writer.endTensor()
    #expect(entry.crc32c == CRC32C.checksum(payload))
    #expect(throws: TensorBundleError.self) {
      try writer.beginTensor(dtype: .uint8, shape: [1])
      try writer.withAppendBuffer(minimumCapacity: 257) { _ in 0 }
    }
    // That refusal does not poison the writer: the tensor can still be completed.
    try [UInt8(7)].withUnsafeBytes { try writer.append($0) }
    #expect(try writer.endTensor().offset == 4000)
    try writer.finish(entries: [("t", entry)])
    let reader = try BundleReader(prefix: directory.path.appending("p"))
    #expect(try reader.withTensorBytes(key: "t") { Array($0) } == payload)
  }

  @Test func endTensorWithWrongByteCountThrows() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(directory: directory.path, prefix: "p", maxShardSize: 1 << 20)
    try writer.beginTensor(dtype: .float, shape: [2, 3], key: "short")
    try [UInt8](repeating: 0, count: 20).withUnsafeBytes { try writer.append($0) }
    #expect {
      _ = try writer.endTensor()
    } throws: {
      ($0 as? TensorBundleError)?.code == .sizeMismatch
        && ($0 as? TensorBundleError)?.key == "short"
    }
    // Too many bytes are refused on append.
    try writer.beginTensor(dtype: .float, shape: [1], key: "long")
    #expect {
      try [UInt8](repeating: 0, count: 5).withUnsafeBytes { try writer.append($0) }
    } throws: { ($0 as? TensorBundleError)?.code == .sizeMismatch }
    writer.abort()
  }

  @Test func apiMisuseIsReported() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(directory: directory.path, prefix: "p", maxShardSize: 1 << 20)
    #expect(throws: TensorBundleError.self) {
      try [UInt8](repeating: 0, count: 4).withUnsafeBytes { try writer.append($0) }
    }
    #expect(throws: TensorBundleError.self) { _ = try writer.endTensor() }
    try writer.beginTensor(dtype: .float, shape: [1])
    #expect(throws: TensorBundleError.self) { try writer.beginTensor(dtype: .float, shape: [1]) }
    #expect(throws: TensorBundleError.self) { try writer.finish(entries: []) }
    #expect(throws: TensorBundleError.self) {
      try BundleWriter(directory: directory.path, prefix: "a/b", maxShardSize: 1)
    }
    #expect(throws: TensorBundleError.self) {
      try BundleWriter(directory: directory.path, prefix: "p", maxShardSize: 0)
    }
    writer.abort()
  }

  @Test func duplicateKeysAreRejectedAndNothingIsPublished() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(directory: directory.path, prefix: "p", maxShardSize: 1 << 20)
    let a = try writeTensor(writer, dtype: .int8, shape: [3], bytes: [1, 2, 3])
    let b = try writeTensor(writer, dtype: .int8, shape: [3], bytes: [4, 5, 6])
    #expect {
      try writer.finish(entries: [("x", a), ("y", b), ("x", b)])
    } throws: { ($0 as? TensorBundleError)?.code == .duplicateKey }
    // Validation failed before any file was renamed; the writer can still finish.
    #expect(try directory.contents().allSatisfy { $0.contains(".tempstate") })
    try writer.finish(entries: [("x", a), ("y", b)])
    #expect(try directory.contents() == ["checkpoint", "p.data-00000-of-00001", "p.index"])
  }

  @Test func nonASCIIKeysSortBytewise() throws {  // docs/checkpoint-format.md §3.5
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(directory: directory.path, prefix: "p", maxShardSize: 1 << 20)
    let keys = ["é", "e\u{301}", "z", "中/😀", "B", "a b/with space", "a"]
    var entries: [(key: String, entry: BundleEntry)] = []
    for (i, key) in keys.enumerated() {
      entries.append((key, try writeTensor(writer, dtype: .uint8, shape: [1], bytes: [UInt8(i)])))
    }
    try writer.finish(entries: entries)
    let reader = try BundleReader(prefix: directory.path.appending("p"))
    #expect(
      reader.keys.map { Array($0.utf8) }
        == ["B", "a", "a b/with space", "e\u{301}", "z", "é", "中/😀"].map { Array($0.utf8) })
    #expect(try reader.withTensorBytes(key: "é") { Array($0) } == [0])
    #expect(try reader.withTensorBytes(key: "e\u{301}") { Array($0) } == [1])
  }

  @Test func scalarsAndEmptyTensors() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    let writer = try BundleWriter(directory: directory.path, prefix: "p", maxShardSize: 1 << 20)
    let step = try writeTensor(writer, dtype: .int64, shape: [], bytes: [42, 0, 0, 0, 0, 0, 0, 0])
    let empty = try writeTensor(writer, dtype: .float, shape: [0, 3], bytes: [])
    #expect(empty.offset == 8 && empty.size == 0 && empty.crc32c == 0)
    try writer.finish(entries: [("global_step", step), ("empty", empty)])
    let reader = try BundleReader(prefix: directory.path.appending("p"))
    #expect(reader.entry(for: "global_step")?.shape == [])
    #expect(reader.entry(for: "empty")?.shape == [0, 3])
    #expect(try reader.withTensorBytes(key: "empty") { $0.count } == 0)
  }

  @Test func checkpointStateFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    _ = try writeCheckpoint(in: directory, count: 1, elements: 1, maxShardSize: 100)
    let text = String(decoding: try readBytes(directory.file("checkpoint")), as: UTF8.self)
    #expect(
      text == "model_checkpoint_path: \"model.ckpt\"\nall_model_checkpoint_paths: \"model.ckpt\"\n")
    #expect(CheckpointStateFile.quoted("a\"b\\c\nd\u{1}é") == "\"a\\\"b\\\\c\\nd\\001é\"")
  }

  @Test func abortRemovesTemporaryFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.cleanup() }
    do {
      let writer = try BundleWriter(
        directory: directory.path, prefix: "p", maxShardSize: 10, bufferSize: 8)
      for i in 0..<5 {
        _ = try writeTensor(
          writer, dtype: .uint8, shape: [8], bytes: randomBytes(8, seed: UInt64(i)))
      }
      #expect(try directory.contents().count == 5)
      // Dropped without finish.
    }
    #expect(try directory.contents() == [])
  }

  @Test func writeErrorsCarryPathAndErrno() throws {
    // /dev/full fails every write with ENOSPC.
    let shard = try DataShardWriter(existing: "/dev/full", bufferSize: 16)
    try [UInt8](repeating: 1, count: 8).withUnsafeBytes { try shard.append($0) }  // buffered
    #expect {
      try shard.flush()
    } throws: { error in
      guard let error = error as? TensorBundleError else { return false }
      return error.code == .systemCall && error.errno == .noSpace && error.path == "/dev/full"
        && error.description.hasPrefix("/dev/full, byte offset 0: write failed")
    }
  }

  @Test func missingDirectoryIsReported() throws {
    #expect {
      try BundleWriter(
        directory: FilePath("/nonexistent-\(UInt32.random(in: 0...UInt32.max))"), prefix: "p",
        maxShardSize: 1)
    } throws: { ($0 as? TensorBundleError)?.code == .notFound }
  }
}
