/// A GluonCV ResNet family.
///
/// | family | stem | shortcut of block 0 |
/// |---|---|---|
/// | v1 | 7×7/2 conv, 64 (`features.0`) | 1×1/stride conv + BN; bottleneck stride on the first 1×1 |
/// | v1b | 7×7/2 conv, 64 | 1×1/stride conv + BN |
/// | v1c | deep stem 32/32/64 | 1×1/stride conv + BN |
/// | v1d | deep stem 32/32/64 | avg-pool, 1×1/1 conv + BN |
/// | v1e | deep stem 64/64/128 | avg-pool, 1×1/1 conv + BN |
/// | v1s | deep stem 64/64/128 | 1×1/stride conv + BN |
/// | resnext | 7×7/2 conv, 64 (`features.0`) | 1×1/stride conv + BN; grouped 3×3 |
/// | resnext_e | deep stem 64/64/128 (`features.0/3/6`) | stage 1 as resnext, then avg-pool + conv |
/// | resnest | deep stem 32/32/64 or 64/64/128 | avg-pool + conv; split-attention 3×3 |
/// | v2 | data BN, 7×7/2 conv, 64 (`features.1`) | 1×1/stride conv of the pre-activated input, no BN |
public enum ResNetFamily: String, Sendable, CaseIterable {
  /// GluonCV's ResNetV1 (resnet18/34/50/101/152_v1): the v1b topology with the bottleneck
  /// stride on the first 1×1 convolution, biased 1×1 bottleneck convolutions and
  /// `features.*`/`output.*` names.
  case v1
  /// 7×7 stem, strided-conv shortcut (resnet18/34/50/101/152_v1b).
  case v1b
  /// Deep stem 32/32/64, strided-conv shortcut.
  case v1c
  /// Deep stem 32/32/64, avg-pool + conv shortcut.
  case v1d
  /// Deep stem 64/64/128, avg-pool + conv shortcut.
  case v1e
  /// Deep stem 64/64/128, strided-conv shortcut.
  case v1s
  /// GluonCV's ResNeXt (resnext50_32x4d, resnext101_32x4d, resnext101_64x4d): the v1b topology
  /// with a grouped 3×3 and `features.*`/`output.*` names.
  case resnext
  /// GluonCV's resnext101e_64x4d: ResNeXt with a 64/64/128 deep stem and avg-pool shortcuts
  /// after the first stage.
  case resnextE = "resnext_e"
  /// GluonCV's ResNeSt (resnest14 … resnest269): v1b-style names, a deep stem, avg-pool
  /// shortcuts in every stage, and a split-attention 3×3 (`conv2.conv`, `.fc1`, `.fc2`) whose
  /// stride moves to a 3×3 average pool after it (`avd`).
  case resnest
  /// GluonCV's ResNetV2 (resnet18/34/50/101/152_v2): pre-activation units (BN, ReLU before
  /// each convolution; the shortcut convolution reads the pre-activated input), a data
  /// BatchNorm before the 7×7 stem, a final BN and ReLU before pooling, bias-free convolutions
  /// with the bottleneck stride on the 3×3, and `features.*`/`output.*` names.
  case v2

  /// Whether the stem is three 3×3 convolutions (`conv1.0/3/6`) instead of one 7×7.
  public var usesDeepStem: Bool { stemWidths.count == 3 }

  /// Output channels of the stem convolutions, in order.
  public var stemWidths: [Int] {
    switch self {
    case .v1, .v1b, .resnext, .v2: [64]
    case .v1c, .v1d, .resnest: [32, 32, 64]
    case .v1e, .v1s, .resnextE: [64, 64, 128]
    }
  }

  /// Whether the block-0 shortcut is average pooling followed by a stride-1 convolution
  /// (structural `downsample.1`/`.2`) rather than a strided convolution (`downsample.0`/`.1`).
  public var usesAverageDownShortcut: Bool {
    self == .v1d || self == .v1e || self == .resnextE || self == .resnest
  }

  /// Whether the shortcut of stage `stage`'s block 0 (1-based) is avg-pool + conv:
  /// every stage for v1d/v1e, stages after the first for resnext_e.
  public func averageDownShortcut(stage: Int) -> Bool {
    self == .resnextE ? stage > 1 : usesAverageDownShortcut
  }

  /// Whether GluonCV builds this family with `features.*`/`output.*` Sequentials (its model-zoo
  /// ResNetV1 and ResNeXt) rather than the ResNetV1b's named attributes.
  public var usesGluonSequentialNames: Bool {
    self == .v1 || self == .resnext || self == .resnextE || self == .v2
  }

  /// Whether the 3×3 convolutions of the bottlenecks are grouped (ResNeXt).
  public var isResNeXt: Bool { self == .resnext || self == .resnextE }

  /// Whether each bottleneck's 3×3 is a split-attention convolution (ResNeSt).
  public var usesSplitAttention: Bool { self == .resnest }
}

extension ResNetFamily {
  /// Whether a bottleneck's stride sits on its first 1×1 convolution (ResNetV1) rather than
  /// on its 3×3 (ResNetV1b and its variants).
  public var stridesFirstBottleneckConvolution: Bool { self == .v1 }

  /// Whether a bottleneck's two 1×1 convolutions carry a bias (ResNetV1's `nn.Conv2D`
  /// default); every other convolution of every family has none.
  public var hasBottleneckBiases: Bool { self == .v1 }

  /// Whether units are pre-activation ones (ResNetV2): see ``ResidualUnit/preactivation``.
  public var isPreActivation: Bool { self == .v2 }
}
