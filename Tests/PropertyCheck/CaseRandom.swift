import Conversion

/// The random choices of one case: a SplitMix64 seeded by (seed, case index),
/// so any case replays alone and the same on every machine.
struct CaseRandom {
  private var generator: SplitMix64

  init(seed: UInt64, index: Int) {
    // Mix the index in through one SplitMix64 step of its own, so
    // neighbouring cases do not start from neighbouring states.
    var mixer = SplitMix64(seed: UInt64(truncatingIfNeeded: index) &* 0xD6E8_FEB8_6659_FD93)
    generator = SplitMix64(seed: seed ^ mixer.next())
  }

  mutating func next() -> UInt64 { generator.next() }

  /// Uniform in `0..<count`.
  mutating func below(_ count: Int) -> Int {
    precondition(count > 0)
    return Int(next() % UInt64(count))
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < probability
  }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  mutating func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
  }

  mutating func hex() -> String { String(next() & 0xFFFF_FFFF, radix: 16) }
}
