/// Builds the expected tensor list of an architecture following GluonCV's `ResNetV1b`
/// construction (`_make_layer`) and gluon2TF's naming.
struct LayoutBuilder {
  private(set) var tensors: [LayoutTensor] = []

  static func tensors(for architecture: ModelArchitecture) -> [LayoutTensor] {
    var builder = LayoutBuilder()
    let inplanes = builder.addStem(widths: architecture.stemWidths)
    let features = builder.addStages(architecture, inplanes: inplanes)
    builder.add("fc.weight", [architecture.classes, features], "logits/weights", .denseTranspose)
    builder.add("fc.bias", [architecture.classes], "logits/biases", .copy)
    return builder.tensors
  }

  /// 7×7 stem when one width is given (`conv1`, `bn1` → `C1/conv0`), else the deep stem
  /// (`conv1.0/.1`, `conv1.3/.4`, `conv1.6`/`bn1` → `C1/conv0..2`). Returns its output width.
  private mutating func addStem(widths: [Int]) -> Int {
    if widths.count == 1 {
      addConv("conv1", [widths[0], 3, 7, 7], tf: "C1/conv0")
      addBatchNorm("bn1", channels: widths[0], tf: "C1/conv0")
      return widths[0]
    }
    var input = 3
    for (i, width) in widths.enumerated() {
      addConv("conv1.\(3 * i)", [width, input, 3, 3], tf: "C1/conv\(i)")
      let norm = i == widths.count - 1 ? "bn1" : "conv1.\(3 * i + 1)"
      addBatchNorm(norm, channels: width, tf: "C1/conv\(i)")
      input = width
    }
    return input
  }

  /// Stages `layerS` → `C{S+1}`, blocks → `bottleneck_{B}` or, for basic blocks,
  /// `basicblock_{B}` (`BlockKind.unitScopeWord`). Block 0 gets a
  /// shortcut when its stride is not 1 or its input width differs from its output width.
  /// Returns the width of the last stage.
  private mutating func addStages(_ architecture: ModelArchitecture, inplanes: Int) -> Int {
    let expansion = architecture.blockKind.expansion
    var inplanes = inplanes
    for (offset, blocks) in architecture.blocksPerStage.enumerated() {
      let stage = offset + 1
      let planes = 64 << offset
      let outWidth = planes * expansion
      for block in 0..<blocks {
        let name = "layer\(stage).\(block)"
        let tf = "C\(stage + 1)/\(architecture.blockKind.unitScopeWord)_\(block)"
        let input = block == 0 ? inplanes : outWidth
        switch architecture.blockKind {
        case .bottleneck:
          addConvBN(name, 1, [planes, input, 1, 1], tf: "\(tf)/conv0")
          addConvBN(name, 2, [planes, planes, 3, 3], tf: "\(tf)/conv1")
          addConvBN(name, 3, [outWidth, planes, 1, 1], tf: "\(tf)/conv2")
        case .basic:
          addConvBN(name, 1, [planes, input, 3, 3], tf: "\(tf)/conv0")
          addConvBN(name, 2, [planes, planes, 3, 3], tf: "\(tf)/conv1")
        }
        if block == 0 && (stage != 1 || inplanes != outWidth) {
          let (conv, norm) = architecture.averageDownShortcut ? (1, 2) : (0, 1)
          addConv("\(name).downsample.\(conv)", [outWidth, inplanes, 1, 1], tf: "\(tf)/shortcut")
          addBatchNorm("\(name).downsample.\(norm)", channels: outWidth, tf: "\(tf)/shortcut")
        }
      }
      inplanes = outWidth
    }
    return inplanes
  }

  private mutating func addConvBN(_ block: String, _ k: Int, _ shape: [Int], tf: String) {
    addConv("\(block).conv\(k)", shape, tf: tf)
    addBatchNorm("\(block).bn\(k)", channels: shape[0], tf: tf)
  }

  private mutating func addConv(_ module: String, _ shape: [Int], tf: String) {
    add("\(module).weight", shape, "\(tf)/weights", .convOIHWtoHWIO)
  }

  private mutating func addBatchNorm(_ module: String, channels: Int, tf: String) {
    for leaf in ParameterLeaf.batchNorm {
      add("\(module).\(leaf.rawValue)", [channels], "\(tf)/BatchNorm/\(leaf.tfName)", .copy)
    }
  }

  private mutating func add(
    _ name: String, _ shape: [Int], _ tfPath: String, _ transform: LayoutTransform
  ) {
    tensors.append(
      LayoutTensor(structuralName: name, shape: shape, tfPath: tfPath, transform: transform))
  }
}
