/// Checks a TensorFlow scope given by the user.
///
/// The scope starts every variable name (`<scope>/C1/conv0/weights`), so it
/// must pass TensorFlow's rule for names, `[A-Za-z0-9.][A-Za-z0-9_.\-/>]*`,
/// and it names the checkpoint's files (`<scope>.ckpt.index`, with `/` as `_`),
/// so it must also not start with `.` (a hidden file) and must leave room for
/// the longest file name in 255 bytes.
enum ScopeValidator {
  /// The longest scope: `<scope>.ckpt.data-00000-of-00001` fits NAME_MAX (255).
  static let maximumLength = 255 - ".ckpt.data-00000-of-00001".utf8.count

  /// Throws `.invalidScope` naming the problem.
  static func validate(_ scope: String) throws(ResNetError) {
    guard let problem = problem(with: scope) else { return }
    throw ResNetError(
      .invalidScope,
      "invalid TensorFlow scope \(shown(scope)): \(problem); use e.g. `resnet50_v1d` or"
        + " `backbone/resnet50_v1d`")
  }

  private static func problem(with scope: String) -> String? {
    if scope.isEmpty { return "it is empty" }
    if scope.utf8.count > maximumLength {
      return "it is longer than \(maximumLength) bytes"
    }
    if scope.hasPrefix("/") { return "it starts with `/`" }
    if scope.hasPrefix(".") { return "it starts with `.` (the checkpoint files would be hidden)" }
    if scope.hasSuffix("/") { return "it ends with `/`" }
    if scope.contains("//") { return "it has an empty path component (`//`)" }
    if let bad = scope.unicodeScalars.first(where: { !isAllowed($0) }) {
      return "it contains \(describe(bad)); TensorFlow names allow only A-Z, a-z, 0-9"
        + " and _ . - / >"
    }
    return nil
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "A"..."Z", "a"..."z", "0"..."9", "_", ".", "-", "/", ">": return true
    default: return false
    }
  }

  /// A character as a person can read it in a message, however hostile.
  private static func describe(_ scalar: Unicode.Scalar) -> String {
    scalar.value < 0x20 || scalar.value == 0x7F || !scalar.isASCII
      ? "U+" + String(scalar.value, radix: 16, uppercase: true) : "`\(scalar)`"
  }

  /// The scope, escaped and shortened for a message.
  private static func shown(_ scope: String) -> String {
    let escaped = scope.unicodeScalars.prefix(80).map { scalar in
      scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7F && scalar != "\""
        ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
    }.joined()
    return "\"" + escaped + (scope.unicodeScalars.count > 80 ? "…" : "") + "\""
  }
}
