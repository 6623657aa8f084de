import ResNet

/// One tensor of a reference model, named in every style.
struct ReferenceTensor: Sendable {
  /// `save_parameters` name.
  var structural: String
  /// Counter name without prefix and without `arg:`/`aux:`, e.g. `layers1_conv0_weight`.
  var counter: String
  var shape: [Int]
  /// gluon2TF name after the scope.
  var tfPath: String
  var isAuxiliary: Bool
}

/// Builds the tensors of a GluonCV ResNetV1b-family model straight from GluonCV's
/// `ResNetV1b.__init__`/`_make_layer` and gluon2TF's naming table, written independently of the
/// production `LayoutBuilder`/`CounterNameNormalizer`: it walks the network once and assigns both
/// structural paths and Gluon creation counters, as Gluon itself does.
struct ReferenceModel: Sendable {
  let family: ResNetFamily
  let depth: Int
  let classes: Int
  /// GluonCV's `use_se` (se_resnet…_v1, se_resnet…_v2, se_resnext…): ResNetV1, ResNetV2 and
  /// ResNeXt only.
  let squeezeExcitation: Bool
  private(set) var tensors: [ReferenceTensor] = []

  static let depths = [18, 34, 50, 101, 152]

  var modelName: String {
    let base =
      switch family {
      case .resnext: "resnext\(depth)_32x4d"
      case .resnextE: "resnext\(depth)e_32x4d"
      default: "resnet\(depth)_\(family.rawValue)"
      }
    return (squeezeExcitation ? "se_" : "") + base
  }
  var isBottleneck: Bool { depth >= 50 }
  /// TF unit scope: gluon2TF's `bottleneck`; `basicblock` as the downstream resnet18/34 graphs.
  var unitWord: String { isBottleneck ? "bottleneck" : "basicblock" }
  var blocks: [Int] {
    switch depth {
    case 18: [2, 2, 2, 2]
    case 34, 50: [3, 4, 6, 3]
    case 101: [3, 4, 23, 3]
    default: [3, 8, 36, 3]
    }
  }
  /// `stem_width` of GluonCV (deep stem only).
  var stemWidth: Int? {
    switch family {
    case .v1, .v1b, .resnext, .v2: nil
    // ResNeSt is checked against real GluonCV names instead (ResNeStGolden).
    case .v1c, .v1d, .resnest: 32
    case .v1e, .v1s, .resnextE: 64
    }
  }
  var avgDown: Bool { family == .v1d || family == .v1e }

  init(_ family: ResNetFamily, _ depth: Int, classes: Int = 1000, se: Bool = false) {
    self.family = family
    self.depth = depth
    self.classes = classes
    self.squeezeExcitation = se
    build()
  }

