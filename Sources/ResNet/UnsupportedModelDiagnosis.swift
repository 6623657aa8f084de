/// Recognises the GluonCV models gluon2tf does not convert and says which one was found.
enum UnsupportedModelDiagnosis {
  /// Checks `save_parameters` names for task heads, gluon ResNetV2 (with or without SE),
  /// and squeeze-excitation blocks outside GluonCV's ResNetV1/ResNeXt.
  static func checkStructural(_ tensors: [SourceTensor]) throws(ResNetError) {
    var shapes: [String: [Int]] = [:]
    for tensor in tensors { shapes[tensor.name] = tensor.shape }
    let names = tensors.map(\.name)

    if let finding = taskHeads(names) { throw reject(finding) }
    let gluonStyle = names.contains { $0.hasPrefix("features.") || $0.hasPrefix("output.") }
    if gluonStyle, let kind = unsupportedGluonKind(names: names, shapes: shapes) {
      throw reject("found gluon-style `features.*`/`output.*` names: this is a GluonCV " + kind)
    }
    // GluonCV's SE-ResNet(V1)/SE-ResNeXt units (`features.*…se.0`) are converted; an `se`
    // module anywhere else is some other SE network.
    if !gluonStyle, let name = names.first(where: { $0.split(separator: ".").contains("se") }) {
      throw reject("found squeeze-excitation names (`\(name)`): this is an SE-ResNet")
    }
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
  /// the gluon model-zoo scopes (`stageS_`) and ResNeSt.
  static func checkCounterNames(_ names: [String]) throws(ResNetError) {
    if let finding = taskHeads(names) { throw reject(finding) }
    for name in names {
      for token in name.split(separator: "_") {
        if token.hasPrefix("splitattention") {
          throw reject("found split-attention names (`\(name)`): this is a GluonCV ResNeSt")
        }
      }
    }
  }

  /// The kind of a gluon-style (`features.*`) model that gluon2tf does not convert yet, or
  /// `nil` for ResNetV1, ResNeXt and their squeeze-and-excitation variants, which it does.
  private static func unsupportedGluonKind(names: [String], shapes: [String: [Int]]) -> String? {
    guard shapes["features.0.gamma"] == [3] else { return nil }
    let squeezeExcitation = names.contains { $0.hasSuffix(".se.0.weight") }
    return (squeezeExcitation ? "SE-ResNetV2 (e.g. se_resnet50_v2" : "ResNetV2 (e.g. resnet50_v2")
      + "; `features.0.gamma` is (3,))"
  }

  private static func reject(_ finding: String) -> ResNetError {
    ResNetError(
      .unsupportedModel,
      "\(finding), which gluon2tf does not convert;"
        + " \(ResNetDepth.supportedModels)")
  }
}
