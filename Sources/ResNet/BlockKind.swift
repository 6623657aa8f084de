/// The residual unit a ResNet is built from.
public enum BlockKind: String, Sendable {
  /// Two 3×3 convolutions (resnet18, resnet34).
  case basic
  /// 1×1, 3×3, 1×1 convolutions with a 4× wider output (resnet50 and deeper).
  case bottleneck

  /// Output channels of a block relative to its `planes` (64, 128, 256, 512 per stage).
  public var expansion: Int { self == .basic ? 1 : 4 }

  /// The TensorFlow scope word of one unit, `C{S}/<word>_{i}`: gluon2TF's `bottleneck`, and
  /// `basicblock` for basic blocks because that is what the TF1 code that builds resnet18/34
  /// graphs on gluon2TF's scheme (yangxue0827/RotationDetection) creates and restores.
  var unitScopeWord: String { self == .basic ? "basicblock" : "bottleneck" }

  /// Convolutions (each with its BatchNorm) in the main path of one block.
  public var convolutionsPerBlock: Int { self == .basic ? 2 : 3 }
}