  private mutating func build() {
    if family == .v2 {
      buildPreActivation()
      return
    }
    if family == .v1 || family == .resnext || family == .resnextE {
      buildGluonSequential()
      return
    }
    // Stem.
    var inplanes: Int
    if let w = stemWidth {
      let widths = [w, w, 2 * w]
      var input = 3
      for i in 0..<3 {
        conv("conv1.\(i * 3)", "conv\(i)", [widths[i], input, 3, 3], "C1/conv\(i)")
        bn(i == 2 ? "bn1" : "conv1.\(i * 3 + 1)", "batchnorm\(i)", widths[i], "C1/conv\(i)")
        input = widths[i]
      }
      inplanes = 2 * w
    } else {
      conv("conv1", "conv0", [64, 3, 7, 7], "C1/conv0")
      bn("bn1", "batchnorm0", 64, "C1/conv0")
      inplanes = 64
    }
    // Stages.
    let expansion = isBottleneck ? 4 : 1
    let planesList = [64, 128, 256, 512]
    for s in 1...4 {
      let planes = planesList[s - 1]
      let strides = s == 1 ? 1 : 2
      var convCounter = 0
      var bnCounter = 0
      for b in 0..<blocks[s - 1] {
        let input = b == 0 ? inplanes : planes * expansion
        let specs: [(out: Int, in: Int, k: Int)] =
          isBottleneck
          ? [(planes, input, 1), (planes, planes, 3), (planes * 4, planes, 1)]
          : [(planes, input, 3), (planes, planes, 3)]
        for (j, spec) in specs.enumerated() {
          let unit = "C\(s + 1)/\(unitWord)_\(b)/conv\(j)"
          conv(
            "layer\(s).\(b).conv\(j + 1)", "layers\(s)_conv\(convCounter)",
            [spec.out, spec.in, spec.k, spec.k], unit)
          bn("layer\(s).\(b).bn\(j + 1)", "layers\(s)_batchnorm\(bnCounter)", spec.out, unit)
          convCounter += 1
          bnCounter += 1
        }
        if b == 0 && (strides != 1 || inplanes != planes * expansion) {
          let base = avgDown ? 1 : 0
          let unit = "C\(s + 1)/\(unitWord)_0/shortcut"
          conv(
            "layer\(s).0.downsample.\(base)", "down\(s)_conv0",
            [planes * expansion, inplanes, 1, 1], unit)
          bn("layer\(s).0.downsample.\(base + 1)", "down\(s)_batchnorm0", planes * expansion, unit)
        }
      }
      inplanes = planes * expansion
    }
    // Head.
    tensors.append(
      ReferenceTensor(
        structural: "fc.weight", counter: "dense0_weight", shape: [classes, inplanes],
        tfPath: "logits/weights", isAuxiliary: false))
    tensors.append(
      ReferenceTensor(
        structural: "fc.bias", counter: "dense0_bias", shape: [classes], tfPath: "logits/biases",
        isAuxiliary: false))
  }

  /// GluonCV's `ResNetV1.__init__`/`_make_layer` with `BasicBlockV1`/`BottleneckV1`, and
  /// `ResNext` with its `Block` (32 groups of 4 per 64 channels): a `features` Sequential
  /// (stem conv/BN/ReLU triples, max pool, four `stageS_` stages, pool), `body` Sequentials
  /// inside units, an `output` Dense. ResNetV1's 1×1 bottleneck convolutions have biases and
  /// its bottleneck stride sits on the first 1×1; ResNeXt's on the grouped 3×3, and
  /// resnext_e's stages after the first pool before their shortcut.
  ///
  /// With `use_se`, each unit registers `se` after `body`: ResNetV1 two bias-free Dense layers
  /// `se.0` (C → C/16) and `se.2` (back to C), counted `stageS_denseK`; ResNeXt two biased 1×1
  /// convolutions, created after the body's three and before block 0's shortcut, so they take
  /// `stageS_convK` counters too.
  private mutating func buildGluonSequential() {
    let resnext = family != .v1
    let stemWidths = stemWidth.map { [$0, $0, 2 * $0] } ?? [64]
    var input = 3
    for (i, width) in stemWidths.enumerated() {
      let kernel = stemWidths.count == 1 ? 7 : 3
      conv("features.\(3 * i)", "conv\(i)", [width, input, kernel, kernel], "C1/conv\(i)")
      bn("features.\(3 * i + 1)", "batchnorm\(i)", width, "C1/conv\(i)")
      input = width
    }
    var inplanes = input
    let expansion = isBottleneck ? 4 : 1
    for s in 1...4 {
      let planes = 64 << (s - 1)
      let channels = planes * expansion
      let inner = resnext ? 32 * (planes * 4 / 64) : planes
      var convCounter = 0
      var bnCounter = 0
      var denseCounter = 0
      for b in 0..<blocks[s - 1] {
        let input = b == 0 ? inplanes : channels
        let specs: [(out: Int, in: Int, k: Int, bias: Bool)] =
          isBottleneck
          ? [
            (inner, input, 1, !resnext), (inner, resnext ? inner / 32 : inner, 3, false),
            (channels, inner, 1, !resnext),
          ]
          : [(planes, input, 3, false), (planes, planes, 3, false)]
        let module = "features.\(3 * stemWidths.count + s).\(b)"
        for (j, spec) in specs.enumerated() {
          let unit = "C\(s + 1)/\(unitWord)_\(b)/conv\(j)"
          conv(
            "\(module).body.\(3 * j)", "stage\(s)_conv\(convCounter)",
            [spec.out, spec.in, spec.k, spec.k], unit, bias: spec.bias)
          bn("\(module).body.\(3 * j + 1)", "stage\(s)_batchnorm\(bnCounter)", spec.out, unit)
          convCounter += 1
          bnCounter += 1
        }
        if squeezeExcitation {
          let se = "C\(s + 1)/\(unitWord)_\(b)/se"
          for (j, (out, inp)) in [(channels / 16, channels), (channels, channels / 16)].enumerated()
          {
            if resnext {
              conv(
                "\(module).se.\(2 * j)", "stage\(s)_conv\(convCounter)", [out, inp, 1, 1],
                "\(se)/fc\(j)", bias: true)
              convCounter += 1
            } else {
              dense(
                "\(module).se.\(2 * j)", "stage\(s)_dense\(denseCounter)", [out, inp],
                "\(se)/fc\(j)")
              denseCounter += 1
            }
          }
        }
        if b == 0 && channels != inplanes {
          let unit = "C\(s + 1)/\(unitWord)_0/shortcut"
          let base = family == .resnextE && s > 1 ? 1 : 0
          conv(
            "\(module).downsample.\(base)", "stage\(s)_conv\(convCounter)",
            [channels, inplanes, 1, 1], unit)
          bn(
            "\(module).downsample.\(base + 1)", "stage\(s)_batchnorm\(bnCounter)", channels,
            unit)
          convCounter += 1
          bnCounter += 1
        }
      }
      inplanes = channels
    }
    gluonHead(features: inplanes)
  }

