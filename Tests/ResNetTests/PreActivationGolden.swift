import ResNet

/// GluonCV `resnet18_v2()`: `save_parameters` order and names, `collect_params()` names
/// (the automatic prefix `resnetv20_` stripped) and shapes, and the TensorFlow path
/// docs/naming.md gives each.
let resnet18V2Golden: [SEGoldenRow] = [
  SEGoldenRow("features.0.gamma", "batchnorm0_gamma", [3], "C1/data_bn/gamma"),
  SEGoldenRow("features.0.beta", "batchnorm0_beta", [3], "C1/data_bn/beta"),
  SEGoldenRow("features.0.running_mean", "batchnorm0_running_mean", [3], "C1/data_bn/moving_mean"),
  SEGoldenRow(
    "features.0.running_var", "batchnorm0_running_var", [3], "C1/data_bn/moving_variance"),
  SEGoldenRow("features.1.weight", "conv0_weight", [64, 3, 7, 7], "C1/conv0/weights"),
  SEGoldenRow("features.2.gamma", "batchnorm1_gamma", [64], "C1/conv0/BatchNorm/gamma"),
  SEGoldenRow("features.2.beta", "batchnorm1_beta", [64], "C1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.2.running_mean", "batchnorm1_running_mean", [64], "C1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.2.running_var", "batchnorm1_running_var", [64], "C1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.bn1.gamma", "stage1_batchnorm0_gamma", [64], "C2/basicblock_0/preact/gamma"),
  SEGoldenRow(
    "features.5.0.bn1.beta", "stage1_batchnorm0_beta", [64], "C2/basicblock_0/preact/beta"),
  SEGoldenRow(
    "features.5.0.bn1.running_mean", "stage1_batchnorm0_running_mean", [64],
    "C2/basicblock_0/preact/moving_mean"),
  SEGoldenRow(
    "features.5.0.bn1.running_var", "stage1_batchnorm0_running_var", [64],
    "C2/basicblock_0/preact/moving_variance"),
  SEGoldenRow(
    "features.5.0.conv1.weight", "stage1_conv0_weight", [64, 64, 3, 3],
    "C2/basicblock_0/conv0/weights"),
  SEGoldenRow(
    "features.5.0.bn2.gamma", "stage1_batchnorm1_gamma", [64],
    "C2/basicblock_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.bn2.beta", "stage1_batchnorm1_beta", [64], "C2/basicblock_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.bn2.running_mean", "stage1_batchnorm1_running_mean", [64],
    "C2/basicblock_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.bn2.running_var", "stage1_batchnorm1_running_var", [64],
    "C2/basicblock_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.conv2.weight", "stage1_conv1_weight", [64, 64, 3, 3],
    "C2/basicblock_0/conv1/weights"),
  SEGoldenRow(
    "features.5.1.bn1.gamma", "stage1_batchnorm2_gamma", [64], "C2/basicblock_1/preact/gamma"),
  SEGoldenRow(
    "features.5.1.bn1.beta", "stage1_batchnorm2_beta", [64], "C2/basicblock_1/preact/beta"),
  SEGoldenRow(
    "features.5.1.bn1.running_mean", "stage1_batchnorm2_running_mean", [64],
    "C2/basicblock_1/preact/moving_mean"),
  SEGoldenRow(
    "features.5.1.bn1.running_var", "stage1_batchnorm2_running_var", [64],
    "C2/basicblock_1/preact/moving_variance"),
  SEGoldenRow(
    "features.5.1.conv1.weight", "stage1_conv2_weight", [64, 64, 3, 3],
    "C2/basicblock_1/conv0/weights"),
  SEGoldenRow(
    "features.5.1.bn2.gamma", "stage1_batchnorm3_gamma", [64],
    "C2/basicblock_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.bn2.beta", "stage1_batchnorm3_beta", [64], "C2/basicblock_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.bn2.running_mean", "stage1_batchnorm3_running_mean", [64],
    "C2/basicblock_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.bn2.running_var", "stage1_batchnorm3_running_var", [64],
    "C2/basicblock_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.conv2.weight", "stage1_conv3_weight", [64, 64, 3, 3],
    "C2/basicblock_1/conv1/weights"),
  SEGoldenRow(
    "features.6.0.bn1.gamma", "stage2_batchnorm0_gamma", [64], "C3/basicblock_0/preact/gamma"),
  SEGoldenRow(
    "features.6.0.bn1.beta", "stage2_batchnorm0_beta", [64], "C3/basicblock_0/preact/beta"),
  SEGoldenRow(
    "features.6.0.bn1.running_mean", "stage2_batchnorm0_running_mean", [64],
    "C3/basicblock_0/preact/moving_mean"),
  SEGoldenRow(
    "features.6.0.bn1.running_var", "stage2_batchnorm0_running_var", [64],
    "C3/basicblock_0/preact/moving_variance"),
  SEGoldenRow(
    "features.6.0.conv1.weight", "stage2_conv0_weight", [128, 64, 3, 3],
    "C3/basicblock_0/conv0/weights"),
  SEGoldenRow(
    "features.6.0.bn2.gamma", "stage2_batchnorm1_gamma", [128],
    "C3/basicblock_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.bn2.beta", "stage2_batchnorm1_beta", [128], "C3/basicblock_0/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.0.bn2.running_mean", "stage2_batchnorm1_running_mean", [128],
    "C3/basicblock_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.bn2.running_var", "stage2_batchnorm1_running_var", [128],
    "C3/basicblock_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.conv2.weight", "stage2_conv1_weight", [128, 128, 3, 3],
    "C3/basicblock_0/conv1/weights"),
  SEGoldenRow(
    "features.6.0.downsample.weight", "stage2_conv2_weight", [128, 64, 1, 1],
    "C3/basicblock_0/shortcut/weights"),
  SEGoldenRow(
    "features.6.1.bn1.gamma", "stage2_batchnorm2_gamma", [128], "C3/basicblock_1/preact/gamma"),
  SEGoldenRow(
    "features.6.1.bn1.beta", "stage2_batchnorm2_beta", [128], "C3/basicblock_1/preact/beta"),
  SEGoldenRow(
    "features.6.1.bn1.running_mean", "stage2_batchnorm2_running_mean", [128],
    "C3/basicblock_1/preact/moving_mean"),
  SEGoldenRow(
    "features.6.1.bn1.running_var", "stage2_batchnorm2_running_var", [128],
    "C3/basicblock_1/preact/moving_variance"),
  SEGoldenRow(
    "features.6.1.conv1.weight", "stage2_conv3_weight", [128, 128, 3, 3],
    "C3/basicblock_1/conv0/weights"),
  SEGoldenRow(
    "features.6.1.bn2.gamma", "stage2_batchnorm3_gamma", [128],
    "C3/basicblock_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.bn2.beta", "stage2_batchnorm3_beta", [128], "C3/basicblock_1/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.1.bn2.running_mean", "stage2_batchnorm3_running_mean", [128],
    "C3/basicblock_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.bn2.running_var", "stage2_batchnorm3_running_var", [128],
    "C3/basicblock_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.conv2.weight", "stage2_conv4_weight", [128, 128, 3, 3],
    "C3/basicblock_1/conv1/weights"),
  SEGoldenRow(
    "features.7.0.bn1.gamma", "stage3_batchnorm0_gamma", [128], "C4/basicblock_0/preact/gamma"),
  SEGoldenRow(
    "features.7.0.bn1.beta", "stage3_batchnorm0_beta", [128], "C4/basicblock_0/preact/beta"),
  SEGoldenRow(
    "features.7.0.bn1.running_mean", "stage3_batchnorm0_running_mean", [128],
    "C4/basicblock_0/preact/moving_mean"),
  SEGoldenRow(
    "features.7.0.bn1.running_var", "stage3_batchnorm0_running_var", [128],
    "C4/basicblock_0/preact/moving_variance"),
  SEGoldenRow(
    "features.7.0.conv1.weight", "stage3_conv0_weight", [256, 128, 3, 3],
    "C4/basicblock_0/conv0/weights"),
  SEGoldenRow(
    "features.7.0.bn2.gamma", "stage3_batchnorm1_gamma", [256],
    "C4/basicblock_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.bn2.beta", "stage3_batchnorm1_beta", [256], "C4/basicblock_0/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.0.bn2.running_mean", "stage3_batchnorm1_running_mean", [256],
    "C4/basicblock_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.bn2.running_var", "stage3_batchnorm1_running_var", [256],
    "C4/basicblock_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.conv2.weight", "stage3_conv1_weight", [256, 256, 3, 3],
    "C4/basicblock_0/conv1/weights"),
  SEGoldenRow(
    "features.7.0.downsample.weight", "stage3_conv2_weight", [256, 128, 1, 1],
    "C4/basicblock_0/shortcut/weights"),
  SEGoldenRow(
    "features.7.1.bn1.gamma", "stage3_batchnorm2_gamma", [256], "C4/basicblock_1/preact/gamma"),
  SEGoldenRow(
    "features.7.1.bn1.beta", "stage3_batchnorm2_beta", [256], "C4/basicblock_1/preact/beta"),
  SEGoldenRow(
    "features.7.1.bn1.running_mean", "stage3_batchnorm2_running_mean", [256],
    "C4/basicblock_1/preact/moving_mean"),
  SEGoldenRow(
    "features.7.1.bn1.running_var", "stage3_batchnorm2_running_var", [256],
    "C4/basicblock_1/preact/moving_variance"),
  SEGoldenRow(
    "features.7.1.conv1.weight", "stage3_conv3_weight", [256, 256, 3, 3],
    "C4/basicblock_1/conv0/weights"),
  SEGoldenRow(
    "features.7.1.bn2.gamma", "stage3_batchnorm3_gamma", [256],
    "C4/basicblock_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.bn2.beta", "stage3_batchnorm3_beta", [256], "C4/basicblock_1/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.1.bn2.running_mean", "stage3_batchnorm3_running_mean", [256],
    "C4/basicblock_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.bn2.running_var", "stage3_batchnorm3_running_var", [256],
    "C4/basicblock_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.conv2.weight", "stage3_conv4_weight", [256, 256, 3, 3],
    "C4/basicblock_1/conv1/weights"),
  SEGoldenRow(
    "features.8.0.bn1.gamma", "stage4_batchnorm0_gamma", [256], "C5/basicblock_0/preact/gamma"),
  SEGoldenRow(
    "features.8.0.bn1.beta", "stage4_batchnorm0_beta", [256], "C5/basicblock_0/preact/beta"),
  SEGoldenRow(
    "features.8.0.bn1.running_mean", "stage4_batchnorm0_running_mean", [256],
    "C5/basicblock_0/preact/moving_mean"),
  SEGoldenRow(
    "features.8.0.bn1.running_var", "stage4_batchnorm0_running_var", [256],
    "C5/basicblock_0/preact/moving_variance"),
  SEGoldenRow(
    "features.8.0.conv1.weight", "stage4_conv0_weight", [512, 256, 3, 3],
    "C5/basicblock_0/conv0/weights"),
  SEGoldenRow(
    "features.8.0.bn2.gamma", "stage4_batchnorm1_gamma", [512],
    "C5/basicblock_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.0.bn2.beta", "stage4_batchnorm1_beta", [512], "C5/basicblock_0/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.0.bn2.running_mean", "stage4_batchnorm1_running_mean", [512],
    "C5/basicblock_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.0.bn2.running_var", "stage4_batchnorm1_running_var", [512],
    "C5/basicblock_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.0.conv2.weight", "stage4_conv1_weight", [512, 512, 3, 3],
    "C5/basicblock_0/conv1/weights"),
  SEGoldenRow(
    "features.8.0.downsample.weight", "stage4_conv2_weight", [512, 256, 1, 1],
    "C5/basicblock_0/shortcut/weights"),
  SEGoldenRow(
    "features.8.1.bn1.gamma", "stage4_batchnorm2_gamma", [512], "C5/basicblock_1/preact/gamma"),
  SEGoldenRow(
    "features.8.1.bn1.beta", "stage4_batchnorm2_beta", [512], "C5/basicblock_1/preact/beta"),
  SEGoldenRow(
    "features.8.1.bn1.running_mean", "stage4_batchnorm2_running_mean", [512],
    "C5/basicblock_1/preact/moving_mean"),
  SEGoldenRow(
    "features.8.1.bn1.running_var", "stage4_batchnorm2_running_var", [512],
    "C5/basicblock_1/preact/moving_variance"),
  SEGoldenRow(
    "features.8.1.conv1.weight", "stage4_conv3_weight", [512, 512, 3, 3],
    "C5/basicblock_1/conv0/weights"),
  SEGoldenRow(
    "features.8.1.bn2.gamma", "stage4_batchnorm3_gamma", [512],
    "C5/basicblock_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.1.bn2.beta", "stage4_batchnorm3_beta", [512], "C5/basicblock_1/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.1.bn2.running_mean", "stage4_batchnorm3_running_mean", [512],
    "C5/basicblock_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.1.bn2.running_var", "stage4_batchnorm3_running_var", [512],
    "C5/basicblock_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.1.conv2.weight", "stage4_conv4_weight", [512, 512, 3, 3],
    "C5/basicblock_1/conv1/weights"),
  SEGoldenRow("features.9.gamma", "batchnorm2_gamma", [512], "postnorm/gamma"),
  SEGoldenRow("features.9.beta", "batchnorm2_beta", [512], "postnorm/beta"),
  SEGoldenRow("features.9.running_mean", "batchnorm2_running_mean", [512], "postnorm/moving_mean"),
  SEGoldenRow(
    "features.9.running_var", "batchnorm2_running_var", [512], "postnorm/moving_variance"),
  SEGoldenRow("output.weight", "dense0_weight", [1000, 512], "logits/weights"),
  SEGoldenRow("output.bias", "dense0_bias", [1000], "logits/biases"),
]

