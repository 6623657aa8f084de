import Conversion

/// The numerical agreement between the MXNet weights and the converted
/// checkpoint, from the converter's verification (both forward passes run on
/// the same input). Logged as `GLUON2TF_LOGITS_REL_L2`, `GLUON2TF_MAX_ABS`,
/// `GLUON2TF_TOP1_AGREE` and `GLUON2TF_STAGE_<name>_REL_L2`.
struct VerificationMetrics: Sendable, Equatable {
  /// ‖tf − mx‖₂ / ‖mx‖₂ over the logits.
  var logitsRelativeL2: Double
  /// Largest absolute logit difference.
  var maxAbsolute: Double
  /// Whether the top-1 class agrees.
  var top1Agrees: Bool
  /// Relative L2 error after each stage, in order (`C1` … `C5`).
  var stages: [(name: String, relativeL2: Double)]
  /// The converter's pass/fail threshold on the logits relative L2.
  var threshold: Double

  init(
    logitsRelativeL2: Double, maxAbsolute: Double, top1Agrees: Bool,
    stages: [(name: String, relativeL2: Double)] = [], threshold: Double
  ) {
    self.logitsRelativeL2 = logitsRelativeL2
    self.maxAbsolute = maxAbsolute
    self.top1Agrees = top1Agrees
    self.stages = stages
    self.threshold = threshold
  }

  /// The metrics a conversion carries, or `nil` when verification was skipped.
  static func of(_ summary: ConversionSummary) -> VerificationMetrics? {
    guard let report = summary.verification else { return nil }
    return VerificationMetrics(
      logitsRelativeL2: report.logits.relativeL2, maxAbsolute: report.logits.maxAbsolute,
      top1Agrees: report.logits.top1Agree,
      stages: report.stages.map { ($0.name, $0.relativeL2) }, threshold: report.threshold)
  }

  /// Whether the error is over `threshold` (a non-finite error counts as over).
  func exceeds(relativeL2 threshold: Double) -> Bool {
    !(logitsRelativeL2 <= threshold) || !top1Agrees
  }

  static func == (lhs: VerificationMetrics, rhs: VerificationMetrics) -> Bool {
    lhs.logitsRelativeL2 == rhs.logitsRelativeL2 && lhs.maxAbsolute == rhs.maxAbsolute
      && lhs.top1Agrees == rhs.top1Agrees && lhs.threshold == rhs.threshold
      && lhs.stages.map(\.name) == rhs.stages.map(\.name)
      && lhs.stages.map(\.relativeL2) == rhs.stages.map(\.relativeL2)
  }
}
