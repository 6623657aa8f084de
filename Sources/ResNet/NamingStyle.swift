/// How the tensors in a `.params` file are named.
public enum NamingStyle: String, Sendable {
  /// `save_parameters` names that follow the Python attribute path: `layer1.0.conv1.weight`.
  case structural
  /// `export()` names from creation counters with `arg:`/`aux:`:
  /// `arg:resnetv1d_layers1_conv0_weight`.
  case export
  /// Old `collect_params().save` names from creation counters, prefix present or stripped:
  /// `conv0_weight`, `layers1_batchnorm0_gamma`.
  case legacy

  /// Classifies names by the rule MXNet's own loader uses: any `arg:`/`aux:` prefix means
  /// export, otherwise any `.` means structural, otherwise legacy.
  static func detect(_ tensors: [SourceTensor]) -> NamingStyle {
    if tensors.contains(where: { $0.name.hasPrefix("arg:") || $0.name.hasPrefix("aux:") }) {
      return .export
    }
    if tensors.contains(where: { $0.name.contains(".") }) {
      return .structural
    }
    return .legacy
  }
}
