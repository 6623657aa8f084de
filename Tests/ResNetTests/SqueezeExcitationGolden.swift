import ResNet
import Testing

/// One tensor of a real GluonCV SE model.
struct SEGoldenRow: Sendable {
  var structural: String
  var counter: String
  var shape: [Int]
  var tfPath: String

  init(_ structural: String, _ counter: String, _ shape: [Int], _ tfPath: String) {
    self.structural = structural
    self.counter = counter
    self.shape = shape
    self.tfPath = tfPath
  }
}

/// Checks that `rows`' structural names map to their TensorFlow paths under the scope `model`
/// (standard widths), and that the plan of `model` lists them in the same order and shapes.
@discardableResult
func expectStructuralNamesMapToTheTable(_ rows: [SEGoldenRow], model: String) throws
  -> ModelMapping
{
  let sources = rows.map { SourceTensor(name: $0.structural, shape: $0.shape) }
  let mapping = try ResNetAnalyzer.analyze(sources)
  #expect(mapping.architecture.modelName == model)
  #expect(!mapping.architecture.hasPerLayerWidths)
  try #require(mapping.tensors.count == rows.count)
  for (row, tensor) in zip(rows, mapping.tensors) {
    #expect(tensor.tfName == "\(model)/\(row.tfPath)", "\(row.structural)")
    #expect(tensor.sourceShape == row.shape)
  }
  // The plan lists the tensors in GluonCV's `save_parameters` order.
  let layout = try ModelArchitecture(modelName: model).expectedTensors()
  #expect(layout.map(\.structuralName) == rows.map(\.structural))
  #expect(layout.map(\.shape) == rows.map(\.shape))
  return mapping
}

/// Checks that `rows`' counter names, in the three counter styles (legacy with and without
/// Gluon's automatic `prefix`, `export()` with it), map to the rows' structural names and
/// TensorFlow paths under the scope `model`.
func expectCounterNamesMapLikeStructuralOnes(
  _ rows: [SEGoldenRow], model: String, prefix: String
) throws {
  let auxiliary: Set<String> = ["running_mean", "running_var"]
  let styles: [(NamingStyle, [SourceTensor])] = [
    (.legacy, rows.map { SourceTensor(name: $0.counter, shape: $0.shape) }),
    (.legacy, rows.map { SourceTensor(name: prefix + $0.counter, shape: $0.shape) }),
    (
      .export,
      rows.map {
        let leaf = String($0.structural.split(separator: ".").last ?? "")
        return SourceTensor(
          name: (auxiliary.contains(leaf) ? "aux:" : "arg:") + prefix + $0.counter,
          shape: $0.shape)
      }
    ),
  ]
  for (style, sources) in styles {
    let mapping = try ResNetAnalyzer.analyze(sources)
    #expect(mapping.namingStyle == style)
    #expect(mapping.architecture.modelName == model)
    #expect(mapping.tensors.map(\.structuralName) == rows.map(\.structural))
    #expect(mapping.tensors.map(\.tfName) == rows.map { "\(model)/\($0.tfPath)" })
  }
}

