/// How close one logits vector is to another, by gluon2TF's metric and more.
///
/// `relativeL2` is gluon2TF's `erro_rate`: ‖candidate − reference‖₂ / ‖reference‖₂.
/// Sums run in Double so the metric itself adds no float32 rounding.
public struct LogitsComparison: Sendable, Equatable {
  public var relativeL2: Double
  public var maxAbsolute: Double
  public var cosine: Double
  /// Same arg-max.
  public var top1Agree: Bool
  /// Same set of five highest classes.
  public var top5Agree: Bool

  public init(candidate: [Float], reference: [Float]) {
    var difference = 0.0
    var norm = 0.0
    var candidateNorm = 0.0
    var dot = 0.0
    var maxAbsolute = 0.0
    for (a, b) in zip(candidate, reference) {
      let d = Double(a) - Double(b)
      difference += d * d
      norm += Double(b) * Double(b)
      candidateNorm += Double(a) * Double(a)
      dot += Double(a) * Double(b)
      maxAbsolute = max(maxAbsolute, abs(d))
    }
    if candidate.count != reference.count || candidate.contains(where: { !$0.isFinite }) {
      difference = .infinity
      maxAbsolute = .infinity
    }
    self.relativeL2 =
      norm > 0 ? difference.squareRoot() / norm.squareRoot() : (difference == 0 ? 0 : .infinity)
    self.maxAbsolute = maxAbsolute
    self.cosine =
      candidateNorm > 0 && norm > 0 ? dot / (candidateNorm.squareRoot() * norm.squareRoot()) : 0
    self.top1Agree = LogitsComparison.top(1, candidate) == LogitsComparison.top(1, reference)
    self.top5Agree =
      Set(LogitsComparison.top(5, candidate)) == Set(LogitsComparison.top(5, reference))
  }

  /// Indices of the `k` largest values, largest first (ties: lower index first).
  ///
  /// One pass keeping the best `k`, not a sort of every index: a 300,000-class
  /// head would otherwise allocate megabytes per call.
  static func top(_ k: Int, _ values: [Float]) -> [Int] {
    var best: [Int] = []
    best.reserveCapacity(k + 1)
    func before(_ a: Int, _ b: Int) -> Bool {
      values[a] > values[b] || (values[a] == values[b] && a < b)
    }
    for index in values.indices {
      guard best.count < k || before(index, best[best.count - 1]) else { continue }
      var position = best.count
      while position > 0 && before(index, best[position - 1]) { position -= 1 }
      best.insert(index, at: position)
      if best.count > k { best.removeLast() }
    }
    return best
  }

  /// Relative L2 of two equally long vectors, in Double.
  static func relativeL2(_ candidate: [Float], _ reference: [Float]) -> Double {
    guard candidate.count == reference.count else { return .infinity }
    var difference = 0.0
    var norm = 0.0
    for (a, b) in zip(candidate, reference) {
      let d = Double(a) - Double(b)
      difference += d * d
      norm += Double(b) * Double(b)
    }
    guard difference.isFinite else { return .infinity }
    return norm > 0 ? (difference / norm).squareRoot() : (difference == 0 ? 0 : .infinity)
  }
}
