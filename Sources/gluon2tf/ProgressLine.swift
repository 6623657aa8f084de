/// A one-line progress display on standard error, redrawn in place on a
/// terminal and silent otherwise (logs get the final summary instead).
final class ProgressLine {
  private let enabled: Bool
  private let label: String
  private var lastPercent = -1

  init(label: String, enabled: Bool = Terminal.stderrIsTerminal) {
    self.label = label
    self.enabled = enabled
  }

  func update(done: Int, total: Int, bytes: Int) {
    guard enabled, total > 0 else { return }
    let percent = done * 100 / total
    guard percent != lastPercent else { return }
    lastPercent = percent
    Terminal.error(
      "\r\(label) \(percent)% [\(done)/\(total) tensors, \(Terminal.size(bytes))]\u{1B}[K")
  }

  func finish() {
    guard enabled, lastPercent >= 0 else { return }
    Terminal.error("\r\u{1B}[K")
  }
}