/// GluonCV 0.10.5 `se_resnet50_v1()`: `save_parameters` order and names, `collect_params()`
/// names (the automatic prefix stripped) and shapes, and the TensorFlow path
/// docs/naming.md gives each.
let seResnet50V1Golden: [SEGoldenRow] = [
  SEGoldenRow("features.0.weight", "conv0_weight", [64, 3, 7, 7], "C1/conv0/weights"),
  SEGoldenRow("features.1.gamma", "batchnorm0_gamma", [64], "C1/conv0/BatchNorm/gamma"),
  SEGoldenRow("features.1.beta", "batchnorm0_beta", [64], "C1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.1.running_mean", "batchnorm0_running_mean", [64], "C1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.1.running_var", "batchnorm0_running_var", [64], "C1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.body.0.weight", "stage1_conv0_weight", [64, 64, 1, 1],
    "C2/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.4.0.body.0.bias", "stage1_conv0_bias", [64], "C2/bottleneck_0/conv0/biases"),
  SEGoldenRow(
    "features.4.0.body.1.gamma", "stage1_batchnorm0_gamma", [64],
    "C2/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.body.1.beta", "stage1_batchnorm0_beta", [64],
    "C2/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.body.1.running_mean", "stage1_batchnorm0_running_mean", [64],
    "C2/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.body.1.running_var", "stage1_batchnorm0_running_var", [64],
    "C2/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.body.3.weight", "stage1_conv1_weight", [64, 64, 3, 3],
    "C2/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.4.0.body.4.gamma", "stage1_batchnorm1_gamma", [64],
    "C2/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.body.4.beta", "stage1_batchnorm1_beta", [64],
    "C2/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.body.4.running_mean", "stage1_batchnorm1_running_mean", [64],
    "C2/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.body.4.running_var", "stage1_batchnorm1_running_var", [64],
    "C2/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.body.6.weight", "stage1_conv2_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.4.0.body.6.bias", "stage1_conv2_bias", [256], "C2/bottleneck_0/conv2/biases"),
  SEGoldenRow(
    "features.4.0.body.7.gamma", "stage1_batchnorm2_gamma", [256],
    "C2/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.body.7.beta", "stage1_batchnorm2_beta", [256],
    "C2/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.body.7.running_mean", "stage1_batchnorm2_running_mean", [256],
    "C2/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.body.7.running_var", "stage1_batchnorm2_running_var", [256],
    "C2/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.se.0.weight", "stage1_dense0_weight", [16, 256], "C2/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.4.0.se.2.weight", "stage1_dense1_weight", [256, 16], "C2/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.4.0.downsample.0.weight", "stage1_conv3_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.4.0.downsample.1.gamma", "stage1_batchnorm3_gamma", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.downsample.1.beta", "stage1_batchnorm3_beta", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.downsample.1.running_mean", "stage1_batchnorm3_running_mean", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.downsample.1.running_var", "stage1_batchnorm3_running_var", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.body.0.weight", "stage1_conv4_weight", [64, 256, 1, 1],
    "C2/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.4.1.body.0.bias", "stage1_conv4_bias", [64], "C2/bottleneck_1/conv0/biases"),
  SEGoldenRow(
    "features.4.1.body.1.gamma", "stage1_batchnorm4_gamma", [64],
    "C2/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.1.body.1.beta", "stage1_batchnorm4_beta", [64],
    "C2/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.1.body.1.running_mean", "stage1_batchnorm4_running_mean", [64],
    "C2/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.1.body.1.running_var", "stage1_batchnorm4_running_var", [64],
    "C2/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.body.3.weight", "stage1_conv5_weight", [64, 64, 3, 3],
    "C2/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.4.1.body.4.gamma", "stage1_batchnorm5_gamma", [64],
    "C2/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.1.body.4.beta", "stage1_batchnorm5_beta", [64],
    "C2/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.1.body.4.running_mean", "stage1_batchnorm5_running_mean", [64],
    "C2/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.1.body.4.running_var", "stage1_batchnorm5_running_var", [64],
    "C2/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.body.6.weight", "stage1_conv6_weight", [256, 64, 1, 1],
    "C2/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.4.1.body.6.bias", "stage1_conv6_bias", [256], "C2/bottleneck_1/conv2/biases"),
  SEGoldenRow(
    "features.4.1.body.7.gamma", "stage1_batchnorm6_gamma", [256],
    "C2/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.1.body.7.beta", "stage1_batchnorm6_beta", [256],
    "C2/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.1.body.7.running_mean", "stage1_batchnorm6_running_mean", [256],
    "C2/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.1.body.7.running_var", "stage1_batchnorm6_running_var", [256],
    "C2/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.se.0.weight", "stage1_dense2_weight", [16, 256], "C2/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.4.1.se.2.weight", "stage1_dense3_weight", [256, 16], "C2/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.4.2.body.0.weight", "stage1_conv7_weight", [64, 256, 1, 1],
    "C2/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.4.2.body.0.bias", "stage1_conv7_bias", [64], "C2/bottleneck_2/conv0/biases"),
  SEGoldenRow(
    "features.4.2.body.1.gamma", "stage1_batchnorm7_gamma", [64],
    "C2/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.2.body.1.beta", "stage1_batchnorm7_beta", [64],
    "C2/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.2.body.1.running_mean", "stage1_batchnorm7_running_mean", [64],
    "C2/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.2.body.1.running_var", "stage1_batchnorm7_running_var", [64],
    "C2/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.2.body.3.weight", "stage1_conv8_weight", [64, 64, 3, 3],
    "C2/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.4.2.body.4.gamma", "stage1_batchnorm8_gamma", [64],
    "C2/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.2.body.4.beta", "stage1_batchnorm8_beta", [64],
    "C2/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.2.body.4.running_mean", "stage1_batchnorm8_running_mean", [64],
    "C2/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.2.body.4.running_var", "stage1_batchnorm8_running_var", [64],
    "C2/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.2.body.6.weight", "stage1_conv9_weight", [256, 64, 1, 1],
    "C2/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.4.2.body.6.bias", "stage1_conv9_bias", [256], "C2/bottleneck_2/conv2/biases"),
  SEGoldenRow(
    "features.4.2.body.7.gamma", "stage1_batchnorm9_gamma", [256],
    "C2/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.2.body.7.beta", "stage1_batchnorm9_beta", [256],
    "C2/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.2.body.7.running_mean", "stage1_batchnorm9_running_mean", [256],
    "C2/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.2.body.7.running_var", "stage1_batchnorm9_running_var", [256],
    "C2/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.2.se.0.weight", "stage1_dense4_weight", [16, 256], "C2/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.4.2.se.2.weight", "stage1_dense5_weight", [256, 16], "C2/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.5.0.body.0.weight", "stage2_conv0_weight", [128, 256, 1, 1],
    "C3/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.5.0.body.0.bias", "stage2_conv0_bias", [128], "C3/bottleneck_0/conv0/biases"),
  SEGoldenRow(
    "features.5.0.body.1.gamma", "stage2_batchnorm0_gamma", [128],
    "C3/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.body.1.beta", "stage2_batchnorm0_beta", [128],
    "C3/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.body.1.running_mean", "stage2_batchnorm0_running_mean", [128],
    "C3/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.body.1.running_var", "stage2_batchnorm0_running_var", [128],
    "C3/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.body.3.weight", "stage2_conv1_weight", [128, 128, 3, 3],
    "C3/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.5.0.body.4.gamma", "stage2_batchnorm1_gamma", [128],
    "C3/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.body.4.beta", "stage2_batchnorm1_beta", [128],
    "C3/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.body.4.running_mean", "stage2_batchnorm1_running_mean", [128],
    "C3/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.body.4.running_var", "stage2_batchnorm1_running_var", [128],
    "C3/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.body.6.weight", "stage2_conv2_weight", [512, 128, 1, 1],
    "C3/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.5.0.body.6.bias", "stage2_conv2_bias", [512], "C3/bottleneck_0/conv2/biases"),
  SEGoldenRow(
    "features.5.0.body.7.gamma", "stage2_batchnorm2_gamma", [512],
    "C3/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.body.7.beta", "stage2_batchnorm2_beta", [512],
    "C3/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.body.7.running_mean", "stage2_batchnorm2_running_mean", [512],
    "C3/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.body.7.running_var", "stage2_batchnorm2_running_var", [512],
    "C3/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.se.0.weight", "stage2_dense0_weight", [32, 512], "C3/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.5.0.se.2.weight", "stage2_dense1_weight", [512, 32], "C3/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.5.0.downsample.0.weight", "stage2_conv3_weight", [512, 256, 1, 1],
    "C3/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.5.0.downsample.1.gamma", "stage2_batchnorm3_gamma", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.downsample.1.beta", "stage2_batchnorm3_beta", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.downsample.1.running_mean", "stage2_batchnorm3_running_mean", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.downsample.1.running_var", "stage2_batchnorm3_running_var", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.body.0.weight", "stage2_conv4_weight", [128, 512, 1, 1],
    "C3/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.5.1.body.0.bias", "stage2_conv4_bias", [128], "C3/bottleneck_1/conv0/biases"),
  SEGoldenRow(
    "features.5.1.body.1.gamma", "stage2_batchnorm4_gamma", [128],
    "C3/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.body.1.beta", "stage2_batchnorm4_beta", [128],
    "C3/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.body.1.running_mean", "stage2_batchnorm4_running_mean", [128],
    "C3/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.body.1.running_var", "stage2_batchnorm4_running_var", [128],
    "C3/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.body.3.weight", "stage2_conv5_weight", [128, 128, 3, 3],
    "C3/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.5.1.body.4.gamma", "stage2_batchnorm5_gamma", [128],
    "C3/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.body.4.beta", "stage2_batchnorm5_beta", [128],
    "C3/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.body.4.running_mean", "stage2_batchnorm5_running_mean", [128],
    "C3/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.body.4.running_var", "stage2_batchnorm5_running_var", [128],
    "C3/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.body.6.weight", "stage2_conv6_weight", [512, 128, 1, 1],
    "C3/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.5.1.body.6.bias", "stage2_conv6_bias", [512], "C3/bottleneck_1/conv2/biases"),
  SEGoldenRow(
    "features.5.1.body.7.gamma", "stage2_batchnorm6_gamma", [512],
    "C3/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.body.7.beta", "stage2_batchnorm6_beta", [512],
    "C3/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.body.7.running_mean", "stage2_batchnorm6_running_mean", [512],
    "C3/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.body.7.running_var", "stage2_batchnorm6_running_var", [512],
    "C3/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.se.0.weight", "stage2_dense2_weight", [32, 512], "C3/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.5.1.se.2.weight", "stage2_dense3_weight", [512, 32], "C3/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.5.2.body.0.weight", "stage2_conv7_weight", [128, 512, 1, 1],
    "C3/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.5.2.body.0.bias", "stage2_conv7_bias", [128], "C3/bottleneck_2/conv0/biases"),
  SEGoldenRow(
    "features.5.2.body.1.gamma", "stage2_batchnorm7_gamma", [128],
    "C3/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.body.1.beta", "stage2_batchnorm7_beta", [128],
    "C3/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.body.1.running_mean", "stage2_batchnorm7_running_mean", [128],
    "C3/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.body.1.running_var", "stage2_batchnorm7_running_var", [128],
    "C3/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.body.3.weight", "stage2_conv8_weight", [128, 128, 3, 3],
    "C3/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.5.2.body.4.gamma", "stage2_batchnorm8_gamma", [128],
    "C3/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.body.4.beta", "stage2_batchnorm8_beta", [128],
    "C3/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.body.4.running_mean", "stage2_batchnorm8_running_mean", [128],
    "C3/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.body.4.running_var", "stage2_batchnorm8_running_var", [128],
    "C3/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.body.6.weight", "stage2_conv9_weight", [512, 128, 1, 1],
    "C3/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.5.2.body.6.bias", "stage2_conv9_bias", [512], "C3/bottleneck_2/conv2/biases"),
  SEGoldenRow(
    "features.5.2.body.7.gamma", "stage2_batchnorm9_gamma", [512],
    "C3/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.body.7.beta", "stage2_batchnorm9_beta", [512],
    "C3/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.body.7.running_mean", "stage2_batchnorm9_running_mean", [512],
    "C3/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.body.7.running_var", "stage2_batchnorm9_running_var", [512],
    "C3/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.se.0.weight", "stage2_dense4_weight", [32, 512], "C3/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.5.2.se.2.weight", "stage2_dense5_weight", [512, 32], "C3/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.5.3.body.0.weight", "stage2_conv10_weight", [128, 512, 1, 1],
    "C3/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "features.5.3.body.0.bias", "stage2_conv10_bias", [128], "C3/bottleneck_3/conv0/biases"),
  SEGoldenRow(
    "features.5.3.body.1.gamma", "stage2_batchnorm10_gamma", [128],
    "C3/bottleneck_3/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.3.body.1.beta", "stage2_batchnorm10_beta", [128],
    "C3/bottleneck_3/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.3.body.1.running_mean", "stage2_batchnorm10_running_mean", [128],
    "C3/bottleneck_3/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.3.body.1.running_var", "stage2_batchnorm10_running_var", [128],
    "C3/bottleneck_3/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.3.body.3.weight", "stage2_conv11_weight", [128, 128, 3, 3],
    "C3/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "features.5.3.body.4.gamma", "stage2_batchnorm11_gamma", [128],
    "C3/bottleneck_3/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.3.body.4.beta", "stage2_batchnorm11_beta", [128],
    "C3/bottleneck_3/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.3.body.4.running_mean", "stage2_batchnorm11_running_mean", [128],
    "C3/bottleneck_3/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.3.body.4.running_var", "stage2_batchnorm11_running_var", [128],
    "C3/bottleneck_3/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.3.body.6.weight", "stage2_conv12_weight", [512, 128, 1, 1],
    "C3/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "features.5.3.body.6.bias", "stage2_conv12_bias", [512], "C3/bottleneck_3/conv2/biases"),
  SEGoldenRow(
    "features.5.3.body.7.gamma", "stage2_batchnorm12_gamma", [512],
    "C3/bottleneck_3/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.3.body.7.beta", "stage2_batchnorm12_beta", [512],
    "C3/bottleneck_3/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.3.body.7.running_mean", "stage2_batchnorm12_running_mean", [512],
    "C3/bottleneck_3/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.3.body.7.running_var", "stage2_batchnorm12_running_var", [512],
    "C3/bottleneck_3/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.3.se.0.weight", "stage2_dense6_weight", [32, 512], "C3/bottleneck_3/se/fc0/weights"),
  SEGoldenRow(
    "features.5.3.se.2.weight", "stage2_dense7_weight", [512, 32], "C3/bottleneck_3/se/fc1/weights"),
  SEGoldenRow(
    "features.6.0.body.0.weight", "stage3_conv0_weight", [256, 512, 1, 1],
    "C4/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.6.0.body.0.bias", "stage3_conv0_bias", [256], "C4/bottleneck_0/conv0/biases"),
  SEGoldenRow(
    "features.6.0.body.1.gamma", "stage3_batchnorm0_gamma", [256],
    "C4/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.body.1.beta", "stage3_batchnorm0_beta", [256],
    "C4/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.body.1.running_mean", "stage3_batchnorm0_running_mean", [256],
    "C4/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.body.1.running_var", "stage3_batchnorm0_running_var", [256],
    "C4/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.body.3.weight", "stage3_conv1_weight", [256, 256, 3, 3],
    "C4/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.6.0.body.4.gamma", "stage3_batchnorm1_gamma", [256],
    "C4/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.body.4.beta", "stage3_batchnorm1_beta", [256],
    "C4/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.body.4.running_mean", "stage3_batchnorm1_running_mean", [256],
    "C4/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.body.4.running_var", "stage3_batchnorm1_running_var", [256],
    "C4/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.body.6.weight", "stage3_conv2_weight", [1024, 256, 1, 1],
    "C4/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.6.0.body.6.bias", "stage3_conv2_bias", [1024], "C4/bottleneck_0/conv2/biases"),
  SEGoldenRow(
    "features.6.0.body.7.gamma", "stage3_batchnorm2_gamma", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.body.7.beta", "stage3_batchnorm2_beta", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.body.7.running_mean", "stage3_batchnorm2_running_mean", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.body.7.running_var", "stage3_batchnorm2_running_var", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.se.0.weight", "stage3_dense0_weight", [64, 1024], "C4/bottleneck_0/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.6.0.se.2.weight", "stage3_dense1_weight", [1024, 64], "C4/bottleneck_0/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.6.0.downsample.0.weight", "stage3_conv3_weight", [1024, 512, 1, 1],
    "C4/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.6.0.downsample.1.gamma", "stage3_batchnorm3_gamma", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.downsample.1.beta", "stage3_batchnorm3_beta", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.downsample.1.running_mean", "stage3_batchnorm3_running_mean", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.downsample.1.running_var", "stage3_batchnorm3_running_var", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.body.0.weight", "stage3_conv4_weight", [256, 1024, 1, 1],
    "C4/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.6.1.body.0.bias", "stage3_conv4_bias", [256], "C4/bottleneck_1/conv0/biases"),
  SEGoldenRow(
    "features.6.1.body.1.gamma", "stage3_batchnorm4_gamma", [256],
    "C4/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.body.1.beta", "stage3_batchnorm4_beta", [256],
    "C4/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.1.body.1.running_mean", "stage3_batchnorm4_running_mean", [256],
    "C4/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.body.1.running_var", "stage3_batchnorm4_running_var", [256],
    "C4/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.body.3.weight", "stage3_conv5_weight", [256, 256, 3, 3],
    "C4/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.6.1.body.4.gamma", "stage3_batchnorm5_gamma", [256],
    "C4/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.body.4.beta", "stage3_batchnorm5_beta", [256],
    "C4/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.1.body.4.running_mean", "stage3_batchnorm5_running_mean", [256],
    "C4/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.body.4.running_var", "stage3_batchnorm5_running_var", [256],
    "C4/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.body.6.weight", "stage3_conv6_weight", [1024, 256, 1, 1],
    "C4/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.6.1.body.6.bias", "stage3_conv6_bias", [1024], "C4/bottleneck_1/conv2/biases"),
  SEGoldenRow(
    "features.6.1.body.7.gamma", "stage3_batchnorm6_gamma", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.body.7.beta", "stage3_batchnorm6_beta", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.1.body.7.running_mean", "stage3_batchnorm6_running_mean", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.body.7.running_var", "stage3_batchnorm6_running_var", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.se.0.weight", "stage3_dense2_weight", [64, 1024], "C4/bottleneck_1/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.6.1.se.2.weight", "stage3_dense3_weight", [1024, 64], "C4/bottleneck_1/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.6.2.body.0.weight", "stage3_conv7_weight", [256, 1024, 1, 1],
    "C4/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.6.2.body.0.bias", "stage3_conv7_bias", [256], "C4/bottleneck_2/conv0/biases"),
  SEGoldenRow(
    "features.6.2.body.1.gamma", "stage3_batchnorm7_gamma", [256],
    "C4/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.body.1.beta", "stage3_batchnorm7_beta", [256],
    "C4/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.2.body.1.running_mean", "stage3_batchnorm7_running_mean", [256],
    "C4/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.body.1.running_var", "stage3_batchnorm7_running_var", [256],
    "C4/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.body.3.weight", "stage3_conv8_weight", [256, 256, 3, 3],
    "C4/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.6.2.body.4.gamma", "stage3_batchnorm8_gamma", [256],
    "C4/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.body.4.beta", "stage3_batchnorm8_beta", [256],
    "C4/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.2.body.4.running_mean", "stage3_batchnorm8_running_mean", [256],
    "C4/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.body.4.running_var", "stage3_batchnorm8_running_var", [256],
    "C4/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.body.6.weight", "stage3_conv9_weight", [1024, 256, 1, 1],
    "C4/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.6.2.body.6.bias", "stage3_conv9_bias", [1024], "C4/bottleneck_2/conv2/biases"),
  SEGoldenRow(
    "features.6.2.body.7.gamma", "stage3_batchnorm9_gamma", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.body.7.beta", "stage3_batchnorm9_beta", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.2.body.7.running_mean", "stage3_batchnorm9_running_mean", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.body.7.running_var", "stage3_batchnorm9_running_var", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.se.0.weight", "stage3_dense4_weight", [64, 1024], "C4/bottleneck_2/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.6.2.se.2.weight", "stage3_dense5_weight", [1024, 64], "C4/bottleneck_2/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.6.3.body.0.weight", "stage3_conv10_weight", [256, 1024, 1, 1],
    "C4/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "features.6.3.body.0.bias", "stage3_conv10_bias", [256], "C4/bottleneck_3/conv0/biases"),
  SEGoldenRow(
    "features.6.3.body.1.gamma", "stage3_batchnorm10_gamma", [256],
    "C4/bottleneck_3/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.body.1.beta", "stage3_batchnorm10_beta", [256],
    "C4/bottleneck_3/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.body.1.running_mean", "stage3_batchnorm10_running_mean", [256],
    "C4/bottleneck_3/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.body.1.running_var", "stage3_batchnorm10_running_var", [256],
    "C4/bottleneck_3/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.body.3.weight", "stage3_conv11_weight", [256, 256, 3, 3],
    "C4/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "features.6.3.body.4.gamma", "stage3_batchnorm11_gamma", [256],
    "C4/bottleneck_3/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.body.4.beta", "stage3_batchnorm11_beta", [256],
    "C4/bottleneck_3/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.body.4.running_mean", "stage3_batchnorm11_running_mean", [256],
    "C4/bottleneck_3/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.body.4.running_var", "stage3_batchnorm11_running_var", [256],
    "C4/bottleneck_3/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.body.6.weight", "stage3_conv12_weight", [1024, 256, 1, 1],
    "C4/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "features.6.3.body.6.bias", "stage3_conv12_bias", [1024], "C4/bottleneck_3/conv2/biases"),
  SEGoldenRow(
    "features.6.3.body.7.gamma", "stage3_batchnorm12_gamma", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.body.7.beta", "stage3_batchnorm12_beta", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.body.7.running_mean", "stage3_batchnorm12_running_mean", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.body.7.running_var", "stage3_batchnorm12_running_var", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.se.0.weight", "stage3_dense6_weight", [64, 1024], "C4/bottleneck_3/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.6.3.se.2.weight", "stage3_dense7_weight", [1024, 64], "C4/bottleneck_3/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.6.4.body.0.weight", "stage3_conv13_weight", [256, 1024, 1, 1],
    "C4/bottleneck_4/conv0/weights"),
  SEGoldenRow(
    "features.6.4.body.0.bias", "stage3_conv13_bias", [256], "C4/bottleneck_4/conv0/biases"),
  SEGoldenRow(
    "features.6.4.body.1.gamma", "stage3_batchnorm13_gamma", [256],
    "C4/bottleneck_4/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.4.body.1.beta", "stage3_batchnorm13_beta", [256],
    "C4/bottleneck_4/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.4.body.1.running_mean", "stage3_batchnorm13_running_mean", [256],
    "C4/bottleneck_4/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.4.body.1.running_var", "stage3_batchnorm13_running_var", [256],
    "C4/bottleneck_4/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.4.body.3.weight", "stage3_conv14_weight", [256, 256, 3, 3],
    "C4/bottleneck_4/conv1/weights"),
  SEGoldenRow(
    "features.6.4.body.4.gamma", "stage3_batchnorm14_gamma", [256],
    "C4/bottleneck_4/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.4.body.4.beta", "stage3_batchnorm14_beta", [256],
    "C4/bottleneck_4/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.4.body.4.running_mean", "stage3_batchnorm14_running_mean", [256],
    "C4/bottleneck_4/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.4.body.4.running_var", "stage3_batchnorm14_running_var", [256],
    "C4/bottleneck_4/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.4.body.6.weight", "stage3_conv15_weight", [1024, 256, 1, 1],
    "C4/bottleneck_4/conv2/weights"),
  SEGoldenRow(
    "features.6.4.body.6.bias", "stage3_conv15_bias", [1024], "C4/bottleneck_4/conv2/biases"),
  SEGoldenRow(
    "features.6.4.body.7.gamma", "stage3_batchnorm15_gamma", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.4.body.7.beta", "stage3_batchnorm15_beta", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.4.body.7.running_mean", "stage3_batchnorm15_running_mean", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.4.body.7.running_var", "stage3_batchnorm15_running_var", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.4.se.0.weight", "stage3_dense8_weight", [64, 1024], "C4/bottleneck_4/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.6.4.se.2.weight", "stage3_dense9_weight", [1024, 64], "C4/bottleneck_4/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.6.5.body.0.weight", "stage3_conv16_weight", [256, 1024, 1, 1],
    "C4/bottleneck_5/conv0/weights"),
  SEGoldenRow(
    "features.6.5.body.0.bias", "stage3_conv16_bias", [256], "C4/bottleneck_5/conv0/biases"),
  SEGoldenRow(
    "features.6.5.body.1.gamma", "stage3_batchnorm16_gamma", [256],
    "C4/bottleneck_5/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.5.body.1.beta", "stage3_batchnorm16_beta", [256],
    "C4/bottleneck_5/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.5.body.1.running_mean", "stage3_batchnorm16_running_mean", [256],
    "C4/bottleneck_5/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.5.body.1.running_var", "stage3_batchnorm16_running_var", [256],
    "C4/bottleneck_5/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.5.body.3.weight", "stage3_conv17_weight", [256, 256, 3, 3],
    "C4/bottleneck_5/conv1/weights"),
  SEGoldenRow(
    "features.6.5.body.4.gamma", "stage3_batchnorm17_gamma", [256],
    "C4/bottleneck_5/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.5.body.4.beta", "stage3_batchnorm17_beta", [256],
    "C4/bottleneck_5/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.5.body.4.running_mean", "stage3_batchnorm17_running_mean", [256],
    "C4/bottleneck_5/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.5.body.4.running_var", "stage3_batchnorm17_running_var", [256],
    "C4/bottleneck_5/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.5.body.6.weight", "stage3_conv18_weight", [1024, 256, 1, 1],
    "C4/bottleneck_5/conv2/weights"),
  SEGoldenRow(
    "features.6.5.body.6.bias", "stage3_conv18_bias", [1024], "C4/bottleneck_5/conv2/biases"),
  SEGoldenRow(
    "features.6.5.body.7.gamma", "stage3_batchnorm18_gamma", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.5.body.7.beta", "stage3_batchnorm18_beta", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.5.body.7.running_mean", "stage3_batchnorm18_running_mean", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.5.body.7.running_var", "stage3_batchnorm18_running_var", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.5.se.0.weight", "stage3_dense10_weight", [64, 1024],
    "C4/bottleneck_5/se/fc0/weights"),
  SEGoldenRow(
    "features.6.5.se.2.weight", "stage3_dense11_weight", [1024, 64],
    "C4/bottleneck_5/se/fc1/weights"),
  SEGoldenRow(
    "features.7.0.body.0.weight", "stage4_conv0_weight", [512, 1024, 1, 1],
    "C5/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.7.0.body.0.bias", "stage4_conv0_bias", [512], "C5/bottleneck_0/conv0/biases"),
  SEGoldenRow(
    "features.7.0.body.1.gamma", "stage4_batchnorm0_gamma", [512],
    "C5/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.body.1.beta", "stage4_batchnorm0_beta", [512],
    "C5/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.body.1.running_mean", "stage4_batchnorm0_running_mean", [512],
    "C5/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.body.1.running_var", "stage4_batchnorm0_running_var", [512],
    "C5/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.body.3.weight", "stage4_conv1_weight", [512, 512, 3, 3],
    "C5/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.7.0.body.4.gamma", "stage4_batchnorm1_gamma", [512],
    "C5/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.body.4.beta", "stage4_batchnorm1_beta", [512],
    "C5/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.body.4.running_mean", "stage4_batchnorm1_running_mean", [512],
    "C5/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.body.4.running_var", "stage4_batchnorm1_running_var", [512],
    "C5/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.body.6.weight", "stage4_conv2_weight", [2048, 512, 1, 1],
    "C5/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.7.0.body.6.bias", "stage4_conv2_bias", [2048], "C5/bottleneck_0/conv2/biases"),
  SEGoldenRow(
    "features.7.0.body.7.gamma", "stage4_batchnorm2_gamma", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.body.7.beta", "stage4_batchnorm2_beta", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.body.7.running_mean", "stage4_batchnorm2_running_mean", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.body.7.running_var", "stage4_batchnorm2_running_var", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.se.0.weight", "stage4_dense0_weight", [128, 2048],
    "C5/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.7.0.se.2.weight", "stage4_dense1_weight", [2048, 128],
    "C5/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.7.0.downsample.0.weight", "stage4_conv3_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.7.0.downsample.1.gamma", "stage4_batchnorm3_gamma", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.downsample.1.beta", "stage4_batchnorm3_beta", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.downsample.1.running_mean", "stage4_batchnorm3_running_mean", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.downsample.1.running_var", "stage4_batchnorm3_running_var", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.body.0.weight", "stage4_conv4_weight", [512, 2048, 1, 1],
    "C5/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.7.1.body.0.bias", "stage4_conv4_bias", [512], "C5/bottleneck_1/conv0/biases"),
  SEGoldenRow(
    "features.7.1.body.1.gamma", "stage4_batchnorm4_gamma", [512],
    "C5/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.body.1.beta", "stage4_batchnorm4_beta", [512],
    "C5/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.1.body.1.running_mean", "stage4_batchnorm4_running_mean", [512],
    "C5/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.body.1.running_var", "stage4_batchnorm4_running_var", [512],
    "C5/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.body.3.weight", "stage4_conv5_weight", [512, 512, 3, 3],
    "C5/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.7.1.body.4.gamma", "stage4_batchnorm5_gamma", [512],
    "C5/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.body.4.beta", "stage4_batchnorm5_beta", [512],
    "C5/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.1.body.4.running_mean", "stage4_batchnorm5_running_mean", [512],
    "C5/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.body.4.running_var", "stage4_batchnorm5_running_var", [512],
    "C5/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.body.6.weight", "stage4_conv6_weight", [2048, 512, 1, 1],
    "C5/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.7.1.body.6.bias", "stage4_conv6_bias", [2048], "C5/bottleneck_1/conv2/biases"),
  SEGoldenRow(
    "features.7.1.body.7.gamma", "stage4_batchnorm6_gamma", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.body.7.beta", "stage4_batchnorm6_beta", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.1.body.7.running_mean", "stage4_batchnorm6_running_mean", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.body.7.running_var", "stage4_batchnorm6_running_var", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.se.0.weight", "stage4_dense2_weight", [128, 2048],
    "C5/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.7.1.se.2.weight", "stage4_dense3_weight", [2048, 128],
    "C5/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.7.2.body.0.weight", "stage4_conv7_weight", [512, 2048, 1, 1],
    "C5/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.7.2.body.0.bias", "stage4_conv7_bias", [512], "C5/bottleneck_2/conv0/biases"),
  SEGoldenRow(
    "features.7.2.body.1.gamma", "stage4_batchnorm7_gamma", [512],
    "C5/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.body.1.beta", "stage4_batchnorm7_beta", [512],
    "C5/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.2.body.1.running_mean", "stage4_batchnorm7_running_mean", [512],
    "C5/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.body.1.running_var", "stage4_batchnorm7_running_var", [512],
    "C5/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.body.3.weight", "stage4_conv8_weight", [512, 512, 3, 3],
    "C5/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.7.2.body.4.gamma", "stage4_batchnorm8_gamma", [512],
    "C5/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.body.4.beta", "stage4_batchnorm8_beta", [512],
    "C5/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.2.body.4.running_mean", "stage4_batchnorm8_running_mean", [512],
    "C5/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.body.4.running_var", "stage4_batchnorm8_running_var", [512],
    "C5/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.body.6.weight", "stage4_conv9_weight", [2048, 512, 1, 1],
    "C5/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.7.2.body.6.bias", "stage4_conv9_bias", [2048], "C5/bottleneck_2/conv2/biases"),
  SEGoldenRow(
    "features.7.2.body.7.gamma", "stage4_batchnorm9_gamma", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.body.7.beta", "stage4_batchnorm9_beta", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.2.body.7.running_mean", "stage4_batchnorm9_running_mean", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.body.7.running_var", "stage4_batchnorm9_running_var", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.se.0.weight", "stage4_dense4_weight", [128, 2048],
    "C5/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.7.2.se.2.weight", "stage4_dense5_weight", [2048, 128],
    "C5/bottleneck_2/se/fc1/weights"),
  SEGoldenRow("output.weight", "dense0_weight", [1000, 2048], "logits/weights"),
  SEGoldenRow("output.bias", "dense0_bias", [1000], "logits/biases"),
]

/// GluonCV 0.10.5 `se_resnext50_32x4d()`: `save_parameters` order and names, `collect_params()`
/// names (the automatic prefix stripped) and shapes, and the TensorFlow path
/// docs/naming.md gives each.
let seResnext50Golden: [SEGoldenRow] = [
  SEGoldenRow("features.0.weight", "conv0_weight", [64, 3, 7, 7], "C1/conv0/weights"),
  SEGoldenRow("features.1.gamma", "batchnorm0_gamma", [64], "C1/conv0/BatchNorm/gamma"),
  SEGoldenRow("features.1.beta", "batchnorm0_beta", [64], "C1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.1.running_mean", "batchnorm0_running_mean", [64], "C1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.1.running_var", "batchnorm0_running_var", [64], "C1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.body.0.weight", "stage1_conv0_weight", [128, 64, 1, 1],
    "C2/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.4.0.body.1.gamma", "stage1_batchnorm0_gamma", [128],
    "C2/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.body.1.beta", "stage1_batchnorm0_beta", [128],
    "C2/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.body.1.running_mean", "stage1_batchnorm0_running_mean", [128],
    "C2/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.body.1.running_var", "stage1_batchnorm0_running_var", [128],
    "C2/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.body.3.weight", "stage1_conv1_weight", [128, 4, 3, 3],
    "C2/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.4.0.body.4.gamma", "stage1_batchnorm1_gamma", [128],
    "C2/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.body.4.beta", "stage1_batchnorm1_beta", [128],
    "C2/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.body.4.running_mean", "stage1_batchnorm1_running_mean", [128],
    "C2/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.body.4.running_var", "stage1_batchnorm1_running_var", [128],
    "C2/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.body.6.weight", "stage1_conv2_weight", [256, 128, 1, 1],
    "C2/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.4.0.body.7.gamma", "stage1_batchnorm2_gamma", [256],
    "C2/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.body.7.beta", "stage1_batchnorm2_beta", [256],
    "C2/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.body.7.running_mean", "stage1_batchnorm2_running_mean", [256],
    "C2/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.body.7.running_var", "stage1_batchnorm2_running_var", [256],
    "C2/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.0.se.0.weight", "stage1_conv3_weight", [16, 256, 1, 1],
    "C2/bottleneck_0/se/fc0/weights"),
  SEGoldenRow("features.4.0.se.0.bias", "stage1_conv3_bias", [16], "C2/bottleneck_0/se/fc0/biases"),
  SEGoldenRow(
    "features.4.0.se.2.weight", "stage1_conv4_weight", [256, 16, 1, 1],
    "C2/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.4.0.se.2.bias", "stage1_conv4_bias", [256], "C2/bottleneck_0/se/fc1/biases"),
  SEGoldenRow(
    "features.4.0.downsample.0.weight", "stage1_conv5_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.4.0.downsample.1.gamma", "stage1_batchnorm3_gamma", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.0.downsample.1.beta", "stage1_batchnorm3_beta", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.0.downsample.1.running_mean", "stage1_batchnorm3_running_mean", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.0.downsample.1.running_var", "stage1_batchnorm3_running_var", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.body.0.weight", "stage1_conv6_weight", [128, 256, 1, 1],
    "C2/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.4.1.body.1.gamma", "stage1_batchnorm4_gamma", [128],
    "C2/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.1.body.1.beta", "stage1_batchnorm4_beta", [128],
    "C2/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.1.body.1.running_mean", "stage1_batchnorm4_running_mean", [128],
    "C2/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.1.body.1.running_var", "stage1_batchnorm4_running_var", [128],
    "C2/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.body.3.weight", "stage1_conv7_weight", [128, 4, 3, 3],
    "C2/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.4.1.body.4.gamma", "stage1_batchnorm5_gamma", [128],
    "C2/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.1.body.4.beta", "stage1_batchnorm5_beta", [128],
    "C2/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.1.body.4.running_mean", "stage1_batchnorm5_running_mean", [128],
    "C2/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.1.body.4.running_var", "stage1_batchnorm5_running_var", [128],
    "C2/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.body.6.weight", "stage1_conv8_weight", [256, 128, 1, 1],
    "C2/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.4.1.body.7.gamma", "stage1_batchnorm6_gamma", [256],
    "C2/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.1.body.7.beta", "stage1_batchnorm6_beta", [256],
    "C2/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.1.body.7.running_mean", "stage1_batchnorm6_running_mean", [256],
    "C2/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.1.body.7.running_var", "stage1_batchnorm6_running_var", [256],
    "C2/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.1.se.0.weight", "stage1_conv9_weight", [16, 256, 1, 1],
    "C2/bottleneck_1/se/fc0/weights"),
  SEGoldenRow("features.4.1.se.0.bias", "stage1_conv9_bias", [16], "C2/bottleneck_1/se/fc0/biases"),
  SEGoldenRow(
    "features.4.1.se.2.weight", "stage1_conv10_weight", [256, 16, 1, 1],
    "C2/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.4.1.se.2.bias", "stage1_conv10_bias", [256], "C2/bottleneck_1/se/fc1/biases"),
  SEGoldenRow(
    "features.4.2.body.0.weight", "stage1_conv11_weight", [128, 256, 1, 1],
    "C2/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.4.2.body.1.gamma", "stage1_batchnorm7_gamma", [128],
    "C2/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.2.body.1.beta", "stage1_batchnorm7_beta", [128],
    "C2/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.2.body.1.running_mean", "stage1_batchnorm7_running_mean", [128],
    "C2/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.2.body.1.running_var", "stage1_batchnorm7_running_var", [128],
    "C2/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.2.body.3.weight", "stage1_conv12_weight", [128, 4, 3, 3],
    "C2/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.4.2.body.4.gamma", "stage1_batchnorm8_gamma", [128],
    "C2/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.2.body.4.beta", "stage1_batchnorm8_beta", [128],
    "C2/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.2.body.4.running_mean", "stage1_batchnorm8_running_mean", [128],
    "C2/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.2.body.4.running_var", "stage1_batchnorm8_running_var", [128],
    "C2/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.2.body.6.weight", "stage1_conv13_weight", [256, 128, 1, 1],
    "C2/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.4.2.body.7.gamma", "stage1_batchnorm9_gamma", [256],
    "C2/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.4.2.body.7.beta", "stage1_batchnorm9_beta", [256],
    "C2/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.4.2.body.7.running_mean", "stage1_batchnorm9_running_mean", [256],
    "C2/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.4.2.body.7.running_var", "stage1_batchnorm9_running_var", [256],
    "C2/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.4.2.se.0.weight", "stage1_conv14_weight", [16, 256, 1, 1],
    "C2/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.4.2.se.0.bias", "stage1_conv14_bias", [16], "C2/bottleneck_2/se/fc0/biases"),
  SEGoldenRow(
    "features.4.2.se.2.weight", "stage1_conv15_weight", [256, 16, 1, 1],
    "C2/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.4.2.se.2.bias", "stage1_conv15_bias", [256], "C2/bottleneck_2/se/fc1/biases"),
  SEGoldenRow(
    "features.5.0.body.0.weight", "stage2_conv0_weight", [256, 256, 1, 1],
    "C3/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.5.0.body.1.gamma", "stage2_batchnorm0_gamma", [256],
    "C3/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.body.1.beta", "stage2_batchnorm0_beta", [256],
    "C3/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.body.1.running_mean", "stage2_batchnorm0_running_mean", [256],
    "C3/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.body.1.running_var", "stage2_batchnorm0_running_var", [256],
    "C3/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.body.3.weight", "stage2_conv1_weight", [256, 8, 3, 3],
    "C3/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.5.0.body.4.gamma", "stage2_batchnorm1_gamma", [256],
    "C3/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.body.4.beta", "stage2_batchnorm1_beta", [256],
    "C3/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.body.4.running_mean", "stage2_batchnorm1_running_mean", [256],
    "C3/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.body.4.running_var", "stage2_batchnorm1_running_var", [256],
    "C3/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.body.6.weight", "stage2_conv2_weight", [512, 256, 1, 1],
    "C3/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.5.0.body.7.gamma", "stage2_batchnorm2_gamma", [512],
    "C3/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.body.7.beta", "stage2_batchnorm2_beta", [512],
    "C3/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.body.7.running_mean", "stage2_batchnorm2_running_mean", [512],
    "C3/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.body.7.running_var", "stage2_batchnorm2_running_var", [512],
    "C3/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.se.0.weight", "stage2_conv3_weight", [32, 512, 1, 1],
    "C3/bottleneck_0/se/fc0/weights"),
  SEGoldenRow("features.5.0.se.0.bias", "stage2_conv3_bias", [32], "C3/bottleneck_0/se/fc0/biases"),
  SEGoldenRow(
    "features.5.0.se.2.weight", "stage2_conv4_weight", [512, 32, 1, 1],
    "C3/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.5.0.se.2.bias", "stage2_conv4_bias", [512], "C3/bottleneck_0/se/fc1/biases"),
  SEGoldenRow(
    "features.5.0.downsample.0.weight", "stage2_conv5_weight", [512, 256, 1, 1],
    "C3/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.5.0.downsample.1.gamma", "stage2_batchnorm3_gamma", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.downsample.1.beta", "stage2_batchnorm3_beta", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.downsample.1.running_mean", "stage2_batchnorm3_running_mean", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.downsample.1.running_var", "stage2_batchnorm3_running_var", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.body.0.weight", "stage2_conv6_weight", [256, 512, 1, 1],
    "C3/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.5.1.body.1.gamma", "stage2_batchnorm4_gamma", [256],
    "C3/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.body.1.beta", "stage2_batchnorm4_beta", [256],
    "C3/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.body.1.running_mean", "stage2_batchnorm4_running_mean", [256],
    "C3/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.body.1.running_var", "stage2_batchnorm4_running_var", [256],
    "C3/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.body.3.weight", "stage2_conv7_weight", [256, 8, 3, 3],
    "C3/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.5.1.body.4.gamma", "stage2_batchnorm5_gamma", [256],
    "C3/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.body.4.beta", "stage2_batchnorm5_beta", [256],
    "C3/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.body.4.running_mean", "stage2_batchnorm5_running_mean", [256],
    "C3/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.body.4.running_var", "stage2_batchnorm5_running_var", [256],
    "C3/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.body.6.weight", "stage2_conv8_weight", [512, 256, 1, 1],
    "C3/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.5.1.body.7.gamma", "stage2_batchnorm6_gamma", [512],
    "C3/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.body.7.beta", "stage2_batchnorm6_beta", [512],
    "C3/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.body.7.running_mean", "stage2_batchnorm6_running_mean", [512],
    "C3/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.body.7.running_var", "stage2_batchnorm6_running_var", [512],
    "C3/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.se.0.weight", "stage2_conv9_weight", [32, 512, 1, 1],
    "C3/bottleneck_1/se/fc0/weights"),
  SEGoldenRow("features.5.1.se.0.bias", "stage2_conv9_bias", [32], "C3/bottleneck_1/se/fc0/biases"),
  SEGoldenRow(
    "features.5.1.se.2.weight", "stage2_conv10_weight", [512, 32, 1, 1],
    "C3/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.5.1.se.2.bias", "stage2_conv10_bias", [512], "C3/bottleneck_1/se/fc1/biases"),
  SEGoldenRow(
    "features.5.2.body.0.weight", "stage2_conv11_weight", [256, 512, 1, 1],
    "C3/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.5.2.body.1.gamma", "stage2_batchnorm7_gamma", [256],
    "C3/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.body.1.beta", "stage2_batchnorm7_beta", [256],
    "C3/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.body.1.running_mean", "stage2_batchnorm7_running_mean", [256],
    "C3/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.body.1.running_var", "stage2_batchnorm7_running_var", [256],
    "C3/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.body.3.weight", "stage2_conv12_weight", [256, 8, 3, 3],
    "C3/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.5.2.body.4.gamma", "stage2_batchnorm8_gamma", [256],
    "C3/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.body.4.beta", "stage2_batchnorm8_beta", [256],
    "C3/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.body.4.running_mean", "stage2_batchnorm8_running_mean", [256],
    "C3/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.body.4.running_var", "stage2_batchnorm8_running_var", [256],
    "C3/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.body.6.weight", "stage2_conv13_weight", [512, 256, 1, 1],
    "C3/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.5.2.body.7.gamma", "stage2_batchnorm9_gamma", [512],
    "C3/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.body.7.beta", "stage2_batchnorm9_beta", [512],
    "C3/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.body.7.running_mean", "stage2_batchnorm9_running_mean", [512],
    "C3/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.body.7.running_var", "stage2_batchnorm9_running_var", [512],
    "C3/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.se.0.weight", "stage2_conv14_weight", [32, 512, 1, 1],
    "C3/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.5.2.se.0.bias", "stage2_conv14_bias", [32], "C3/bottleneck_2/se/fc0/biases"),
  SEGoldenRow(
    "features.5.2.se.2.weight", "stage2_conv15_weight", [512, 32, 1, 1],
    "C3/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.5.2.se.2.bias", "stage2_conv15_bias", [512], "C3/bottleneck_2/se/fc1/biases"),
  SEGoldenRow(
    "features.5.3.body.0.weight", "stage2_conv16_weight", [256, 512, 1, 1],
    "C3/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "features.5.3.body.1.gamma", "stage2_batchnorm10_gamma", [256],
    "C3/bottleneck_3/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.3.body.1.beta", "stage2_batchnorm10_beta", [256],
    "C3/bottleneck_3/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.3.body.1.running_mean", "stage2_batchnorm10_running_mean", [256],
    "C3/bottleneck_3/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.3.body.1.running_var", "stage2_batchnorm10_running_var", [256],
    "C3/bottleneck_3/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.3.body.3.weight", "stage2_conv17_weight", [256, 8, 3, 3],
    "C3/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "features.5.3.body.4.gamma", "stage2_batchnorm11_gamma", [256],
    "C3/bottleneck_3/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.3.body.4.beta", "stage2_batchnorm11_beta", [256],
    "C3/bottleneck_3/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.3.body.4.running_mean", "stage2_batchnorm11_running_mean", [256],
    "C3/bottleneck_3/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.3.body.4.running_var", "stage2_batchnorm11_running_var", [256],
    "C3/bottleneck_3/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.3.body.6.weight", "stage2_conv18_weight", [512, 256, 1, 1],
    "C3/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "features.5.3.body.7.gamma", "stage2_batchnorm12_gamma", [512],
    "C3/bottleneck_3/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.3.body.7.beta", "stage2_batchnorm12_beta", [512],
    "C3/bottleneck_3/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.3.body.7.running_mean", "stage2_batchnorm12_running_mean", [512],
    "C3/bottleneck_3/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.3.body.7.running_var", "stage2_batchnorm12_running_var", [512],
    "C3/bottleneck_3/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.3.se.0.weight", "stage2_conv19_weight", [32, 512, 1, 1],
    "C3/bottleneck_3/se/fc0/weights"),
  SEGoldenRow(
    "features.5.3.se.0.bias", "stage2_conv19_bias", [32], "C3/bottleneck_3/se/fc0/biases"),
  SEGoldenRow(
    "features.5.3.se.2.weight", "stage2_conv20_weight", [512, 32, 1, 1],
    "C3/bottleneck_3/se/fc1/weights"),
  SEGoldenRow(
    "features.5.3.se.2.bias", "stage2_conv20_bias", [512], "C3/bottleneck_3/se/fc1/biases"),
  SEGoldenRow(
    "features.6.0.body.0.weight", "stage3_conv0_weight", [512, 512, 1, 1],
    "C4/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.6.0.body.1.gamma", "stage3_batchnorm0_gamma", [512],
    "C4/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.body.1.beta", "stage3_batchnorm0_beta", [512],
    "C4/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.body.1.running_mean", "stage3_batchnorm0_running_mean", [512],
    "C4/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.body.1.running_var", "stage3_batchnorm0_running_var", [512],
    "C4/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.body.3.weight", "stage3_conv1_weight", [512, 16, 3, 3],
    "C4/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.6.0.body.4.gamma", "stage3_batchnorm1_gamma", [512],
    "C4/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.body.4.beta", "stage3_batchnorm1_beta", [512],
    "C4/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.body.4.running_mean", "stage3_batchnorm1_running_mean", [512],
    "C4/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.body.4.running_var", "stage3_batchnorm1_running_var", [512],
    "C4/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.body.6.weight", "stage3_conv2_weight", [1024, 512, 1, 1],
    "C4/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.6.0.body.7.gamma", "stage3_batchnorm2_gamma", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.body.7.beta", "stage3_batchnorm2_beta", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.body.7.running_mean", "stage3_batchnorm2_running_mean", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.body.7.running_var", "stage3_batchnorm2_running_var", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.se.0.weight", "stage3_conv3_weight", [64, 1024, 1, 1],
    "C4/bottleneck_0/se/fc0/weights"),
  SEGoldenRow("features.6.0.se.0.bias", "stage3_conv3_bias", [64], "C4/bottleneck_0/se/fc0/biases"),
  SEGoldenRow(
    "features.6.0.se.2.weight", "stage3_conv4_weight", [1024, 64, 1, 1],
    "C4/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.6.0.se.2.bias", "stage3_conv4_bias", [1024], "C4/bottleneck_0/se/fc1/biases"),
  SEGoldenRow(
    "features.6.0.downsample.0.weight", "stage3_conv5_weight", [1024, 512, 1, 1],
    "C4/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.6.0.downsample.1.gamma", "stage3_batchnorm3_gamma", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.downsample.1.beta", "stage3_batchnorm3_beta", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.0.downsample.1.running_mean", "stage3_batchnorm3_running_mean", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.downsample.1.running_var", "stage3_batchnorm3_running_var", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.body.0.weight", "stage3_conv6_weight", [512, 1024, 1, 1],
    "C4/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.6.1.body.1.gamma", "stage3_batchnorm4_gamma", [512],
    "C4/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.body.1.beta", "stage3_batchnorm4_beta", [512],
    "C4/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.1.body.1.running_mean", "stage3_batchnorm4_running_mean", [512],
    "C4/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.body.1.running_var", "stage3_batchnorm4_running_var", [512],
    "C4/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.body.3.weight", "stage3_conv7_weight", [512, 16, 3, 3],
    "C4/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.6.1.body.4.gamma", "stage3_batchnorm5_gamma", [512],
    "C4/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.body.4.beta", "stage3_batchnorm5_beta", [512],
    "C4/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.1.body.4.running_mean", "stage3_batchnorm5_running_mean", [512],
    "C4/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.body.4.running_var", "stage3_batchnorm5_running_var", [512],
    "C4/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.body.6.weight", "stage3_conv8_weight", [1024, 512, 1, 1],
    "C4/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.6.1.body.7.gamma", "stage3_batchnorm6_gamma", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.body.7.beta", "stage3_batchnorm6_beta", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.1.body.7.running_mean", "stage3_batchnorm6_running_mean", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.body.7.running_var", "stage3_batchnorm6_running_var", [1024],
    "C4/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.se.0.weight", "stage3_conv9_weight", [64, 1024, 1, 1],
    "C4/bottleneck_1/se/fc0/weights"),
  SEGoldenRow("features.6.1.se.0.bias", "stage3_conv9_bias", [64], "C4/bottleneck_1/se/fc0/biases"),
  SEGoldenRow(
    "features.6.1.se.2.weight", "stage3_conv10_weight", [1024, 64, 1, 1],
    "C4/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.6.1.se.2.bias", "stage3_conv10_bias", [1024], "C4/bottleneck_1/se/fc1/biases"),
  SEGoldenRow(
    "features.6.2.body.0.weight", "stage3_conv11_weight", [512, 1024, 1, 1],
    "C4/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.6.2.body.1.gamma", "stage3_batchnorm7_gamma", [512],
    "C4/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.body.1.beta", "stage3_batchnorm7_beta", [512],
    "C4/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.2.body.1.running_mean", "stage3_batchnorm7_running_mean", [512],
    "C4/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.body.1.running_var", "stage3_batchnorm7_running_var", [512],
    "C4/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.body.3.weight", "stage3_conv12_weight", [512, 16, 3, 3],
    "C4/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.6.2.body.4.gamma", "stage3_batchnorm8_gamma", [512],
    "C4/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.body.4.beta", "stage3_batchnorm8_beta", [512],
    "C4/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.2.body.4.running_mean", "stage3_batchnorm8_running_mean", [512],
    "C4/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.body.4.running_var", "stage3_batchnorm8_running_var", [512],
    "C4/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.body.6.weight", "stage3_conv13_weight", [1024, 512, 1, 1],
    "C4/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.6.2.body.7.gamma", "stage3_batchnorm9_gamma", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.body.7.beta", "stage3_batchnorm9_beta", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.2.body.7.running_mean", "stage3_batchnorm9_running_mean", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.body.7.running_var", "stage3_batchnorm9_running_var", [1024],
    "C4/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.se.0.weight", "stage3_conv14_weight", [64, 1024, 1, 1],
    "C4/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.6.2.se.0.bias", "stage3_conv14_bias", [64], "C4/bottleneck_2/se/fc0/biases"),
  SEGoldenRow(
    "features.6.2.se.2.weight", "stage3_conv15_weight", [1024, 64, 1, 1],
    "C4/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.6.2.se.2.bias", "stage3_conv15_bias", [1024], "C4/bottleneck_2/se/fc1/biases"),
  SEGoldenRow(
    "features.6.3.body.0.weight", "stage3_conv16_weight", [512, 1024, 1, 1],
    "C4/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "features.6.3.body.1.gamma", "stage3_batchnorm10_gamma", [512],
    "C4/bottleneck_3/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.body.1.beta", "stage3_batchnorm10_beta", [512],
    "C4/bottleneck_3/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.body.1.running_mean", "stage3_batchnorm10_running_mean", [512],
    "C4/bottleneck_3/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.body.1.running_var", "stage3_batchnorm10_running_var", [512],
    "C4/bottleneck_3/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.body.3.weight", "stage3_conv17_weight", [512, 16, 3, 3],
    "C4/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "features.6.3.body.4.gamma", "stage3_batchnorm11_gamma", [512],
    "C4/bottleneck_3/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.body.4.beta", "stage3_batchnorm11_beta", [512],
    "C4/bottleneck_3/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.body.4.running_mean", "stage3_batchnorm11_running_mean", [512],
    "C4/bottleneck_3/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.body.4.running_var", "stage3_batchnorm11_running_var", [512],
    "C4/bottleneck_3/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.body.6.weight", "stage3_conv18_weight", [1024, 512, 1, 1],
    "C4/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "features.6.3.body.7.gamma", "stage3_batchnorm12_gamma", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.body.7.beta", "stage3_batchnorm12_beta", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.body.7.running_mean", "stage3_batchnorm12_running_mean", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.body.7.running_var", "stage3_batchnorm12_running_var", [1024],
    "C4/bottleneck_3/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.se.0.weight", "stage3_conv19_weight", [64, 1024, 1, 1],
    "C4/bottleneck_3/se/fc0/weights"),
  SEGoldenRow(
    "features.6.3.se.0.bias", "stage3_conv19_bias", [64], "C4/bottleneck_3/se/fc0/biases"),
  SEGoldenRow(
    "features.6.3.se.2.weight", "stage3_conv20_weight", [1024, 64, 1, 1],
    "C4/bottleneck_3/se/fc1/weights"),
  SEGoldenRow(
    "features.6.3.se.2.bias", "stage3_conv20_bias", [1024], "C4/bottleneck_3/se/fc1/biases"),
  SEGoldenRow(
    "features.6.4.body.0.weight", "stage3_conv21_weight", [512, 1024, 1, 1],
    "C4/bottleneck_4/conv0/weights"),
  SEGoldenRow(
    "features.6.4.body.1.gamma", "stage3_batchnorm13_gamma", [512],
    "C4/bottleneck_4/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.4.body.1.beta", "stage3_batchnorm13_beta", [512],
    "C4/bottleneck_4/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.4.body.1.running_mean", "stage3_batchnorm13_running_mean", [512],
    "C4/bottleneck_4/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.4.body.1.running_var", "stage3_batchnorm13_running_var", [512],
    "C4/bottleneck_4/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.4.body.3.weight", "stage3_conv22_weight", [512, 16, 3, 3],
    "C4/bottleneck_4/conv1/weights"),
  SEGoldenRow(
    "features.6.4.body.4.gamma", "stage3_batchnorm14_gamma", [512],
    "C4/bottleneck_4/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.4.body.4.beta", "stage3_batchnorm14_beta", [512],
    "C4/bottleneck_4/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.4.body.4.running_mean", "stage3_batchnorm14_running_mean", [512],
    "C4/bottleneck_4/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.4.body.4.running_var", "stage3_batchnorm14_running_var", [512],
    "C4/bottleneck_4/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.4.body.6.weight", "stage3_conv23_weight", [1024, 512, 1, 1],
    "C4/bottleneck_4/conv2/weights"),
  SEGoldenRow(
    "features.6.4.body.7.gamma", "stage3_batchnorm15_gamma", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.4.body.7.beta", "stage3_batchnorm15_beta", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.4.body.7.running_mean", "stage3_batchnorm15_running_mean", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.4.body.7.running_var", "stage3_batchnorm15_running_var", [1024],
    "C4/bottleneck_4/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.4.se.0.weight", "stage3_conv24_weight", [64, 1024, 1, 1],
    "C4/bottleneck_4/se/fc0/weights"),
  SEGoldenRow(
    "features.6.4.se.0.bias", "stage3_conv24_bias", [64], "C4/bottleneck_4/se/fc0/biases"),
  SEGoldenRow(
    "features.6.4.se.2.weight", "stage3_conv25_weight", [1024, 64, 1, 1],
    "C4/bottleneck_4/se/fc1/weights"),
  SEGoldenRow(
    "features.6.4.se.2.bias", "stage3_conv25_bias", [1024], "C4/bottleneck_4/se/fc1/biases"),
  SEGoldenRow(
    "features.6.5.body.0.weight", "stage3_conv26_weight", [512, 1024, 1, 1],
    "C4/bottleneck_5/conv0/weights"),
  SEGoldenRow(
    "features.6.5.body.1.gamma", "stage3_batchnorm16_gamma", [512],
    "C4/bottleneck_5/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.5.body.1.beta", "stage3_batchnorm16_beta", [512],
    "C4/bottleneck_5/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.5.body.1.running_mean", "stage3_batchnorm16_running_mean", [512],
    "C4/bottleneck_5/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.5.body.1.running_var", "stage3_batchnorm16_running_var", [512],
    "C4/bottleneck_5/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.5.body.3.weight", "stage3_conv27_weight", [512, 16, 3, 3],
    "C4/bottleneck_5/conv1/weights"),
  SEGoldenRow(
    "features.6.5.body.4.gamma", "stage3_batchnorm17_gamma", [512],
    "C4/bottleneck_5/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.5.body.4.beta", "stage3_batchnorm17_beta", [512],
    "C4/bottleneck_5/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.5.body.4.running_mean", "stage3_batchnorm17_running_mean", [512],
    "C4/bottleneck_5/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.5.body.4.running_var", "stage3_batchnorm17_running_var", [512],
    "C4/bottleneck_5/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.5.body.6.weight", "stage3_conv28_weight", [1024, 512, 1, 1],
    "C4/bottleneck_5/conv2/weights"),
  SEGoldenRow(
    "features.6.5.body.7.gamma", "stage3_batchnorm18_gamma", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.5.body.7.beta", "stage3_batchnorm18_beta", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.5.body.7.running_mean", "stage3_batchnorm18_running_mean", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.5.body.7.running_var", "stage3_batchnorm18_running_var", [1024],
    "C4/bottleneck_5/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.5.se.0.weight", "stage3_conv29_weight", [64, 1024, 1, 1],
    "C4/bottleneck_5/se/fc0/weights"),
  SEGoldenRow(
    "features.6.5.se.0.bias", "stage3_conv29_bias", [64], "C4/bottleneck_5/se/fc0/biases"),
  SEGoldenRow(
    "features.6.5.se.2.weight", "stage3_conv30_weight", [1024, 64, 1, 1],
    "C4/bottleneck_5/se/fc1/weights"),
  SEGoldenRow(
    "features.6.5.se.2.bias", "stage3_conv30_bias", [1024], "C4/bottleneck_5/se/fc1/biases"),
  SEGoldenRow(
    "features.7.0.body.0.weight", "stage4_conv0_weight", [1024, 1024, 1, 1],
    "C5/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.7.0.body.1.gamma", "stage4_batchnorm0_gamma", [1024],
    "C5/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.body.1.beta", "stage4_batchnorm0_beta", [1024],
    "C5/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.body.1.running_mean", "stage4_batchnorm0_running_mean", [1024],
    "C5/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.body.1.running_var", "stage4_batchnorm0_running_var", [1024],
    "C5/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.body.3.weight", "stage4_conv1_weight", [1024, 32, 3, 3],
    "C5/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.7.0.body.4.gamma", "stage4_batchnorm1_gamma", [1024],
    "C5/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.body.4.beta", "stage4_batchnorm1_beta", [1024],
    "C5/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.body.4.running_mean", "stage4_batchnorm1_running_mean", [1024],
    "C5/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.body.4.running_var", "stage4_batchnorm1_running_var", [1024],
    "C5/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.body.6.weight", "stage4_conv2_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.7.0.body.7.gamma", "stage4_batchnorm2_gamma", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.body.7.beta", "stage4_batchnorm2_beta", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.body.7.running_mean", "stage4_batchnorm2_running_mean", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.body.7.running_var", "stage4_batchnorm2_running_var", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.se.0.weight", "stage4_conv3_weight", [128, 2048, 1, 1],
    "C5/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.7.0.se.0.bias", "stage4_conv3_bias", [128], "C5/bottleneck_0/se/fc0/biases"),
  SEGoldenRow(
    "features.7.0.se.2.weight", "stage4_conv4_weight", [2048, 128, 1, 1],
    "C5/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.7.0.se.2.bias", "stage4_conv4_bias", [2048], "C5/bottleneck_0/se/fc1/biases"),
  SEGoldenRow(
    "features.7.0.downsample.0.weight", "stage4_conv5_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.7.0.downsample.1.gamma", "stage4_batchnorm3_gamma", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.downsample.1.beta", "stage4_batchnorm3_beta", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.0.downsample.1.running_mean", "stage4_batchnorm3_running_mean", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.downsample.1.running_var", "stage4_batchnorm3_running_var", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.body.0.weight", "stage4_conv6_weight", [1024, 2048, 1, 1],
    "C5/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.7.1.body.1.gamma", "stage4_batchnorm4_gamma", [1024],
    "C5/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.body.1.beta", "stage4_batchnorm4_beta", [1024],
    "C5/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.1.body.1.running_mean", "stage4_batchnorm4_running_mean", [1024],
    "C5/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.body.1.running_var", "stage4_batchnorm4_running_var", [1024],
    "C5/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.body.3.weight", "stage4_conv7_weight", [1024, 32, 3, 3],
    "C5/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.7.1.body.4.gamma", "stage4_batchnorm5_gamma", [1024],
    "C5/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.body.4.beta", "stage4_batchnorm5_beta", [1024],
    "C5/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.1.body.4.running_mean", "stage4_batchnorm5_running_mean", [1024],
    "C5/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.body.4.running_var", "stage4_batchnorm5_running_var", [1024],
    "C5/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.body.6.weight", "stage4_conv8_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.7.1.body.7.gamma", "stage4_batchnorm6_gamma", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.body.7.beta", "stage4_batchnorm6_beta", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.1.body.7.running_mean", "stage4_batchnorm6_running_mean", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.body.7.running_var", "stage4_batchnorm6_running_var", [2048],
    "C5/bottleneck_1/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.se.0.weight", "stage4_conv9_weight", [128, 2048, 1, 1],
    "C5/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.7.1.se.0.bias", "stage4_conv9_bias", [128], "C5/bottleneck_1/se/fc0/biases"),
  SEGoldenRow(
    "features.7.1.se.2.weight", "stage4_conv10_weight", [2048, 128, 1, 1],
    "C5/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.7.1.se.2.bias", "stage4_conv10_bias", [2048], "C5/bottleneck_1/se/fc1/biases"),
  SEGoldenRow(
    "features.7.2.body.0.weight", "stage4_conv11_weight", [1024, 2048, 1, 1],
    "C5/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.7.2.body.1.gamma", "stage4_batchnorm7_gamma", [1024],
    "C5/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.body.1.beta", "stage4_batchnorm7_beta", [1024],
    "C5/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.2.body.1.running_mean", "stage4_batchnorm7_running_mean", [1024],
    "C5/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.body.1.running_var", "stage4_batchnorm7_running_var", [1024],
    "C5/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.body.3.weight", "stage4_conv12_weight", [1024, 32, 3, 3],
    "C5/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.7.2.body.4.gamma", "stage4_batchnorm8_gamma", [1024],
    "C5/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.body.4.beta", "stage4_batchnorm8_beta", [1024],
    "C5/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.2.body.4.running_mean", "stage4_batchnorm8_running_mean", [1024],
    "C5/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.body.4.running_var", "stage4_batchnorm8_running_var", [1024],
    "C5/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.body.6.weight", "stage4_conv13_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.7.2.body.7.gamma", "stage4_batchnorm9_gamma", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.body.7.beta", "stage4_batchnorm9_beta", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.2.body.7.running_mean", "stage4_batchnorm9_running_mean", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.body.7.running_var", "stage4_batchnorm9_running_var", [2048],
    "C5/bottleneck_2/conv2/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.se.0.weight", "stage4_conv14_weight", [128, 2048, 1, 1],
    "C5/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.7.2.se.0.bias", "stage4_conv14_bias", [128], "C5/bottleneck_2/se/fc0/biases"),
  SEGoldenRow(
    "features.7.2.se.2.weight", "stage4_conv15_weight", [2048, 128, 1, 1],
    "C5/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.7.2.se.2.bias", "stage4_conv15_bias", [2048], "C5/bottleneck_2/se/fc1/biases"),
  SEGoldenRow("output.weight", "dense0_weight", [1000, 2048], "logits/weights"),
  SEGoldenRow("output.bias", "dense0_bias", [1000], "logits/biases"),
]
