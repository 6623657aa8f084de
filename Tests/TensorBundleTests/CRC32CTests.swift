import Testing

@testable import TensorBundle

@Suite struct CRC32CTests {
  @Test func checkValue() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.checksum([]) == 0)
    #expect(CRC32C().value == 0)
  }

  @Test func maskExamples() {
    #expect(CRC32C.mask(0) == 0xA282_EAD8)
    #expect(CRC32C.mask(0x5CA0_AB85) == 0xF98D_A419)  // docs/checkpoint-format.md §3.3
    #expect(CRC32C.unmask(0xF98D_A419) == 0x5CA0_AB85)
    #expect(CRC32C.unmask(0xA282_EAD8) == 0)
    var generator = SplitMix64(state: 7)
    for _ in 0..<1000 {
      let crc = UInt32.random(in: 0...UInt32.max, using: &generator)
      #expect(CRC32C.unmask(CRC32C.mask(crc)) == crc)
    }
  }

  /// The int64 42 of the example shard (docs/checkpoint-format.md §4.1) has the CRC
  /// stored in its entry (§2.6).
  @Test func exampleShardPayload() {
    let payload: [UInt8] = [0x2A, 0, 0, 0, 0, 0, 0, 0]
    #expect(CRC32C.mask(CRC32C.checksum(payload)) == 0xF591_8DAE)
  }

  @Test func matchesBitwiseDefinition() {
    for count in [1, 7, 8, 9, 63, 64, 255, 256, 257, 1000, 4096, 70_000] {
      let bytes = randomBytes(count, seed: UInt64(count))
      #expect(CRC32C.checksum(bytes) == referenceCRC32C(bytes), "count \(count)")
    }
  }

  @Test func incrementalEqualsOneShot() {
    var generator = SplitMix64(state: 42)
    let bytes = randomBytes(100_000, seed: 1)
    let whole = CRC32C.checksum(bytes)
    for _ in 0..<50 {
      var crc = CRC32C()
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + Int.random(in: 0...9000, using: &generator))
        bytes[start..<end].withUnsafeBytes { crc.update($0) }
        start = end
      }
      #expect(crc.value == whole)
    }
  }

  /// Unaligned starts and lengths around the kernels' block boundaries.
  @Test func unalignedSlices() {
    let bytes = randomBytes(5000, seed: 3)
    for offset in 0..<9 {
      for count in [0, 1, 15, 16, 17, 255, 256, 257, 1024, 4000] {
        let slice = Array(bytes[offset..<offset + count])
        #expect(CRC32C.checksum(slice) == referenceCRC32C(slice))
      }
    }
  }
}
