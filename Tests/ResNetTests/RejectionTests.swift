import ResNet
import Testing

@Suite("Rejections name what was found")
struct RejectionTests {
  func rejection(
    _ sources: [SourceTensor], scope: String? = nil, familyHint: ResNetFamily? = nil
  ) -> ResNetError? {
    #expect(throws: ResNetError.self) {
      try ResNetAnalyzer.analyze(sources, scope: scope, familyHint: familyHint)
    }
  }

  static let supported = "supported: resnet{18,34,50,101,152}_v1{,b,c,d,e,s} (pruned too)"

  @Test func empty() {
    let error = rejection([])
    #expect(error?.code == .emptyInput)
    #expect(error?.description.contains("no tensors") == true)
  }

  /// GluonCV's SE-ResNetV1/SE-ResNeXt (`features.*…se.*`) are converted; an `se` module on a
  /// ResNetV1b-style network is some other SE network, and named as one.
  @Test func squeezeExcitationOutsideGluonV1() {
    var sources = ReferenceModel(.v1b, 50).structural
    sources.append(SourceTensor(name: "layer1.0.se.fc1.weight", shape: [16, 256, 1, 1]))
    let error = rejection(sources)
    #expect(error?.code == .unsupportedModel)
    #expect(error?.description.contains("squeeze-excitation names") == true)
    #expect(error?.description.contains(Self.supported) == true)
  }

  /// A ResNetV1 whose stages do not add up to a depth is named as such, not as another model.
  @Test func gluonV1OfNoDepth() {
    let error = rejection([
      SourceTensor(name: "features.0.weight", shape: [64, 3, 7, 7]),
      SourceTensor(name: "features.4.0.body.0.weight", shape: [64, 64, 1, 1]),
      SourceTensor(name: "features.4.0.body.3.weight", shape: [64, 64, 3, 3]),
      SourceTensor(name: "features.4.0.body.6.weight", shape: [256, 64, 1, 1]),
      SourceTensor(name: "output.weight", shape: [1000, 2048]),
    ])
    #expect(error?.code == .unsupportedDepth)
    #expect(error?.description.contains("ResNetV1") == true)
  }

  /// GluonCV's MobileNetV2 shares the `features.*`/`output.*` Sequentials; its inverted
  /// residuals (`features.N.out.K`) name it.
  @Test func mobileNetV2() {
    let error = rejection([
      SourceTensor(name: "features.0.weight", shape: [32, 3, 3, 3]),
      SourceTensor(name: "features.1.gamma", shape: [32]),
      SourceTensor(name: "features.3.out.0.weight", shape: [32, 1, 3, 3]),
      SourceTensor(name: "output.0.weight", shape: [1000, 1280, 1, 1]),
    ])
    #expect(error?.code == .unsupportedModel)
    #expect(error?.description.contains("MobileNetV2") == true)
  }

  /// ResNeSt is converted (``ResNeStTests``); one whose split attention lacks its logits
  /// layer is refused with that layer's name.
  @Test func resnestWithoutAttentionLogits() {
    let sources = resnest14Golden.filter { !$0.structural.hasPrefix("layer2.0.conv2.fc2.") }
      .map { SourceTensor(name: $0.structural, shape: $0.shape) }
    let error = rejection(sources)
    #expect(error?.code == .missingTensor)
    #expect(error?.tensorName == "layer2.0.conv2.fc2.weight")
  }

  /// MobileNetV2's export names (`…_features_linearbottleneckK_…`) name it too.
  @Test func mobileNetV2CounterNames() {
    let error = rejection([
      SourceTensor(name: "arg:mobilenetv20_features_conv0_weight", shape: [32, 3, 3, 3]),
      SourceTensor(
        name: "arg:mobilenetv20_features_linearbottleneck0_conv0_weight", shape: [32, 1, 3, 3]),
      SourceTensor(name: "arg:mobilenetv20_output_pred_weight", shape: [1000, 1280, 1, 1]),
    ])
    #expect(error?.code == .unsupportedModel)
    #expect(error?.description.contains("MobileNetV2") == true)
  }

  @Test func notAResNet() {
    let error = rejection([
      SourceTensor(name: "encoder.layer.0.weight", shape: [768, 768]),
      SourceTensor(name: "pooler.dense.bias", shape: [768]),
    ])
    #expect(error?.code == .unsupportedModel)
    #expect(error?.description.contains("no ResNetV1b-family names") == true)
  }

  /// Detection and segmentation files built on a ResNet say what they look like.
  @Test(arguments: [
    (
      "rpn.conv1.weight", [512, 1024, 3, 3], "object-detection model (GluonCV Faster R-CNN family)"
    ),
    ("mask.deconv.weight", [256, 256, 2, 2], "instance-segmentation model (GluonCV Mask R-CNN)"),
    ("class_predictors.0.predictor.weight", [84, 512, 3, 3], "GluonCV SSD family"),
    ("yolo_outputs.0.prediction.weight", [255, 1024, 1, 1], "GluonCV YOLOv3 family"),
    ("head.block.0.weight", [512, 2048, 3, 3], "semantic-segmentation model"),
  ])
  func taskModelsAreNamed(head: String, shape: [Int], kind: String) {
    var sources = ReferenceModel(.v1b, 50).structural
    sources.append(SourceTensor(name: head, shape: shape))
    let error = rejection(sources)
    #expect(error?.code == .unsupportedModel)
    #expect(
      error?.description.contains("found `\(head)`: this looks like") == true,
      "\(String(describing: error))")
    #expect(error?.description.contains(kind) == true, "\(String(describing: error))")
    #expect(error?.description.contains("not an ImageNet classification ResNet") == true)
  }

  @Test func missingTensor() {
    let sources = ReferenceModel(.v1d, 50).structural.filter {
      $0.name != "layer3.5.bn2.running_var"
    }
    let error = rejection(sources)
    #expect(error?.code == .missingTensor)
    #expect(error?.tensorName == "layer3.5.bn2.running_var")
    #expect(error?.description.contains("1 of 277 tensors of resnet50_v1d missing") == true)
  }

  @Test func missingExportTensor() {
    let sources = ReferenceModel(.v1b, 18).export().filter {
      $0.name != "aux:resnetv1b_down2_batchnorm0_running_var"
    }
    let error = rejection(sources)
    #expect(error?.code == .missingTensor)
    #expect(error?.tensorName == "layer2.0.downsample.1.running_var")
  }

  @Test func extraTensor() {
    var sources = ReferenceModel(.v1b, 50).structural
    sources.append(SourceTensor(name: "layer1.0.conv4.weight", shape: [256, 256, 1, 1]))
    let error = rejection(sources)
    #expect(error?.code == .unexpectedTensor)
    #expect(error?.tensorName == "layer1.0.conv4.weight")
    #expect(error?.description.contains("resnet50_v1b has no such tensor") == true)
  }

  @Test func extraTensorWithoutDot() {
    var sources = ReferenceModel(.v1b, 18).structural
    sources.insert(SourceTensor(name: "global_step", shape: []), at: 5)
    let error = rejection(sources)
    #expect(error?.code == .unexpectedTensor)
    #expect(error?.tensorName == "global_step")
  }

  @Test func extraLegacyTensor() {
    var sources = ReferenceModel(.v1b, 18).legacy()
    sources.append(SourceTensor(name: "down1_conv0_weight", shape: [64, 64, 1, 1]))
    let error = rejection(sources)
    #expect(error?.code == .unexpectedTensor)
    #expect(
      error?.description.contains("`down1_conv0_weight` (`layer1.0.downsample.0.weight`)") == true)
  }

  @Test func duplicateName() {
    var sources = ReferenceModel(.v1d, 50).structural
    sources.append(sources[20])
    let error = rejection(sources)
    #expect(error?.code == .duplicateTensor)
    #expect(error?.tensorName == "layer1.0.conv2.weight")
    #expect(error?.description.contains("positions 20 and 277") == true)
  }

  @Test func wrongShape() throws {
    var sources = ReferenceModel(.v1d, 50).structural
    let index = try #require(sources.firstIndex { $0.name == "layer2.0.conv2.weight" })
    sources[index].shape = [128, 128, 1, 1]
    let error = rejection(sources)
    #expect(error?.code == .shapeMismatch)
    #expect(error?.tensorName == "layer2.0.conv2.weight")
    #expect(error?.expectedShape == [128, 128, 3, 3])
    #expect(error?.foundShape == [128, 128, 1, 1])
    #expect(
      error?.description
        == "shape_mismatch: tensor `layer2.0.conv2.weight` has shape (128,128,1,1); "
        + "resnet50_v1d expects (128,128,3,3)")
  }

  @Test func wrongBatchNormWidth() throws {
    var sources = ReferenceModel(.v1b, 101).structural
    let index = try #require(sources.firstIndex { $0.name == "layer4.2.bn3.beta" })
    sources[index].shape = [512]
    let error = rejection(sources)
    #expect(error?.code == .shapeMismatch)
    #expect(error?.description.contains("(2048,)") == true)
  }

  /// Widths come from the shapes (pruned models narrow any layer), so a 48-wide first stem
  /// convolution is taken as such; what does not chain with it (its BatchNorm, the next
  /// convolution's input) is the mismatch.
  @Test func stemWidthThatDoesNotChain() {
    var sources = ReferenceModel(.v1d, 50).structural
    sources[0].shape = [48, 3, 3, 3]
    let error = rejection(sources)
    #expect(error?.code == .shapeMismatch)
    #expect(error?.tensorName == "conv1.1.gamma")
    #expect(error?.description.contains("(48,)") == true)
  }

  @Test func unsupportedDepth() {
    let sources = ReferenceModel(.v1b, 50).structural.filter { !$0.name.hasPrefix("layer3.5.") }
    let error = rejection(sources)
    #expect(error?.code == .unsupportedDepth)
    #expect(error?.description.contains("[3, 4, 5, 3]") == true)
  }

  @Test func familyHintContradictingStructuralNames() {
    let error = rejection(ReferenceModel(.v1d, 50).structural, familyHint: .v1c)
    #expect(error?.code == .familyConflict)
    #expect(error?.description.contains("resnet50_v1d") == true)
  }

  @Test func mixedShortcutPositions() throws {
    var sources = ReferenceModel(.v1d, 50).structural
    let index = try #require(sources.firstIndex { $0.name == "layer2.0.downsample.1.weight" })
    sources[index].name = "layer2.0.downsample.0.weight"
    let error = rejection(sources)
    #expect(error?.code == .familyConflict)
  }

  @Test(arguments: [
    "", "/resnet", "resnet/", "a//b", "a\u{0}b", "/", "a\nb", "a\"b", "a b", "a\u{1B}[31mb",
    ".hidden", "...", "r\u{E9}snet", "a\u{2028}b", String(repeating: "x", count: 231),
  ])
  func badScope(scope: String) {
    let error = rejection(ReferenceModel(.v1b, 18).structural, scope: scope)
    #expect(error?.code == .invalidScope)
    #expect(error?.description.contains("invalid TensorFlow scope") == true)
  }

  @Test func validScopes() throws {
    for scope in [
      "resnet50_v1d", "a/b/c", "x", "Backbone-1.0/res>net", String(repeating: "x", count: 230),
    ] {
      try ResNetAnalyzer.validateScope(scope)
    }
  }

  @Test func architectureInitRejectsUnknownDepth() {
    #expect(throws: ResNetError.self) { try ModelArchitecture(family: .v1b, depth: 42) }
    #expect(throws: ResNetError.self) { try ModelArchitecture(family: .v1b, depth: 50, classes: 0) }
  }
}
