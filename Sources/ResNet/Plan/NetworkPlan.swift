/// A network as data: every layer, the tensors it reads, its TensorFlow scope and its geometry.
///
/// ``LayoutBuilder`` lists a model's tensors by walking its plan, and `ForwardPass` computes the
/// model by walking the same plan, so naming and computation cannot disagree about what a
/// model is. A family only decides how its plan is built (``PlanBuilder``).
public struct NetworkPlan: Sendable, Hashable {
  /// The stem convolutions (`C1`), each with its BatchNorm and ReLU; a 3×3/2 max pool follows.
  public var stem: [ConvolutionStep]
  /// The residual units of each stage, `C2`…`C5`.
  public var stages: [[ResidualUnit]]
  /// Global average pooling, then the dense classifier.
  public var classifier: ClassifierStep
  /// A BatchNorm of the input image before the stem (ResNetV2's data BN), or `nil`.
  public var inputNorm: NormalizationStep?
  /// A BatchNorm and ReLU after the last stage, before pooling (ResNetV2's `postnorm`), or
  /// `nil`. `C5` ends before it: it belongs to the head.
  public var finalNorm: NormalizationStep?

  /// Creates a plan from its parts.
  public init(
    stem: [ConvolutionStep], stages: [[ResidualUnit]], classifier: ClassifierStep,
    inputNorm: NormalizationStep? = nil, finalNorm: NormalizationStep? = nil
  ) {
    self.stem = stem
    self.stages = stages
    self.classifier = classifier
    self.inputNorm = inputNorm
    self.finalNorm = finalNorm
  }
}

/// A BatchNorm on an activation that no convolution precedes (ResNetV2's data BN, each unit's
/// `preact` and the final `postnorm`), with an optional ReLU. Its TensorFlow variables sit
/// directly in its scope (`<scope>/gamma`…), as slim's `batch_norm(…, scope='preact')`.
public struct NormalizationStep: Sendable, Hashable {
  /// The structural module (`<module>.gamma`, `.beta`, `.running_mean`, `.running_var`).
  public var module: String
  /// The TensorFlow scope below the model scope, e.g. `C2/bottleneck_0/preact`.
  public var scope: String
  /// Channels normalised.
  public var channels: Int
  /// Whether `gamma` scales the output. GluonCV's data BN is `BatchNorm(scale=False)`: MXNet
  /// computes it with gamma fixed at 1 (`fix_gamma`) while the file still stores a `gamma`.
  public var usesScale: Bool
  /// Whether a ReLU follows.
  public var relu: Bool

  /// Creates a step.
  public init(module: String, scope: String, channels: Int, usesScale: Bool = true, relu: Bool) {
    self.module = module
    self.scope = scope
    self.channels = channels
    self.usesScale = usesScale
    self.relu = relu
  }
}

/// A convolution (padding ⌊k/2⌋, as in every GluonCV ResNet) followed by inference
/// BatchNorm (or GroupNorm, ``Normalization``) and an optional ReLU.
public struct ConvolutionStep: Sendable, Hashable {
  /// The structural module of the convolution: its weight is `<module>.weight`.
  public var module: String
  /// Whether the convolution has a bias `<module>.bias` (GluonCV ResNetV1's 1×1 bottleneck
  /// convolutions), added before the BatchNorm.
  public var hasBias: Bool
  /// The structural module of its BatchNorm (`<norm>.gamma`, `.beta`, `.running_mean`,
  /// `.running_var`) or GroupNorm (`<norm>.gamma`, `.beta`).
  public var norm: String
  /// Which normalisation `norm` is.
  public var normalization: Normalization
  /// The TensorFlow scope below the model scope, e.g. `C2/bottleneck_0/conv0`.
  public var scope: String
  /// The OIHW weight shape (`I` per group).
  public var shape: [Int]
  /// Groups: 1, or the cardinality of a ResNeXt's 3×3.
  public var groups: Int
  /// The stride in both directions.
  public var stride: Int
  /// Whether a ReLU follows (after the residual addition, for a unit's last convolution).
  public var relu: Bool
  /// Whether the normalisation `norm` follows the convolution. ResNetV2's last body convolution and
  /// its shortcut convolution have none (`norm` is then unused).
  public var hasNorm: Bool = true

  /// The structural name of the weight tensor.
  public var weightName: String { module + ".weight" }
  /// The structural name of the bias tensor, if any.
  public var biasName: String? { hasBias ? module + ".bias" : nil }
  /// Output channels.
  public var outputChannels: Int { shape[0] }
  /// Input channels (of all groups together).
  public var inputChannels: Int { shape[1] * groups }

  /// Creates a step.
  public init(
    module: String, hasBias: Bool = false, norm: String, normalization: Normalization = .batchNorm,
    scope: String, shape: [Int], groups: Int = 1, stride: Int, relu: Bool, hasNorm: Bool = true
  ) {
    self.normalization = normalization
    self.groups = groups
    self.hasNorm = hasNorm
    self.module = module
    self.hasBias = hasBias
    self.norm = norm
    self.scope = scope
    self.shape = shape
    self.stride = stride
    self.relu = relu
  }
}

