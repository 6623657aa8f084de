/// Recognises the GluonCV models gluon2tf does not convert and says which one was found.
enum UnsupportedModelDiagnosis {
  /// Checks `save_parameters` names for task heads, other ImageNet models and
  /// squeeze-excitation blocks outside GluonCV's ResNetV1/ResNetV2/ResNeXt.
  static func checkStructural(_ tensors: [SourceTensor]) throws(ResNetError) {
    let names = tensors.map(\.name)

    if let finding = taskHeads(names) { throw reject(finding) }
    if let finding = otherImageNetModel(names) { throw reject(finding) }
    let gluonStyle = names.contains { $0.hasPrefix("features.") || $0.hasPrefix("output.") }
    // GluonCV's SE-ResNet(V1, V2)/SE-ResNeXt units (`features.*…se.0`) are converted; an `se`
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

  /// GluonCV ImageNet classifiers that are no ResNet, by a name only they have: MobileNetV2's
  /// inverted residuals (`features.N.out.K`, `…_linearbottleneckK_…`).
  static func otherImageNetModel(_ names: [String]) -> String? {
    guard
      let name = names.first(where: {
        ($0.hasPrefix("features.") && $0.contains(".out.")) || $0.contains("linearbottleneck")
      })
    else { return nil }
    return "found inverted-residual names (`\(name)`): this is a GluonCV MobileNetV2 "
      + "(e.g. mobilenetv2_1.0), an ImageNet classifier but not a ResNet"
  }

  /// Checks export/legacy counter names for detection or segmentation heads, other ImageNet
  /// models, the gluon model-zoo scopes (`stageS_`) and ResNeSt.
  static func checkCounterNames(_ names: [String]) throws(ResNetError) {
    if let finding = taskHeads(names) { throw reject(finding) }
    if let finding = otherImageNetModel(names) { throw reject(finding) }
    for name in names {
      for token in name.split(separator: "_") {
        if token.hasPrefix("splitattention") {
          throw reject("found split-attention names (`\(name)`): this is a GluonCV ResNeSt")
        }
      }
    }
  }

  private static func reject(_ finding: String) -> ResNetError {
    ResNetError(
      .unsupportedModel,
      "\(finding), which gluon2tf does not convert;"
        + " \(ResNetDepth.supportedModels)")
  }
}
