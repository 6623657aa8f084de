/// SplitMix64: a small deterministic generator so every run sees the same weights.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A generator seeded from a string (FNV-1a) and a base seed, so each tensor's values depend
  /// only on its name, not on the order tensors are requested in.
  init(name: String, seed: UInt64) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in name.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    state = hash ^ seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A float uniform in `[low, high)`.
  mutating func uniform(_ low: Float, _ high: Float) -> Float {
    low + (high - low) * Float(next() >> 40) / Float(1 << 24)
  }

  /// `count` floats uniform in `[low, high)`.
  ///
  /// A plain loop over a buffer with the state in a local: test code builds at -Onone, where
  /// `map` with a closure and a mutating call per element costs ~10× more (minutes per run).
  mutating func uniform(count: Int, _ low: Float, _ high: Float) -> [Float] {
    var z = state
    let scale = (high - low) / Float(1 << 24)
    let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      var i = 0
      while i < count {
        z &+= 0x9e37_79b9_7f4a_7c15
        var x = z
        x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
        x ^= x >> 31
        buffer[i] = low + scale * Float(x >> 40)
        i += 1
      }
      initialized = count
    }
    state = z
    return values
  }
}
