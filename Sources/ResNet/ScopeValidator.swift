/// Checks a TensorFlow scope given by the user.
enum ScopeValidator {
  /// A scope is one or more `/`-separated non-empty components without NUL.
  static func validate(_ scope: String) throws(ResNetError) {
    guard let problem = problem(with: scope) else { return }
    throw ResNetError(
      .invalidScope,
      "invalid TensorFlow scope \"\(scope.replacing("\0", with: "␀"))\": "
        + "\(problem); use e.g. `resnet50_v1d` or `backbone/resnet50_v1d`")
  }

  private static func problem(with scope: String) -> String? {
    if scope.isEmpty { return "it is empty" }
    if scope.utf8.contains(0) { return "it contains a NUL character" }
    if scope.hasPrefix("/") { return "it starts with `/`" }
    if scope.hasSuffix("/") { return "it ends with `/`" }
    if scope.contains("//") { return "it has an empty path component (`//`)" }
    return nil
  }
}