  /// GluonCV's `ResNetV2.__init__`/`_make_layer` with `BasicBlockV2`/`BottleneckV2` (and
  /// `use_se`): `features.0` a BatchNorm of the image (`scale=False`, `center=False`, its four
  /// parameters stored all the same), the 7×7 stem conv and BN `features.1`/`.2`, ReLU and max
  /// pool, stages `features.5…8`, the final BN `features.9` (ReLU, pool, flatten follow), and
  /// `output`. A unit creates `bn1`, `conv1`, `bn2`, `conv2` (bottleneck: `bn3`, `conv3`;
  /// widths `channels // 4` inside, stride on the 3×3), then with `use_se` two bias-free Dense
  /// layers, then, when `channels != in_channels`, a bias-free 1×1 `downsample` conv without
  /// BatchNorm. Names: slim resnet_v2's `preact` (each `bn1`) and `postnorm`; every other BN
  /// is named after the convolution that precedes it.
  private mutating func buildPreActivation() {
    bn("features.0", "batchnorm0", 3, "C1/data_bn", own: true)
    conv("features.1", "conv0", [64, 3, 7, 7], "C1/conv0")
    bn("features.2", "batchnorm1", 64, "C1/conv0")
    var inChannels = 64
    let expansion = isBottleneck ? 4 : 1
    for s in 1...4 {
      let channels = (64 << (s - 1)) * expansion
      var convCounter = 0
      var bnCounter = 0
      var denseCounter = 0
      for b in 0..<blocks[s - 1] {
        let module = "features.\(4 + s).\(b)"
        let unit = "C\(s + 1)/\(unitWord)_\(b)"
        let input = b == 0 ? inChannels : channels
        bn("\(module).bn1", "stage\(s)_batchnorm\(bnCounter)", input, "\(unit)/preact", own: true)
        bnCounter += 1
        let inner = channels / 4
        let specs: [(out: Int, in: Int, k: Int)] =
          isBottleneck
          ? [(inner, input, 1), (inner, inner, 3), (channels, inner, 1)]
          : [(channels, input, 3), (channels, channels, 3)]
        for (j, spec) in specs.enumerated() {
          conv(
            "\(module).conv\(j + 1)", "stage\(s)_conv\(convCounter)",
            [spec.out, spec.in, spec.k, spec.k], "\(unit)/conv\(j)")
          convCounter += 1
          guard j < specs.count - 1 else { break }
          bn(
            "\(module).bn\(j + 2)", "stage\(s)_batchnorm\(bnCounter)", spec.out, "\(unit)/conv\(j)")
          bnCounter += 1
        }
        if squeezeExcitation {
          for (j, (out, inp)) in [(channels / 16, channels), (channels, channels / 16)].enumerated()
          {
            dense(
              "\(module).se.\(2 * j)", "stage\(s)_dense\(denseCounter)", [out, inp],
              "\(unit)/se/fc\(j)")
            denseCounter += 1
          }
        }
        if b == 0 && channels != inChannels {
          conv(
            "\(module).downsample", "stage\(s)_conv\(convCounter)", [channels, inChannels, 1, 1],
            "\(unit)/shortcut")
          convCounter += 1
        }
      }
      inChannels = channels
    }
    bn("features.9", "batchnorm2", inChannels, "postnorm", own: true)
    gluonHead(features: inChannels)
  }

