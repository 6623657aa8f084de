/// The last component of a parameter name, shared by all naming styles.
enum ParameterLeaf: String, CaseIterable, Sendable {
  case weight, bias, gamma, beta
  case runningMean = "running_mean"
  case runningVar = "running_var"

  /// BatchNorm parameters in the order GluonCV stores them.
  static let batchNorm: [ParameterLeaf] = [.gamma, .beta, .runningMean, .runningVar]
  /// GroupNorm parameters in the order GluonCV stores them.
  static let groupNorm: [ParameterLeaf] = [.gamma, .beta]

  /// The slim variable name.
  var tfName: String {
    switch self {
    case .weight: "weights"
    case .bias: "biases"
    case .gamma: "gamma"
    case .beta: "beta"
    case .runningMean: "moving_mean"
    case .runningVar: "moving_variance"
    }
  }

  /// Whether `export()` stores it as an auxiliary state (`aux:`) rather than an argument (`arg:`).
  var isAuxiliaryState: Bool { self == .runningMean || self == .runningVar }
}
