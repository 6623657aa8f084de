import Testing

@testable import TensorBundle

@Suite struct BlockBuilderTests {
  /// Restart offsets and count from a finished block.
  func restarts(_ block: [UInt8]) -> [UInt32] {
    block.withUnsafeBytes { bytes in
      let count = Int(LittleEndian.load32(bytes, at: bytes.count - 4))
      let start = bytes.count - 4 - 4 * count
      return (0..<count).map { LittleEndian.load32(bytes, at: start + 4 * $0) }
    }
  }

  func keys(_ n: Int) -> [[UInt8]] {
    (0..<n).map { Array("tensor/\(String(1000 + $0))/weights".utf8) }
  }

  @Test(arguments: [(1, 1), (15, 1), (16, 1), (17, 2), (32, 2), (33, 3)])
  func restartPoints(entries: Int, expectedRestarts: Int) throws {
    var builder = BlockBuilder(restartInterval: 16)
    var entryOffsets: [Int] = []
    for key in keys(entries) {
      entryOffsets.append(builder.buffer.count)
      builder.add(key: key, value: [1, 2, 3])
    }
    let block = builder.finish()
    let points = restarts(block)
    #expect(points.count == expectedRestarts)
    // Restart i is entry 16·i, and nothing points past the last entry.
    for (i, point) in points.enumerated() {
      #expect(Int(point) == entryOffsets[16 * i])
    }
    // Every restart entry stores its full key (shared = 0).
    for point in points { #expect(block[Int(point)] == 0) }
    // And the reader gets the keys back.
    let decoded = try block.withUnsafeBytes { bytes in
      var reader = try BlockReader(bytes)
      var result: [[UInt8]] = []
      while let entry = try reader.next() {
        result.append(entry.key)
        #expect(Array(entry.value) == [1, 2, 3])
      }
      return result
    }
    #expect(decoded == keys(entries))
  }

  @Test func indexBlockRestartsEveryEntry() {
    var builder = BlockBuilder(restartInterval: 1)
    for key in keys(5) { builder.add(key: key, value: [0]) }
    #expect(restarts(builder.finish()).count == 5)
  }

  @Test func emptyBlockIsTheMetaindex() {  // docs/checkpoint-format.md §2.3
    var builder = BlockBuilder(restartInterval: 16)
    #expect(builder.finish() == [0, 0, 0, 0, 1, 0, 0, 0])
  }

  @Test func prefixCompression() {  // docs/checkpoint-format.md §3.3: shared 22, non_shared 7
    var builder = BlockBuilder(restartInterval: 16)
    builder.add(key: Array("resnet50_v1d/C1/conv0/BatchNorm/moving_mean_fp16".utf8), value: [])
    let start = builder.buffer.count
    builder.add(key: Array("resnet50_v1d/C1/conv0/weights".utf8), value: [9, 9])
    #expect(Array(builder.buffer[start..<start + 3]) == [22, 7, 2])
  }
}