/// The normalisation after a convolution.
public enum Normalization: Sendable, Hashable {
  /// Inference BatchNorm on the running statistics (`gamma`, `beta`, `running_mean`,
  /// `running_var`; TensorFlow scope `BatchNorm`).
  case batchNorm
  /// GluonCV's `gluoncv.nn.GroupNorm` (resnet50_v1b_gn): per image, the channels split into
  /// `groups` consecutive groups, each normalised by its own mean and variance over its channels
  /// and pixels, then `gamma`, `beta` per channel; no running statistics (TensorFlow scope
  /// `GroupNorm`, as slim's `group_norm` names it).
  case groupNorm(groups: Int)

  /// The TensorFlow scope of its variables below the convolution's.
  public var scopeWord: String {
    switch self {
    case .batchNorm: "BatchNorm"
    case .groupNorm: "GroupNorm"
    }
  }
}

/// How a residual unit's input reaches its sum.
public enum ShortcutStep: Sendable, Hashable {
  /// The input itself.
  case identity
  /// A strided 1×1 convolution with BatchNorm (v1, v1b, v1c, v1s).
  case projection(ConvolutionStep)
  /// Average pooling (kernel and stride = the unit's stride, `ceil_mode`, padding not counted),
  /// then a 1×1/1 convolution with BatchNorm (v1d, v1e).
  case averageDown(ConvolutionStep)

  /// The shortcut's convolution, if it has one.
  public var convolution: ConvolutionStep? {
    switch self {
    case .identity: nil
    case .projection(let step), .averageDown(let step): step
    }
  }
}

/// One residual unit: `relu(body(x) + shortcut(x))`, or with squeeze-and-excitation
/// `relu(se(body(x)) + shortcut(x))`; pre-activation (ResNetV2): `body(p) + shortcut(x or p)`
/// with `p = relu(bn(x))`.
public struct ResidualUnit: Sendable, Hashable {
  /// The TensorFlow scope of the unit, e.g. `C2/bottleneck_0`.
  public var scope: String
  /// The body's convolutions in order; the residual is added after the last one's BatchNorm
  /// (and after the squeeze-and-excitation scaling, if any), before its ReLU.
  public var body: [ConvolutionStep]
  /// The squeeze-and-excitation gate on the body's output (SE-ResNet, SE-ResNeXt), or `nil`.
  public var squeezeExcitation: SqueezeExcitationStep?
  /// ResNeSt's split-attention convolution, or `nil`. It runs after the body's first
  /// convolution and before the rest (its `k×k` takes the place of the bottleneck's 3×3).
  public var splitAttention: SplitAttentionStep?
  /// The shortcut.
  public var shortcut: ShortcutStep
  /// The unit's stride (1 in `C2`'s units and after each stage's first).
  public var stride: Int
  /// ResNetV2's pre-activation (`preact`): a BatchNorm and ReLU on the unit's input that the
  /// body and a shortcut convolution read (an identity shortcut adds the raw input); the sum
  /// then has no ReLU. `nil` in the post-activation families.
  public var preactivation: NormalizationStep?

  /// Creates a unit.
  public init(
    scope: String, body: [ConvolutionStep], squeezeExcitation: SqueezeExcitationStep? = nil,
    splitAttention: SplitAttentionStep? = nil, shortcut: ShortcutStep, stride: Int,
    preactivation: NormalizationStep? = nil
  ) {
    self.scope = scope
    self.body = body
    self.squeezeExcitation = squeezeExcitation
    self.splitAttention = splitAttention
    self.shortcut = shortcut
    self.stride = stride
    self.preactivation = preactivation
  }
}

/// Squeeze-and-excitation (GluonCV's `use_se`): the body's output `x` (C channels) is scaled
/// per channel by `sigmoid(expand(relu(reduce(mean over pixels of x))))`.
public struct SqueezeExcitationStep: Sendable, Hashable {
  /// The first layer, C → C/16 (GluonCV's `channels // 16`, or SE-ResNeXt's `channels // 4`
  /// of a unit whose output is `channels * 4`), followed by a ReLU (GluonCV `se.0`,
  /// TensorFlow `se/fc0`).
  public var reduce: ExcitationLayer
  /// The second layer, back to C, followed by a sigmoid (GluonCV `se.2`, TensorFlow `se/fc1`).
  public var expand: ExcitationLayer

  /// Creates a step.
  public init(reduce: ExcitationLayer, expand: ExcitationLayer) {
    self.reduce = reduce
    self.expand = expand
  }
}