  /// GluonCV's `output` Dense (with bias) of the `features` Sequential models.
  private mutating func gluonHead(features: Int) {
    dense("output", "dense0", [classes, features], "logits")
    tensors.append(
      ReferenceTensor(
        structural: "output.bias", counter: "dense0_bias", shape: [classes],
        tfPath: "logits/biases", isAuxiliary: false))
  }

  /// The weight of a Dense layer (SE's are bias-free).
  private mutating func dense(_ path: String, _ counter: String, _ shape: [Int], _ tf: String) {
    tensors.append(
      ReferenceTensor(
        structural: path + ".weight", counter: counter + "_weight", shape: shape,
        tfPath: tf + "/weights", isAuxiliary: false))
  }

  private mutating func conv(
    _ path: String, _ counter: String, _ shape: [Int], _ tf: String, bias: Bool = false
  ) {
    tensors.append(
      ReferenceTensor(
        structural: path + ".weight", counter: counter + "_weight", shape: shape,
        tfPath: tf + "/weights", isAuxiliary: false))
    if bias {
      tensors.append(
        ReferenceTensor(
          structural: path + ".bias", counter: counter + "_bias", shape: [shape[0]],
          tfPath: tf + "/biases", isAuxiliary: false))
    }
  }

  /// A BatchNorm's four tensors: `<tf>/BatchNorm/<leaf>` after a convolution, or with `own`
  /// (a BatchNorm with a scope of its own: v2's `data_bn`, `preact`, `postnorm`) `<tf>/<leaf>`.
  private mutating func bn(
    _ path: String, _ counter: String, _ channels: Int, _ tf: String, own: Bool = false
  ) {
    let leaves = [
      ("gamma", "gamma", false), ("beta", "beta", false),
      ("running_mean", "moving_mean", true), ("running_var", "moving_variance", true),
    ]
    for (mx, tfLeaf, aux) in leaves {
      tensors.append(
        ReferenceTensor(
          structural: "\(path).\(mx)", counter: "\(counter)_\(mx)", shape: [channels],
          tfPath: own ? "\(tf)/\(tfLeaf)" : "\(tf)/BatchNorm/\(tfLeaf)", isAuxiliary: aux))
    }
  }

  // MARK: Source lists in each naming style

  var structural: [SourceTensor] {
    tensors.map { SourceTensor(name: $0.structural, shape: $0.shape) }
  }

  /// `export()` names with GluonCV 0.10.5's fixed prefix, e.g. `arg:resnetv1d_conv0_weight`.
  func export(prefix: String? = nil) -> [SourceTensor] {
    // ResNetV1 and V2 take Gluon's automatic prefix (class name + instance counter).
    let prefix =
      prefix
      ?? (family == .v1
        ? "resnetv10_"
        : family == .v2
          ? "resnetv20_" : family.isResNeXt ? "resnext0_" : "resnet\(family.rawValue)_")
    return tensors.map {
      SourceTensor(name: ($0.isAuxiliary ? "aux:" : "arg:") + prefix + $0.counter, shape: $0.shape)
    }
  }

  /// `collect_params().save` names, prefix stripped (default) or kept.
  func legacy(prefix: String = "") -> [SourceTensor] {
    tensors.map { SourceTensor(name: prefix + $0.counter, shape: $0.shape) }
  }
}
