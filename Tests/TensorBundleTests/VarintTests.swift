import Testing

@testable import TensorBundle

@Suite struct VarintTests {
  @Test func knownEncodings() {
    #expect(Varint.encode(0) == [0x00])
    #expect(Varint.encode(1) == [0x01])
    #expect(Varint.encode(127) == [0x7F])
    #expect(Varint.encode(128) == [0x80, 0x01])
    #expect(Varint.encode(328) == [0xC8, 0x02])  // docs/checkpoint-format.md §3.3 offset
    #expect(Varint.encode(18816) == [0x80, 0x93, 0x01])  // docs/checkpoint-format.md §3.3 size
    #expect(
      Varint.encode(UInt64.max) == [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
  }

  @Test func roundTrips() {
    var values: [UInt64] = [
      0, 1, 127, 128, 16383, 16384, UInt64(UInt32.max), UInt64(UInt32.max) + 1, UInt64.max,
    ]
    for shift in 0..<64 {
      values.append(1 << UInt64(shift))
      values.append((1 << UInt64(shift)) - 1)
    }
    var generator = SplitMix64(state: 9)
    for _ in 0..<1000 {
      values.append(
        UInt64.random(in: 0...UInt64.max, using: &generator)
          >> UInt64.random(in: 0..<64, using: &generator))
    }
    for value in values {
      let encoded = Varint.encode(value)
      encoded.withUnsafeBytes { bytes in
        var position = 0
        #expect(Varint.decode(bytes, at: &position) == value)
        #expect(position == encoded.count)
      }
    }
  }

  @Test func rejectsMalformed() {
    func decode(_ bytes: [UInt8]) -> UInt64? {
      bytes.withUnsafeBytes { buffer in
        var position = 0
        return Varint.decode(buffer, at: &position)
      }
    }
    #expect(decode([]) == nil)
    #expect(decode([0x80]) == nil)  // truncated
    #expect(decode([0x80, 0x80]) == nil)
    #expect(decode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02]) == nil)  // > 2^64
    #expect(decode(Array(repeating: 0x80, count: 10) + [0x01]) == nil)  // 11 bytes
    let tooBig: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x10]  // 2^32
    tooBig.withUnsafeBytes { buffer in
      var position = 0
      #expect(Varint.decode32(buffer, at: &position) == nil)
      #expect(position == 0)
    }
  }
}