/// ResNeSt's split-attention convolution (GluonCV `SplitAttentionConv`, TensorFlow `splat/…`)
/// on C channels, with `radix` R splits in each of `cardinality` K groups:
///
/// 1. `convolution`: `R·C` outputs in `K·R` groups, BatchNorm, ReLU; split `r` is channels
///    `r·C ..< (r+1)·C`;
/// 2. the sum of the splits, averaged over pixels (C values);
/// 3. `reduce`: a 1×1 convolution in K groups, with bias, BatchNorm and ReLU;
/// 4. `expand`: a 1×1 convolution in K groups to R·C logits, with bias;
/// 5. per channel `c = g·C/K + j`, weights over the splits: softmax over r of logit
///    `g·R·C/K + r·C/K + j` (GluonCV's rSoftMax), or its sigmoid when R = 1;
/// 6. output channel c = Σ_r weight[r][c] · split r's channel c;
/// 7. with `poolStride`, GluonCV's `avd` layer: a 3×3 average pool, padding 1 counted, of
///    that stride (`avd_first=False`: after the attention), which carries the unit's stride.
public struct SplitAttentionStep: Sendable, Hashable {
  /// Splits per cardinal group (R).
  public var radix: Int
  /// Groups (K).
  public var cardinality: Int
  /// The grouped convolution (`conv2.conv`/`conv2.bn`, TensorFlow `splat/conv`).
  public var convolution: ConvolutionStep
  /// The first attention layer (`conv2.fc1`/`conv2.bn1`, TensorFlow `splat/fc0`).
  public var reduce: ConvolutionStep
  /// The second attention layer (`conv2.fc2`, TensorFlow `splat/fc1`).
  public var expand: AttentionLogits
  /// The stride of the 3×3 average pool after the attention, or `nil` when there is none.
  public var poolStride: Int?

  /// Output channels (C).
  public var channels: Int { convolution.outputChannels / max(radix, 1) }

  /// Creates a step.
  public init(
    radix: Int, cardinality: Int, convolution: ConvolutionStep, reduce: ConvolutionStep,
    expand: AttentionLogits, poolStride: Int?
  ) {
    self.radix = radix
    self.cardinality = cardinality
    self.convolution = convolution
    self.reduce = reduce
    self.expand = expand
    self.poolStride = poolStride
  }
}

/// A biased 1×1 convolution without BatchNorm or activation: split attention's last layer.
public struct AttentionLogits: Sendable, Hashable {
  /// The structural module (`layer1.0.conv2.fc2`).
  public var module: String
  /// The TensorFlow scope below the model scope (`C2/bottleneck_0/splat/fc1`).
  public var scope: String
  /// The OIHW weight shape (`I` per group).
  public var shape: [Int]
  /// Groups (the cardinality).
  public var groups: Int

  /// The structural name of the weight.
  public var weightName: String { module + ".weight" }
  /// The structural name of the bias.
  public var biasName: String { module + ".bias" }
  /// Output channels.
  public var outputChannels: Int { shape[0] }

  /// Creates a layer.
  public init(module: String, scope: String, shape: [Int], groups: Int) {
    self.module = module
    self.scope = scope
    self.shape = shape
    self.groups = groups
  }
}

/// One of the two small layers of a squeeze-and-excitation gate, acting on a vector.
public struct ExcitationLayer: Sendable, Hashable {
  /// How GluonCV stores the layer, which decides its source and TensorFlow shapes.
  public enum Kind: Sendable, Hashable {
    /// `nn.Dense` without bias (SE-ResNet): weight (out, in), written (in, out) like `logits`.
    case dense
    /// `nn.Conv2D` 1×1 with bias (SE-ResNeXt): weight (out, in, 1, 1), written HWIO
    /// (1, 1, in, out) like every convolution.
    case convolution
  }

  /// The structural module, e.g. `features.4.0.se.0`.
  public var module: String
  /// The TensorFlow scope below the model scope, e.g. `C2/bottleneck_0/se/fc0`.
  public var scope: String
  /// The source layer kind.
  public var kind: Kind
  /// Output values.
  public var outputs: Int
  /// Input values.
  public var inputs: Int
  /// Whether the layer has a bias `<module>.bias`.
  public var hasBias: Bool

  /// The structural name of the weight.
  public var weightName: String { module + ".weight" }
  /// The structural name of the bias, if any.
  public var biasName: String? { hasBias ? module + ".bias" : nil }
  /// The MXNet shape of the weight: (out, in) or (out, in, 1, 1). Either way the values are
  /// one row-major (out, in) matrix, and the TensorFlow layout one (in, out) matrix.
  public var weightShape: [Int] {
    kind == .dense ? [outputs, inputs] : [outputs, inputs, 1, 1]
  }

  /// Creates a layer.
  public init(
    module: String, scope: String, kind: Kind, outputs: Int, inputs: Int, hasBias: Bool
  ) {
    self.module = module
    self.scope = scope
    self.kind = kind
    self.outputs = outputs
    self.inputs = inputs
    self.hasBias = hasBias
  }
}

/// The dense classifier after global average pooling.
public struct ClassifierStep: Sendable, Hashable {
  /// The structural module: `<module>.weight` (classes, features) and `<module>.bias`.
  public var module: String
  /// The TensorFlow scope (`logits`).
  public var scope: String
  /// Output classes.
  public var classes: Int
  /// Input features (the last stage's width).
  public var features: Int

  /// The structural name of the weight.
  public var weightName: String { module + ".weight" }
  /// The structural name of the bias.
  public var biasName: String { module + ".bias" }

  /// Creates a classifier step.
  public init(module: String, scope: String, classes: Int, features: Int) {
    self.module = module
    self.scope = scope
    self.classes = classes
    self.features = features
  }
}
