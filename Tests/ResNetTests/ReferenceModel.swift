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
  /// GluonCV's `use_se` (se_resnet…_v1, se_resnext…): ResNetV1 and ResNeXt only.
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
    case .v1, .v1b, .resnext: nil
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
              tensors.append(
                ReferenceTensor(
                  structural: "\(module).se.\(2 * j).weight",
                  counter: "stage\(s)_dense\(denseCounter)_weight", shape: [out, inp],
                  tfPath: "\(se)/fc\(j)/weights", isAuxiliary: false))
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
    tensors.append(
      ReferenceTensor(
        structural: "output.weight", counter: "dense0_weight", shape: [classes, inplanes],
        tfPath: "logits/weights", isAuxiliary: false))
    tensors.append(
      ReferenceTensor(
        structural: "output.bias", counter: "dense0_bias", shape: [classes],
        tfPath: "logits/biases", isAuxiliary: false))
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

  private mutating func bn(_ path: String, _ counter: String, _ channels: Int, _ tf: String) {
    let leaves = [
      ("gamma", "gamma", false), ("beta", "beta", false),
      ("running_mean", "moving_mean", true), ("running_var", "moving_variance", true),
    ]
    for (mx, tfLeaf, aux) in leaves {
      tensors.append(
        ReferenceTensor(
          structural: "\(path).\(mx)", counter: "\(counter)_\(mx)", shape: [channels],
          tfPath: "\(tf)/BatchNorm/\(tfLeaf)", isAuxiliary: aux))
    }
  }

  // MARK: Source lists in each naming style

  var structural: [SourceTensor] {
    tensors.map { SourceTensor(name: $0.structural, shape: $0.shape) }
  }

  /// `export()` names with GluonCV 0.10.5's fixed prefix, e.g. `arg:resnetv1d_conv0_weight`.
  func export(prefix: String? = nil) -> [SourceTensor] {
    // ResNetV1 takes Gluon's automatic prefix (class name + instance counter).
    let prefix =
      prefix
      ?? (family == .v1
        ? "resnetv10_" : family.isResNeXt ? "resnext0_" : "resnet\(family.rawValue)_")
    return tensors.map {
      SourceTensor(name: ($0.isAuxiliary ? "aux:" : "arg:") + prefix + $0.counter, shape: $0.shape)
    }
  }

  /// `collect_params().save` names, prefix stripped (default) or kept.
  func legacy(prefix: String = "") -> [SourceTensor] {
    tensors.map { SourceTensor(name: prefix + $0.counter, shape: $0.shape) }
  }
}
