/// SHA-256 (FIPS 180-4), incremental, for the `GLUON2TF_SHA256` of each source.
///
/// Written here rather than taken from swift-crypto, which would add BoringSSL
/// to the build for one hash; it is tested against the FIPS 180-4 / NIST
/// vectors and against `sha256sum` on real model files.
struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19
  )
  /// A partial block waiting for more input.
  private var pending: [UInt8] = []
  private var byteCount: UInt64 = 0

  init() { pending.reserveCapacity(64) }

  /// Hashes more input.
  @_optimize(speed)
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    byteCount &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
      offset = take
      guard pending.count == 64 else { return }
      let block = pending
      pending.removeAll(keepingCapacity: true)
      block.withUnsafeBytes { raw in
        if let start = raw.baseAddress { compress(start, count: 1) }
      }
    }
    let blocks = (bytes.count - offset) / 64
    if blocks > 0 {
      compress(base + offset, count: blocks)
      offset += blocks * 64
    }
    if offset < bytes.count {
      pending.append(
        contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
    }
  }

  /// Hashes more input.
  mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    let array = Array(bytes)
    array.withUnsafeBytes { update($0) }
  }

  /// The 32-byte digest. The hasher can be finalized once.
  mutating func finalize() -> [UInt8] {
    let bitCount = byteCount &* 8
    var tail: [UInt8] = [0x80]
    let used = (pending.count + 1) % 64
    tail.append(contentsOf: repeatElement(0, count: used <= 56 ? 56 - used : 120 - used))
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
    }
    let savedCount = byteCount
    update(tail)
    byteCount = savedCount
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
      digest.append(contentsOf: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> $0) })
    }
    return digest
  }

  /// Lowercase hex of `digest`, as `sha256sum` prints it.
  static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The hex digest of `bytes`.
  static func hash(_ bytes: UnsafeRawBufferPointer) -> String {
    var hasher = SHA256()
    hasher.update(bytes)
    return hex(hasher.finalize())
  }

  /// Compresses `count` 64-byte blocks at `blocks` (FIPS 180-4 §6.2.2).
  /// Optimized even in debug builds, where hashing a model would otherwise take seconds.
  @_optimize(speed)
  private mutating func compress(_ blocks: UnsafeRawPointer, count: Int) {
    let k = SHA256.constants
    let w = UnsafeMutablePointer<UInt32>.allocate(capacity: 16)
    defer { w.deallocate() }
    var (h0, h1, h2, h3, h4, h5, h6, h7) = state
    for block in 0..<count {
      let base = blocks + block &* 64
      for index in 0..<16 {
        w[index] = UInt32(
          bigEndian: base.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
      }
      var a = h0
      var b = h1
      var c = h2
      var d = h3
      var e = h4
      var f = h5
      var g = h6
      var h = h7
      for round in 0..<64 {
        let word: UInt32
        if round < 16 {
          word = w[round]
        } else {
          let w15 = w[(round &- 15) & 15]
          let w2 = w[(round &- 2) & 15]
          let s0 = (w15 &>> 7 | w15 &<< 25) ^ (w15 &>> 18 | w15 &<< 14) ^ (w15 &>> 3)
          let s1 = (w2 &>> 17 | w2 &<< 15) ^ (w2 &>> 19 | w2 &<< 13) ^ (w2 &>> 10)
          word = w[round & 15] &+ s0 &+ w[(round &- 7) & 15] &+ s1
          w[round & 15] = word
        }
        let sum1 = (e &>> 6 | e &<< 26) ^ (e &>> 11 | e &<< 21) ^ (e &>> 25 | e &<< 7)
        let choice = (e & f) ^ (~e & g)
        let t1 = h &+ sum1 &+ choice &+ k[round] &+ word
        let sum0 = (a &>> 2 | a &<< 30) ^ (a &>> 13 | a &<< 19) ^ (a &>> 22 | a &<< 10)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        h = g
        g = f
        f = e
        e = d &+ t1
        d = c
        c = b
        b = a
        a = t1 &+ sum0 &+ majority
      }
      h0 = h0 &+ a
      h1 = h1 &+ b
      h2 = h2 &+ c
      h3 = h3 &+ d
      h4 = h4 &+ e
      h5 = h5 &+ f
      h6 = h6 &+ g
      h7 = h7 &+ h
    }
    state = (h0, h1, h2, h3, h4, h5, h6, h7)
  }

  /// The round constants K (first 32 bits of the cube roots of the first 64 primes).
  nonisolated(unsafe) private static let constants: UnsafePointer<UInt32> = {
    let pointer = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
    pointer.initialize(from: roundConstants, count: 64)
    return UnsafePointer(pointer)
  }()

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]
}
