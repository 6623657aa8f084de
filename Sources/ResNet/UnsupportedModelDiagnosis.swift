/// Recognises the GluonCV models gluon2tf does not convert and says which one was found.
enum UnsupportedModelDiagnosis {
  /// Checks `save_parameters` names for gluon ResNetV1/V2, ResNeXt, SE-ResNeXt, ResNeSt and
  /// squeeze-excitation blocks.
  static func checkStructural(_ tensors: [SourceTensor]) throws(ResNetError) {
    var shapes: [String: [Int]] = [:]
    for tensor in tensors { shapes[tensor.name] = tensor.shape }
    let names = tensors.map(\.name)

    if names.contains(where: { $0.hasPrefix("features.") || $0.hasPrefix("output.") }) {
      throw reject(
        "found gluon-style `features.*`/`output.*` names: this is a GluonCV "
          + gluonKind(names: names, shapes: shapes))
    }
    if let name = names.first(where: { $0.contains(".conv2.conv.") || $0.contains(".conv2.fc1.") })
    {
      throw reject("found split-attention names (`\(name)`): this is a GluonCV ResNeSt (resnest50)")
    }
    if let name = names.first(where: { $0.split(separator: ".").contains("se") }) {
      throw reject("found squeeze-excitation names (`\(name)`): this is an SE-ResNet")
    }
  }

  /// Checks export/legacy counter names for the gluon model-zoo scopes (`stageS_`) and ResNeSt.
  static func checkCounterNames(_ names: [String]) throws(ResNetError) {
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
      "\(finding), which gluon2tf does not convert; \(ResNetDepth.supportedModels)")
  }
}
