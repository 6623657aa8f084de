public import Conversion

/// The numerical agreement between the MXNet weights and the converted
/// checkpoint, as the converter's verification reports it. Logged as
/// `GLUON2TF_LOGITS_REL_L2`, `GLUON2TF_MAX_ABS`, `GLUON2TF_TOP1_AGREE` and
/// `GLUON2TF_STAGE<n>_REL_L2`, and written to `report.json`.
public struct VerificationMetrics: Sendable, Equatable {
  /// ‖tf − mx‖₂ / ‖mx‖₂ over the logits.
  public var logitsRelativeL2: Double
  /// Largest absolute logit difference.
  public var maxAbsolute: Double
  /// Fraction of inputs whose top-1 class agrees (0…1).
  public var top1Agreement: Double
  /// Relative L2 error after each stage, in order (stage 1 first).
  public var stageRelativeL2: [Double]

  public init(
    logitsRelativeL2: Double, maxAbsolute: Double, top1Agreement: Double,
    stageRelativeL2: [Double] = []
  ) {
    self.logitsRelativeL2 = logitsRelativeL2
    self.maxAbsolute = maxAbsolute
    self.top1Agreement = top1Agreement
    self.stageRelativeL2 = stageRelativeL2
  }

  /// The metrics a conversion carries, or `nil` when it carries none.
  public static func of(_ summary: ConversionSummary) -> VerificationMetrics? {
    // ┌─────────────────────────────────────────────────────────────────────┐
    // │ VERIFICATION HOOK (lead): ConversionSummary has no verification     │
    // │ report yet. When it gains one, map it here, e.g.                    │
    // │   guard let v = summary.verification else { return nil }            │
    // │   return VerificationMetrics(logitsRelativeL2: v.logitsRelativeL2,  │
    // │     maxAbsolute: v.maxAbsolute, top1Agreement: v.top1Agreement,     │
    // │     stageRelativeL2: v.stages.map(\.relativeL2))                    │
    // │ Everything downstream (journal fields, PRIORITY=warning over        │
    // │ `warn-rel-l2`, report.json) already handles a non-nil value.        │
    // └─────────────────────────────────────────────────────────────────────┘
    nil
  }

  /// Whether the error is over `threshold` (a failed or non-finite check counts as over).
  public func exceeds(relativeL2 threshold: Double) -> Bool {
    !(logitsRelativeL2 <= threshold)
  }
}
