/// Recognises the GluonCV models gluon2tf does not convert and says which one was found.
enum UnsupportedModelDiagnosis {
  /// Checks `save_parameters` names for gluon ResNetV1/V2, ResNeXt, SE-ResNeXt, ResNeSt and
  /// squeeze-excitation blocks.
  static func checkStructural(_ tensors: [SourceTensor]) throws(ResNetError) {
    var shapes: [String: [Int]] = [:]
    for tensor in tensors { shapes[tensor.name] = tensor.shape }
    let names = tensors.map(\.name)

    if let finding = taskHeads(names) { throw reject(finding) }
    if names.contains(where: { $0.hasPrefix("features.") || $0.hasPrefix("output.") }) {
      throw reject(
        "found gluon-style `features.*`/`output.*` names: this is a GluonCV "
          + gluonKind(names: names, shapes: shapes))
    }
    if let finding = groupNorm(names) { throw reject(finding) }
    if let name = names.first(where: { $0.contains(".conv2.conv.") || $0.contains(".conv2.fc1.") })
    {
      throw reject("found split-attention names (`\(name)`): this is a GluonCV ResNeSt (resnest50)")
    }
    if let name = names.first(where: { $0.split(separator: ".").contains("se") }) {
      throw reject("found squeeze-excitation names (`\(name)`): this is an SE-ResNet")
    }
  }

  /// GluonCV's GroupNorm ResNets (`resnet50_v1b_gn`) keep BatchNorm's attribute
  /// names (`bn1.gamma`, `layer1.0.downsample.1.beta`) but have no running
  /// statistics; export names call the layers `groupnorm`.
  static func groupNorm(_ names: [String]) -> String? {
    let hasRunningStatistics = names.contains {
      $0.hasSuffix("running_mean") || $0.hasSuffix("running_var") || $0.hasSuffix("moving_mean")
        || $0.hasSuffix("moving_var")
    }
    let normScale =
      names.first { $0.contains("groupnorm") }
      ?? (hasRunningStatistics ? nil : names.first { $0.hasSuffix("gamma") })
    guard let normScale else { return nil }
    return "found normalisation layers without running statistics (`\(normScale)`): this looks like"
      + " a GroupNorm ResNet (resnet50_v1b_gn family)"
  }

  /// Detection and segmentation networks built on a ResNet carry their task's
  /// heads; one name is enough to say what the file is (not an ImageNet classifier).
  static func taskHeads(_ names: [String]) -> String? {
    let kinds: [(prefixes: [String], kind: String)] = [
      (["mask.", "mask_"], "an instance-segmentation model (GluonCV Mask R-CNN)"),
      (
        ["rpn.", "rpn_", "box_predictor", "class_predictor.", "top_features."],
        "an object-detection model (GluonCV Faster R-CNN family)"
      ),
      (
        ["class_predictors.", "box_predictors.", "ssd"],
        "an object-detection model (GluonCV SSD family)"
      ),
      (["yolo_outputs.", "yolov3"], "an object-detection model (GluonCV YOLOv3 family)"),
      (["heads.", "centernet"], "an object-detection model (GluonCV CenterNet family)"),
      (
        ["head.", "auxlayer.", "fcnhead", "pyramidpooling", "deeplab"],
        "a semantic-segmentation model (GluonCV FCN/PSPNet/DeepLab family)"
      ),
    ]
    for name in names {
      let bare =
        name.hasPrefix("arg:") || name.hasPrefix("aux:") ? String(name.dropFirst(4)) : name
      for (prefixes, kind) in kinds where prefixes.contains(where: { bare.hasPrefix($0) }) {
        return "found `\(name)`: this looks like \(kind), not an ImageNet classification ResNet"
      }
    }
    return nil
  }

  /// Checks export/legacy counter names for detection or segmentation heads,
  /// GroupNorm, the gluon model-zoo scopes (`stageS_`) and ResNeSt.
  static func checkCounterNames(_ names: [String]) throws(ResNetError) {
    if let finding = taskHeads(names) { throw reject(finding) }
    for name in names {
      for token in name.split(separator: "_") {
        if token.hasPrefix("stage"), DecimalIndex.parse(token.dropFirst(5)) != nil {
          throw reject(
            "found gluon-style counter names with `stageS_` scopes (`\(name)`): this is a GluonCV "
              + "ResNetV1/V2 or ResNeXt (gluon model-zoo naming)")
        }
        if token.hasPrefix("splitattention") {
          throw reject("found split-attention names (`\(name)`): this is a GluonCV ResNeSt")
        }
      }
    }
    if let finding = groupNorm(names) { throw reject(finding) }
  }

  private static func gluonKind(names: [String], shapes: [String: [Int]]) -> String {
    if shapes["features.0.gamma"] == [3] {
      return "ResNetV2 (e.g. resnet50_v2; `features.0.gamma` is (3,))"
    }
    if names.contains(where: { $0.hasSuffix(".se.0.weight") }) {
      return "SE-ResNeXt (e.g. se_resnext50_32x4d)"
    }
    for name in names where name.hasSuffix(".body.3.weight") {
      let first = String(name.dropLast("3.weight".count)) + "0.weight"
      if let grouped = shapes[name], let entry = shapes[first], grouped.count == 4,
        entry.count == 4, grouped[1] != entry[0]
      {
        return "ResNeXt (e.g. resnext50_32x4d; grouped 3×3 convolution `\(name)` "
          + "\(ShapeText.describe(grouped)))"
      }
    }
    if names.contains(where: { $0.hasSuffix(".body.6.weight") }) {
      return "ResNetV1 with bottleneck blocks (e.g. resnet50_v1)"
    }
    return "ResNetV1 with basic blocks (e.g. resnet18_v1)"
  }

  private static func reject(_ finding: String) -> ResNetError {
    ResNetError(
      .unsupportedModel,
      "\(finding), which gluon2tf does not \(finding.contains("GroupNorm") ? "support yet" : "convert");"
        + " \(ResNetDepth.supportedModels)")
  }
}