/// GluonCV `se_resnet50_v2()`: `save_parameters` order and names, `collect_params()` names
/// (the automatic prefix `resnetv21_` stripped) and shapes, and the TensorFlow path
/// docs/naming.md gives each.
let seResnet50V2Golden: [SEGoldenRow] = [
  SEGoldenRow("features.0.gamma", "batchnorm0_gamma", [3], "C1/data_bn/gamma"),
  SEGoldenRow("features.0.beta", "batchnorm0_beta", [3], "C1/data_bn/beta"),
  SEGoldenRow("features.0.running_mean", "batchnorm0_running_mean", [3], "C1/data_bn/moving_mean"),
  SEGoldenRow(
    "features.0.running_var", "batchnorm0_running_var", [3], "C1/data_bn/moving_variance"),
  SEGoldenRow("features.1.weight", "conv0_weight", [64, 3, 7, 7], "C1/conv0/weights"),
  SEGoldenRow("features.2.gamma", "batchnorm1_gamma", [64], "C1/conv0/BatchNorm/gamma"),
  SEGoldenRow("features.2.beta", "batchnorm1_beta", [64], "C1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.2.running_mean", "batchnorm1_running_mean", [64], "C1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.2.running_var", "batchnorm1_running_var", [64], "C1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.bn1.gamma", "stage1_batchnorm0_gamma", [64], "C2/bottleneck_0/preact/gamma"),
  SEGoldenRow(
    "features.5.0.bn1.beta", "stage1_batchnorm0_beta", [64], "C2/bottleneck_0/preact/beta"),
  SEGoldenRow(
    "features.5.0.bn1.running_mean", "stage1_batchnorm0_running_mean", [64],
    "C2/bottleneck_0/preact/moving_mean"),
  SEGoldenRow(
    "features.5.0.bn1.running_var", "stage1_batchnorm0_running_var", [64],
    "C2/bottleneck_0/preact/moving_variance"),
  SEGoldenRow(
    "features.5.0.conv1.weight", "stage1_conv0_weight", [64, 64, 1, 1],
    "C2/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.5.0.bn2.gamma", "stage1_batchnorm1_gamma", [64],
    "C2/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.bn2.beta", "stage1_batchnorm1_beta", [64], "C2/bottleneck_0/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.bn2.running_mean", "stage1_batchnorm1_running_mean", [64],
    "C2/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.bn2.running_var", "stage1_batchnorm1_running_var", [64],
    "C2/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.conv2.weight", "stage1_conv1_weight", [64, 64, 3, 3],
    "C2/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.5.0.bn3.gamma", "stage1_batchnorm2_gamma", [64],
    "C2/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.0.bn3.beta", "stage1_batchnorm2_beta", [64], "C2/bottleneck_0/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.0.bn3.running_mean", "stage1_batchnorm2_running_mean", [64],
    "C2/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.0.bn3.running_var", "stage1_batchnorm2_running_var", [64],
    "C2/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.0.conv3.weight", "stage1_conv2_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.5.0.se.0.weight", "stage1_dense0_weight", [16, 256], "C2/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.5.0.se.2.weight", "stage1_dense1_weight", [256, 16], "C2/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.5.0.downsample.weight", "stage1_conv3_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.5.1.bn1.gamma", "stage1_batchnorm3_gamma", [256], "C2/bottleneck_1/preact/gamma"),
  SEGoldenRow(
    "features.5.1.bn1.beta", "stage1_batchnorm3_beta", [256], "C2/bottleneck_1/preact/beta"),
  SEGoldenRow(
    "features.5.1.bn1.running_mean", "stage1_batchnorm3_running_mean", [256],
    "C2/bottleneck_1/preact/moving_mean"),
  SEGoldenRow(
    "features.5.1.bn1.running_var", "stage1_batchnorm3_running_var", [256],
    "C2/bottleneck_1/preact/moving_variance"),
  SEGoldenRow(
    "features.5.1.conv1.weight", "stage1_conv4_weight", [64, 256, 1, 1],
    "C2/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.5.1.bn2.gamma", "stage1_batchnorm4_gamma", [64],
    "C2/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.bn2.beta", "stage1_batchnorm4_beta", [64], "C2/bottleneck_1/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.bn2.running_mean", "stage1_batchnorm4_running_mean", [64],
    "C2/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.bn2.running_var", "stage1_batchnorm4_running_var", [64],
    "C2/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.conv2.weight", "stage1_conv5_weight", [64, 64, 3, 3],
    "C2/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.5.1.bn3.gamma", "stage1_batchnorm5_gamma", [64],
    "C2/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.1.bn3.beta", "stage1_batchnorm5_beta", [64], "C2/bottleneck_1/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.1.bn3.running_mean", "stage1_batchnorm5_running_mean", [64],
    "C2/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.1.bn3.running_var", "stage1_batchnorm5_running_var", [64],
    "C2/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.1.conv3.weight", "stage1_conv6_weight", [256, 64, 1, 1],
    "C2/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.5.1.se.0.weight", "stage1_dense2_weight", [16, 256], "C2/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.5.1.se.2.weight", "stage1_dense3_weight", [256, 16], "C2/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.5.2.bn1.gamma", "stage1_batchnorm6_gamma", [256], "C2/bottleneck_2/preact/gamma"),
  SEGoldenRow(
    "features.5.2.bn1.beta", "stage1_batchnorm6_beta", [256], "C2/bottleneck_2/preact/beta"),
  SEGoldenRow(
    "features.5.2.bn1.running_mean", "stage1_batchnorm6_running_mean", [256],
    "C2/bottleneck_2/preact/moving_mean"),
  SEGoldenRow(
    "features.5.2.bn1.running_var", "stage1_batchnorm6_running_var", [256],
    "C2/bottleneck_2/preact/moving_variance"),
  SEGoldenRow(
    "features.5.2.conv1.weight", "stage1_conv7_weight", [64, 256, 1, 1],
    "C2/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.5.2.bn2.gamma", "stage1_batchnorm7_gamma", [64],
    "C2/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.bn2.beta", "stage1_batchnorm7_beta", [64], "C2/bottleneck_2/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.bn2.running_mean", "stage1_batchnorm7_running_mean", [64],
    "C2/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.bn2.running_var", "stage1_batchnorm7_running_var", [64],
    "C2/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.conv2.weight", "stage1_conv8_weight", [64, 64, 3, 3],
    "C2/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.5.2.bn3.gamma", "stage1_batchnorm8_gamma", [64],
    "C2/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.5.2.bn3.beta", "stage1_batchnorm8_beta", [64], "C2/bottleneck_2/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.5.2.bn3.running_mean", "stage1_batchnorm8_running_mean", [64],
    "C2/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.5.2.bn3.running_var", "stage1_batchnorm8_running_var", [64],
    "C2/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.5.2.conv3.weight", "stage1_conv9_weight", [256, 64, 1, 1],
    "C2/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.5.2.se.0.weight", "stage1_dense4_weight", [16, 256], "C2/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.5.2.se.2.weight", "stage1_dense5_weight", [256, 16], "C2/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.6.0.bn1.gamma", "stage2_batchnorm0_gamma", [256], "C3/bottleneck_0/preact/gamma"),
  SEGoldenRow(
    "features.6.0.bn1.beta", "stage2_batchnorm0_beta", [256], "C3/bottleneck_0/preact/beta"),
  SEGoldenRow(
    "features.6.0.bn1.running_mean", "stage2_batchnorm0_running_mean", [256],
    "C3/bottleneck_0/preact/moving_mean"),
  SEGoldenRow(
    "features.6.0.bn1.running_var", "stage2_batchnorm0_running_var", [256],
    "C3/bottleneck_0/preact/moving_variance"),
  SEGoldenRow(
    "features.6.0.conv1.weight", "stage2_conv0_weight", [128, 256, 1, 1],
    "C3/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.6.0.bn2.gamma", "stage2_batchnorm1_gamma", [128],
    "C3/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.bn2.beta", "stage2_batchnorm1_beta", [128], "C3/bottleneck_0/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.0.bn2.running_mean", "stage2_batchnorm1_running_mean", [128],
    "C3/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.bn2.running_var", "stage2_batchnorm1_running_var", [128],
    "C3/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.conv2.weight", "stage2_conv1_weight", [128, 128, 3, 3],
    "C3/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.6.0.bn3.gamma", "stage2_batchnorm2_gamma", [128],
    "C3/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.0.bn3.beta", "stage2_batchnorm2_beta", [128], "C3/bottleneck_0/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.0.bn3.running_mean", "stage2_batchnorm2_running_mean", [128],
    "C3/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.0.bn3.running_var", "stage2_batchnorm2_running_var", [128],
    "C3/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.0.conv3.weight", "stage2_conv2_weight", [512, 128, 1, 1],
    "C3/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.6.0.se.0.weight", "stage2_dense0_weight", [32, 512], "C3/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.6.0.se.2.weight", "stage2_dense1_weight", [512, 32], "C3/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.6.0.downsample.weight", "stage2_conv3_weight", [512, 256, 1, 1],
    "C3/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.6.1.bn1.gamma", "stage2_batchnorm3_gamma", [512], "C3/bottleneck_1/preact/gamma"),
  SEGoldenRow(
    "features.6.1.bn1.beta", "stage2_batchnorm3_beta", [512], "C3/bottleneck_1/preact/beta"),
  SEGoldenRow(
    "features.6.1.bn1.running_mean", "stage2_batchnorm3_running_mean", [512],
    "C3/bottleneck_1/preact/moving_mean"),
  SEGoldenRow(
    "features.6.1.bn1.running_var", "stage2_batchnorm3_running_var", [512],
    "C3/bottleneck_1/preact/moving_variance"),
  SEGoldenRow(
    "features.6.1.conv1.weight", "stage2_conv4_weight", [128, 512, 1, 1],
    "C3/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.6.1.bn2.gamma", "stage2_batchnorm4_gamma", [128],
    "C3/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.bn2.beta", "stage2_batchnorm4_beta", [128], "C3/bottleneck_1/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.1.bn2.running_mean", "stage2_batchnorm4_running_mean", [128],
    "C3/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.bn2.running_var", "stage2_batchnorm4_running_var", [128],
    "C3/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.conv2.weight", "stage2_conv5_weight", [128, 128, 3, 3],
    "C3/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.6.1.bn3.gamma", "stage2_batchnorm5_gamma", [128],
    "C3/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.1.bn3.beta", "stage2_batchnorm5_beta", [128], "C3/bottleneck_1/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.1.bn3.running_mean", "stage2_batchnorm5_running_mean", [128],
    "C3/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.1.bn3.running_var", "stage2_batchnorm5_running_var", [128],
    "C3/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.1.conv3.weight", "stage2_conv6_weight", [512, 128, 1, 1],
    "C3/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.6.1.se.0.weight", "stage2_dense2_weight", [32, 512], "C3/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.6.1.se.2.weight", "stage2_dense3_weight", [512, 32], "C3/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.6.2.bn1.gamma", "stage2_batchnorm6_gamma", [512], "C3/bottleneck_2/preact/gamma"),
  SEGoldenRow(
    "features.6.2.bn1.beta", "stage2_batchnorm6_beta", [512], "C3/bottleneck_2/preact/beta"),
  SEGoldenRow(
    "features.6.2.bn1.running_mean", "stage2_batchnorm6_running_mean", [512],
    "C3/bottleneck_2/preact/moving_mean"),
  SEGoldenRow(
    "features.6.2.bn1.running_var", "stage2_batchnorm6_running_var", [512],
    "C3/bottleneck_2/preact/moving_variance"),
  SEGoldenRow(
    "features.6.2.conv1.weight", "stage2_conv7_weight", [128, 512, 1, 1],
    "C3/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.6.2.bn2.gamma", "stage2_batchnorm7_gamma", [128],
    "C3/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.bn2.beta", "stage2_batchnorm7_beta", [128], "C3/bottleneck_2/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.2.bn2.running_mean", "stage2_batchnorm7_running_mean", [128],
    "C3/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.bn2.running_var", "stage2_batchnorm7_running_var", [128],
    "C3/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.conv2.weight", "stage2_conv8_weight", [128, 128, 3, 3],
    "C3/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.6.2.bn3.gamma", "stage2_batchnorm8_gamma", [128],
    "C3/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.2.bn3.beta", "stage2_batchnorm8_beta", [128], "C3/bottleneck_2/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.6.2.bn3.running_mean", "stage2_batchnorm8_running_mean", [128],
    "C3/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.2.bn3.running_var", "stage2_batchnorm8_running_var", [128],
    "C3/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.2.conv3.weight", "stage2_conv9_weight", [512, 128, 1, 1],
    "C3/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.6.2.se.0.weight", "stage2_dense4_weight", [32, 512], "C3/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.6.2.se.2.weight", "stage2_dense5_weight", [512, 32], "C3/bottleneck_2/se/fc1/weights"),
  SEGoldenRow(
    "features.6.3.bn1.gamma", "stage2_batchnorm9_gamma", [512], "C3/bottleneck_3/preact/gamma"),
  SEGoldenRow(
    "features.6.3.bn1.beta", "stage2_batchnorm9_beta", [512], "C3/bottleneck_3/preact/beta"),
  SEGoldenRow(
    "features.6.3.bn1.running_mean", "stage2_batchnorm9_running_mean", [512],
    "C3/bottleneck_3/preact/moving_mean"),
  SEGoldenRow(
    "features.6.3.bn1.running_var", "stage2_batchnorm9_running_var", [512],
    "C3/bottleneck_3/preact/moving_variance"),
  SEGoldenRow(
    "features.6.3.conv1.weight", "stage2_conv10_weight", [128, 512, 1, 1],
    "C3/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "features.6.3.bn2.gamma", "stage2_batchnorm10_gamma", [128],
    "C3/bottleneck_3/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.bn2.beta", "stage2_batchnorm10_beta", [128],
    "C3/bottleneck_3/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.bn2.running_mean", "stage2_batchnorm10_running_mean", [128],
    "C3/bottleneck_3/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.bn2.running_var", "stage2_batchnorm10_running_var", [128],
    "C3/bottleneck_3/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.conv2.weight", "stage2_conv11_weight", [128, 128, 3, 3],
    "C3/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "features.6.3.bn3.gamma", "stage2_batchnorm11_gamma", [128],
    "C3/bottleneck_3/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.6.3.bn3.beta", "stage2_batchnorm11_beta", [128],
    "C3/bottleneck_3/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.6.3.bn3.running_mean", "stage2_batchnorm11_running_mean", [128],
    "C3/bottleneck_3/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.6.3.bn3.running_var", "stage2_batchnorm11_running_var", [128],
    "C3/bottleneck_3/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.6.3.conv3.weight", "stage2_conv12_weight", [512, 128, 1, 1],
    "C3/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "features.6.3.se.0.weight", "stage2_dense6_weight", [32, 512], "C3/bottleneck_3/se/fc0/weights"),
  SEGoldenRow(
    "features.6.3.se.2.weight", "stage2_dense7_weight", [512, 32], "C3/bottleneck_3/se/fc1/weights"),
  SEGoldenRow(
    "features.7.0.bn1.gamma", "stage3_batchnorm0_gamma", [512], "C4/bottleneck_0/preact/gamma"),
  SEGoldenRow(
    "features.7.0.bn1.beta", "stage3_batchnorm0_beta", [512], "C4/bottleneck_0/preact/beta"),
  SEGoldenRow(
    "features.7.0.bn1.running_mean", "stage3_batchnorm0_running_mean", [512],
    "C4/bottleneck_0/preact/moving_mean"),
  SEGoldenRow(
    "features.7.0.bn1.running_var", "stage3_batchnorm0_running_var", [512],
    "C4/bottleneck_0/preact/moving_variance"),
  SEGoldenRow(
    "features.7.0.conv1.weight", "stage3_conv0_weight", [256, 512, 1, 1],
    "C4/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.7.0.bn2.gamma", "stage3_batchnorm1_gamma", [256],
    "C4/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.bn2.beta", "stage3_batchnorm1_beta", [256], "C4/bottleneck_0/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.0.bn2.running_mean", "stage3_batchnorm1_running_mean", [256],
    "C4/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.bn2.running_var", "stage3_batchnorm1_running_var", [256],
    "C4/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.conv2.weight", "stage3_conv1_weight", [256, 256, 3, 3],
    "C4/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.7.0.bn3.gamma", "stage3_batchnorm2_gamma", [256],
    "C4/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.0.bn3.beta", "stage3_batchnorm2_beta", [256], "C4/bottleneck_0/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.0.bn3.running_mean", "stage3_batchnorm2_running_mean", [256],
    "C4/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.0.bn3.running_var", "stage3_batchnorm2_running_var", [256],
    "C4/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.0.conv3.weight", "stage3_conv2_weight", [1024, 256, 1, 1],
    "C4/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.7.0.se.0.weight", "stage3_dense0_weight", [64, 1024], "C4/bottleneck_0/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.7.0.se.2.weight", "stage3_dense1_weight", [1024, 64], "C4/bottleneck_0/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.7.0.downsample.weight", "stage3_conv3_weight", [1024, 512, 1, 1],
    "C4/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.7.1.bn1.gamma", "stage3_batchnorm3_gamma", [1024], "C4/bottleneck_1/preact/gamma"),
  SEGoldenRow(
    "features.7.1.bn1.beta", "stage3_batchnorm3_beta", [1024], "C4/bottleneck_1/preact/beta"),
  SEGoldenRow(
    "features.7.1.bn1.running_mean", "stage3_batchnorm3_running_mean", [1024],
    "C4/bottleneck_1/preact/moving_mean"),
  SEGoldenRow(
    "features.7.1.bn1.running_var", "stage3_batchnorm3_running_var", [1024],
    "C4/bottleneck_1/preact/moving_variance"),
  SEGoldenRow(
    "features.7.1.conv1.weight", "stage3_conv4_weight", [256, 1024, 1, 1],
    "C4/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.7.1.bn2.gamma", "stage3_batchnorm4_gamma", [256],
    "C4/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.bn2.beta", "stage3_batchnorm4_beta", [256], "C4/bottleneck_1/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.1.bn2.running_mean", "stage3_batchnorm4_running_mean", [256],
    "C4/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.bn2.running_var", "stage3_batchnorm4_running_var", [256],
    "C4/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.conv2.weight", "stage3_conv5_weight", [256, 256, 3, 3],
    "C4/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.7.1.bn3.gamma", "stage3_batchnorm5_gamma", [256],
    "C4/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.1.bn3.beta", "stage3_batchnorm5_beta", [256], "C4/bottleneck_1/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.1.bn3.running_mean", "stage3_batchnorm5_running_mean", [256],
    "C4/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.1.bn3.running_var", "stage3_batchnorm5_running_var", [256],
    "C4/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.1.conv3.weight", "stage3_conv6_weight", [1024, 256, 1, 1],
    "C4/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.7.1.se.0.weight", "stage3_dense2_weight", [64, 1024], "C4/bottleneck_1/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.7.1.se.2.weight", "stage3_dense3_weight", [1024, 64], "C4/bottleneck_1/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.7.2.bn1.gamma", "stage3_batchnorm6_gamma", [1024], "C4/bottleneck_2/preact/gamma"),
  SEGoldenRow(
    "features.7.2.bn1.beta", "stage3_batchnorm6_beta", [1024], "C4/bottleneck_2/preact/beta"),
  SEGoldenRow(
    "features.7.2.bn1.running_mean", "stage3_batchnorm6_running_mean", [1024],
    "C4/bottleneck_2/preact/moving_mean"),
  SEGoldenRow(
    "features.7.2.bn1.running_var", "stage3_batchnorm6_running_var", [1024],
    "C4/bottleneck_2/preact/moving_variance"),
  SEGoldenRow(
    "features.7.2.conv1.weight", "stage3_conv7_weight", [256, 1024, 1, 1],
    "C4/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.7.2.bn2.gamma", "stage3_batchnorm7_gamma", [256],
    "C4/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.bn2.beta", "stage3_batchnorm7_beta", [256], "C4/bottleneck_2/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.2.bn2.running_mean", "stage3_batchnorm7_running_mean", [256],
    "C4/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.bn2.running_var", "stage3_batchnorm7_running_var", [256],
    "C4/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.conv2.weight", "stage3_conv8_weight", [256, 256, 3, 3],
    "C4/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.7.2.bn3.gamma", "stage3_batchnorm8_gamma", [256],
    "C4/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.2.bn3.beta", "stage3_batchnorm8_beta", [256], "C4/bottleneck_2/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.7.2.bn3.running_mean", "stage3_batchnorm8_running_mean", [256],
    "C4/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.2.bn3.running_var", "stage3_batchnorm8_running_var", [256],
    "C4/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.2.conv3.weight", "stage3_conv9_weight", [1024, 256, 1, 1],
    "C4/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.7.2.se.0.weight", "stage3_dense4_weight", [64, 1024], "C4/bottleneck_2/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.7.2.se.2.weight", "stage3_dense5_weight", [1024, 64], "C4/bottleneck_2/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.7.3.bn1.gamma", "stage3_batchnorm9_gamma", [1024], "C4/bottleneck_3/preact/gamma"),
  SEGoldenRow(
    "features.7.3.bn1.beta", "stage3_batchnorm9_beta", [1024], "C4/bottleneck_3/preact/beta"),
  SEGoldenRow(
    "features.7.3.bn1.running_mean", "stage3_batchnorm9_running_mean", [1024],
    "C4/bottleneck_3/preact/moving_mean"),
  SEGoldenRow(
    "features.7.3.bn1.running_var", "stage3_batchnorm9_running_var", [1024],
    "C4/bottleneck_3/preact/moving_variance"),
  SEGoldenRow(
    "features.7.3.conv1.weight", "stage3_conv10_weight", [256, 1024, 1, 1],
    "C4/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "features.7.3.bn2.gamma", "stage3_batchnorm10_gamma", [256],
    "C4/bottleneck_3/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.3.bn2.beta", "stage3_batchnorm10_beta", [256],
    "C4/bottleneck_3/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.3.bn2.running_mean", "stage3_batchnorm10_running_mean", [256],
    "C4/bottleneck_3/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.3.bn2.running_var", "stage3_batchnorm10_running_var", [256],
    "C4/bottleneck_3/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.3.conv2.weight", "stage3_conv11_weight", [256, 256, 3, 3],
    "C4/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "features.7.3.bn3.gamma", "stage3_batchnorm11_gamma", [256],
    "C4/bottleneck_3/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.3.bn3.beta", "stage3_batchnorm11_beta", [256],
    "C4/bottleneck_3/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.3.bn3.running_mean", "stage3_batchnorm11_running_mean", [256],
    "C4/bottleneck_3/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.3.bn3.running_var", "stage3_batchnorm11_running_var", [256],
    "C4/bottleneck_3/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.3.conv3.weight", "stage3_conv12_weight", [1024, 256, 1, 1],
    "C4/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "features.7.3.se.0.weight", "stage3_dense6_weight", [64, 1024], "C4/bottleneck_3/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.7.3.se.2.weight", "stage3_dense7_weight", [1024, 64], "C4/bottleneck_3/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.7.4.bn1.gamma", "stage3_batchnorm12_gamma", [1024], "C4/bottleneck_4/preact/gamma"),
  SEGoldenRow(
    "features.7.4.bn1.beta", "stage3_batchnorm12_beta", [1024], "C4/bottleneck_4/preact/beta"),
  SEGoldenRow(
    "features.7.4.bn1.running_mean", "stage3_batchnorm12_running_mean", [1024],
    "C4/bottleneck_4/preact/moving_mean"),
  SEGoldenRow(
    "features.7.4.bn1.running_var", "stage3_batchnorm12_running_var", [1024],
    "C4/bottleneck_4/preact/moving_variance"),
  SEGoldenRow(
    "features.7.4.conv1.weight", "stage3_conv13_weight", [256, 1024, 1, 1],
    "C4/bottleneck_4/conv0/weights"),
  SEGoldenRow(
    "features.7.4.bn2.gamma", "stage3_batchnorm13_gamma", [256],
    "C4/bottleneck_4/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.4.bn2.beta", "stage3_batchnorm13_beta", [256],
    "C4/bottleneck_4/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.4.bn2.running_mean", "stage3_batchnorm13_running_mean", [256],
    "C4/bottleneck_4/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.4.bn2.running_var", "stage3_batchnorm13_running_var", [256],
    "C4/bottleneck_4/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.4.conv2.weight", "stage3_conv14_weight", [256, 256, 3, 3],
    "C4/bottleneck_4/conv1/weights"),
  SEGoldenRow(
    "features.7.4.bn3.gamma", "stage3_batchnorm14_gamma", [256],
    "C4/bottleneck_4/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.4.bn3.beta", "stage3_batchnorm14_beta", [256],
    "C4/bottleneck_4/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.4.bn3.running_mean", "stage3_batchnorm14_running_mean", [256],
    "C4/bottleneck_4/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.4.bn3.running_var", "stage3_batchnorm14_running_var", [256],
    "C4/bottleneck_4/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.4.conv3.weight", "stage3_conv15_weight", [1024, 256, 1, 1],
    "C4/bottleneck_4/conv2/weights"),
  SEGoldenRow(
    "features.7.4.se.0.weight", "stage3_dense8_weight", [64, 1024], "C4/bottleneck_4/se/fc0/weights"
  ),
  SEGoldenRow(
    "features.7.4.se.2.weight", "stage3_dense9_weight", [1024, 64], "C4/bottleneck_4/se/fc1/weights"
  ),
  SEGoldenRow(
    "features.7.5.bn1.gamma", "stage3_batchnorm15_gamma", [1024], "C4/bottleneck_5/preact/gamma"),
  SEGoldenRow(
    "features.7.5.bn1.beta", "stage3_batchnorm15_beta", [1024], "C4/bottleneck_5/preact/beta"),
  SEGoldenRow(
    "features.7.5.bn1.running_mean", "stage3_batchnorm15_running_mean", [1024],
    "C4/bottleneck_5/preact/moving_mean"),
  SEGoldenRow(
    "features.7.5.bn1.running_var", "stage3_batchnorm15_running_var", [1024],
    "C4/bottleneck_5/preact/moving_variance"),
  SEGoldenRow(
    "features.7.5.conv1.weight", "stage3_conv16_weight", [256, 1024, 1, 1],
    "C4/bottleneck_5/conv0/weights"),
  SEGoldenRow(
    "features.7.5.bn2.gamma", "stage3_batchnorm16_gamma", [256],
    "C4/bottleneck_5/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.5.bn2.beta", "stage3_batchnorm16_beta", [256],
    "C4/bottleneck_5/conv0/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.5.bn2.running_mean", "stage3_batchnorm16_running_mean", [256],
    "C4/bottleneck_5/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.5.bn2.running_var", "stage3_batchnorm16_running_var", [256],
    "C4/bottleneck_5/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.5.conv2.weight", "stage3_conv17_weight", [256, 256, 3, 3],
    "C4/bottleneck_5/conv1/weights"),
  SEGoldenRow(
    "features.7.5.bn3.gamma", "stage3_batchnorm17_gamma", [256],
    "C4/bottleneck_5/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.7.5.bn3.beta", "stage3_batchnorm17_beta", [256],
    "C4/bottleneck_5/conv1/BatchNorm/beta"),
  SEGoldenRow(
    "features.7.5.bn3.running_mean", "stage3_batchnorm17_running_mean", [256],
    "C4/bottleneck_5/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.7.5.bn3.running_var", "stage3_batchnorm17_running_var", [256],
    "C4/bottleneck_5/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.7.5.conv3.weight", "stage3_conv18_weight", [1024, 256, 1, 1],
    "C4/bottleneck_5/conv2/weights"),
  SEGoldenRow(
    "features.7.5.se.0.weight", "stage3_dense10_weight", [64, 1024],
    "C4/bottleneck_5/se/fc0/weights"),
  SEGoldenRow(
    "features.7.5.se.2.weight", "stage3_dense11_weight", [1024, 64],
    "C4/bottleneck_5/se/fc1/weights"),
  SEGoldenRow(
    "features.8.0.bn1.gamma", "stage4_batchnorm0_gamma", [1024], "C5/bottleneck_0/preact/gamma"),
  SEGoldenRow(
    "features.8.0.bn1.beta", "stage4_batchnorm0_beta", [1024], "C5/bottleneck_0/preact/beta"),
  SEGoldenRow(
    "features.8.0.bn1.running_mean", "stage4_batchnorm0_running_mean", [1024],
    "C5/bottleneck_0/preact/moving_mean"),
  SEGoldenRow(
    "features.8.0.bn1.running_var", "stage4_batchnorm0_running_var", [1024],
    "C5/bottleneck_0/preact/moving_variance"),
  SEGoldenRow(
    "features.8.0.conv1.weight", "stage4_conv0_weight", [512, 1024, 1, 1],
    "C5/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "features.8.0.bn2.gamma", "stage4_batchnorm1_gamma", [512],
    "C5/bottleneck_0/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.0.bn2.beta", "stage4_batchnorm1_beta", [512], "C5/bottleneck_0/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.0.bn2.running_mean", "stage4_batchnorm1_running_mean", [512],
    "C5/bottleneck_0/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.0.bn2.running_var", "stage4_batchnorm1_running_var", [512],
    "C5/bottleneck_0/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.0.conv2.weight", "stage4_conv1_weight", [512, 512, 3, 3],
    "C5/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "features.8.0.bn3.gamma", "stage4_batchnorm2_gamma", [512],
    "C5/bottleneck_0/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.0.bn3.beta", "stage4_batchnorm2_beta", [512], "C5/bottleneck_0/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.0.bn3.running_mean", "stage4_batchnorm2_running_mean", [512],
    "C5/bottleneck_0/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.0.bn3.running_var", "stage4_batchnorm2_running_var", [512],
    "C5/bottleneck_0/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.0.conv3.weight", "stage4_conv2_weight", [2048, 512, 1, 1],
    "C5/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "features.8.0.se.0.weight", "stage4_dense0_weight", [128, 2048],
    "C5/bottleneck_0/se/fc0/weights"),
  SEGoldenRow(
    "features.8.0.se.2.weight", "stage4_dense1_weight", [2048, 128],
    "C5/bottleneck_0/se/fc1/weights"),
  SEGoldenRow(
    "features.8.0.downsample.weight", "stage4_conv3_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "features.8.1.bn1.gamma", "stage4_batchnorm3_gamma", [2048], "C5/bottleneck_1/preact/gamma"),
  SEGoldenRow(
    "features.8.1.bn1.beta", "stage4_batchnorm3_beta", [2048], "C5/bottleneck_1/preact/beta"),
  SEGoldenRow(
    "features.8.1.bn1.running_mean", "stage4_batchnorm3_running_mean", [2048],
    "C5/bottleneck_1/preact/moving_mean"),
  SEGoldenRow(
    "features.8.1.bn1.running_var", "stage4_batchnorm3_running_var", [2048],
    "C5/bottleneck_1/preact/moving_variance"),
  SEGoldenRow(
    "features.8.1.conv1.weight", "stage4_conv4_weight", [512, 2048, 1, 1],
    "C5/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "features.8.1.bn2.gamma", "stage4_batchnorm4_gamma", [512],
    "C5/bottleneck_1/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.1.bn2.beta", "stage4_batchnorm4_beta", [512], "C5/bottleneck_1/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.1.bn2.running_mean", "stage4_batchnorm4_running_mean", [512],
    "C5/bottleneck_1/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.1.bn2.running_var", "stage4_batchnorm4_running_var", [512],
    "C5/bottleneck_1/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.1.conv2.weight", "stage4_conv5_weight", [512, 512, 3, 3],
    "C5/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "features.8.1.bn3.gamma", "stage4_batchnorm5_gamma", [512],
    "C5/bottleneck_1/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.1.bn3.beta", "stage4_batchnorm5_beta", [512], "C5/bottleneck_1/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.1.bn3.running_mean", "stage4_batchnorm5_running_mean", [512],
    "C5/bottleneck_1/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.1.bn3.running_var", "stage4_batchnorm5_running_var", [512],
    "C5/bottleneck_1/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.1.conv3.weight", "stage4_conv6_weight", [2048, 512, 1, 1],
    "C5/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "features.8.1.se.0.weight", "stage4_dense2_weight", [128, 2048],
    "C5/bottleneck_1/se/fc0/weights"),
  SEGoldenRow(
    "features.8.1.se.2.weight", "stage4_dense3_weight", [2048, 128],
    "C5/bottleneck_1/se/fc1/weights"),
  SEGoldenRow(
    "features.8.2.bn1.gamma", "stage4_batchnorm6_gamma", [2048], "C5/bottleneck_2/preact/gamma"),
  SEGoldenRow(
    "features.8.2.bn1.beta", "stage4_batchnorm6_beta", [2048], "C5/bottleneck_2/preact/beta"),
  SEGoldenRow(
    "features.8.2.bn1.running_mean", "stage4_batchnorm6_running_mean", [2048],
    "C5/bottleneck_2/preact/moving_mean"),
  SEGoldenRow(
    "features.8.2.bn1.running_var", "stage4_batchnorm6_running_var", [2048],
    "C5/bottleneck_2/preact/moving_variance"),
  SEGoldenRow(
    "features.8.2.conv1.weight", "stage4_conv7_weight", [512, 2048, 1, 1],
    "C5/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "features.8.2.bn2.gamma", "stage4_batchnorm7_gamma", [512],
    "C5/bottleneck_2/conv0/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.2.bn2.beta", "stage4_batchnorm7_beta", [512], "C5/bottleneck_2/conv0/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.2.bn2.running_mean", "stage4_batchnorm7_running_mean", [512],
    "C5/bottleneck_2/conv0/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.2.bn2.running_var", "stage4_batchnorm7_running_var", [512],
    "C5/bottleneck_2/conv0/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.2.conv2.weight", "stage4_conv8_weight", [512, 512, 3, 3],
    "C5/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "features.8.2.bn3.gamma", "stage4_batchnorm8_gamma", [512],
    "C5/bottleneck_2/conv1/BatchNorm/gamma"),
  SEGoldenRow(
    "features.8.2.bn3.beta", "stage4_batchnorm8_beta", [512], "C5/bottleneck_2/conv1/BatchNorm/beta"
  ),
  SEGoldenRow(
    "features.8.2.bn3.running_mean", "stage4_batchnorm8_running_mean", [512],
    "C5/bottleneck_2/conv1/BatchNorm/moving_mean"),
  SEGoldenRow(
    "features.8.2.bn3.running_var", "stage4_batchnorm8_running_var", [512],
    "C5/bottleneck_2/conv1/BatchNorm/moving_variance"),
  SEGoldenRow(
    "features.8.2.conv3.weight", "stage4_conv9_weight", [2048, 512, 1, 1],
    "C5/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "features.8.2.se.0.weight", "stage4_dense4_weight", [128, 2048],
    "C5/bottleneck_2/se/fc0/weights"),
  SEGoldenRow(
    "features.8.2.se.2.weight", "stage4_dense5_weight", [2048, 128],
    "C5/bottleneck_2/se/fc1/weights"),
  SEGoldenRow("features.9.gamma", "batchnorm2_gamma", [2048], "postnorm/gamma"),
  SEGoldenRow("features.9.beta", "batchnorm2_beta", [2048], "postnorm/beta"),
  SEGoldenRow("features.9.running_mean", "batchnorm2_running_mean", [2048], "postnorm/moving_mean"),
  SEGoldenRow(
    "features.9.running_var", "batchnorm2_running_var", [2048], "postnorm/moving_variance"),
  SEGoldenRow("output.weight", "dense0_weight", [1000, 2048], "logits/weights"),
  SEGoldenRow("output.bias", "dense0_bias", [1000], "logits/biases"),
]
