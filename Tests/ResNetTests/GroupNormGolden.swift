/// GluonCV 0.10.5 `resnet50_v1b_gn()` (every norm a `gluoncv.nn.GroupNorm`): `save_parameters`
/// order and names, `collect_params()` names (the `resnetv1b_` prefix stripped) and shapes, and
/// the TensorFlow path docs/naming.md §14 gives each. Rows are `SEGoldenRow`s (structural,
/// counter, shape, TF path), the same four facts.
let resnet50V1bGNGolden: [SEGoldenRow] = [
  SEGoldenRow("conv1.weight", "conv0_weight", [64, 3, 7, 7], "C1/conv0/weights"),
  SEGoldenRow("bn1.gamma", "groupnorm0_gamma", [64], "C1/conv0/GroupNorm/gamma"),
  SEGoldenRow("bn1.beta", "groupnorm0_beta", [64], "C1/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.0.conv1.weight", "layers1_conv0_weight", [64, 64, 1, 1], "C2/bottleneck_0/conv0/weights"
  ),
  SEGoldenRow(
    "layer1.0.bn1.gamma", "layers1_groupnorm0_gamma", [64], "C2/bottleneck_0/conv0/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.0.bn1.beta", "layers1_groupnorm0_beta", [64], "C2/bottleneck_0/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.0.conv2.weight", "layers1_conv1_weight", [64, 64, 3, 3], "C2/bottleneck_0/conv1/weights"
  ),
  SEGoldenRow(
    "layer1.0.bn2.gamma", "layers1_groupnorm1_gamma", [64], "C2/bottleneck_0/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.0.bn2.beta", "layers1_groupnorm1_beta", [64], "C2/bottleneck_0/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.0.conv3.weight", "layers1_conv2_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "layer1.0.bn3.gamma", "layers1_groupnorm2_gamma", [256], "C2/bottleneck_0/conv2/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer1.0.bn3.beta", "layers1_groupnorm2_beta", [256], "C2/bottleneck_0/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.0.downsample.0.weight", "down1_conv0_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "layer1.0.downsample.1.gamma", "down1_groupnorm0_gamma", [256],
    "C2/bottleneck_0/shortcut/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.0.downsample.1.beta", "down1_groupnorm0_beta", [256],
    "C2/bottleneck_0/shortcut/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.1.conv1.weight", "layers1_conv3_weight", [64, 256, 1, 1],
    "C2/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "layer1.1.bn1.gamma", "layers1_groupnorm3_gamma", [64], "C2/bottleneck_1/conv0/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.1.bn1.beta", "layers1_groupnorm3_beta", [64], "C2/bottleneck_1/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.1.conv2.weight", "layers1_conv4_weight", [64, 64, 3, 3], "C2/bottleneck_1/conv1/weights"
  ),
  SEGoldenRow(
    "layer1.1.bn2.gamma", "layers1_groupnorm4_gamma", [64], "C2/bottleneck_1/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.1.bn2.beta", "layers1_groupnorm4_beta", [64], "C2/bottleneck_1/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.1.conv3.weight", "layers1_conv5_weight", [256, 64, 1, 1],
    "C2/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "layer1.1.bn3.gamma", "layers1_groupnorm5_gamma", [256], "C2/bottleneck_1/conv2/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer1.1.bn3.beta", "layers1_groupnorm5_beta", [256], "C2/bottleneck_1/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.2.conv1.weight", "layers1_conv6_weight", [64, 256, 1, 1],
    "C2/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "layer1.2.bn1.gamma", "layers1_groupnorm6_gamma", [64], "C2/bottleneck_2/conv0/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.2.bn1.beta", "layers1_groupnorm6_beta", [64], "C2/bottleneck_2/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.2.conv2.weight", "layers1_conv7_weight", [64, 64, 3, 3], "C2/bottleneck_2/conv1/weights"
  ),
  SEGoldenRow(
    "layer1.2.bn2.gamma", "layers1_groupnorm7_gamma", [64], "C2/bottleneck_2/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer1.2.bn2.beta", "layers1_groupnorm7_beta", [64], "C2/bottleneck_2/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer1.2.conv3.weight", "layers1_conv8_weight", [256, 64, 1, 1],
    "C2/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "layer1.2.bn3.gamma", "layers1_groupnorm8_gamma", [256], "C2/bottleneck_2/conv2/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer1.2.bn3.beta", "layers1_groupnorm8_beta", [256], "C2/bottleneck_2/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.0.conv1.weight", "layers2_conv0_weight", [128, 256, 1, 1],
    "C3/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "layer2.0.bn1.gamma", "layers2_groupnorm0_gamma", [128], "C3/bottleneck_0/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.0.bn1.beta", "layers2_groupnorm0_beta", [128], "C3/bottleneck_0/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.0.conv2.weight", "layers2_conv1_weight", [128, 128, 3, 3],
    "C3/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "layer2.0.bn2.gamma", "layers2_groupnorm1_gamma", [128], "C3/bottleneck_0/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.0.bn2.beta", "layers2_groupnorm1_beta", [128], "C3/bottleneck_0/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.0.conv3.weight", "layers2_conv2_weight", [512, 128, 1, 1],
    "C3/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "layer2.0.bn3.gamma", "layers2_groupnorm2_gamma", [512], "C3/bottleneck_0/conv2/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.0.bn3.beta", "layers2_groupnorm2_beta", [512], "C3/bottleneck_0/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.0.downsample.0.weight", "down2_conv0_weight", [512, 256, 1, 1],
    "C3/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "layer2.0.downsample.1.gamma", "down2_groupnorm0_gamma", [512],
    "C3/bottleneck_0/shortcut/GroupNorm/gamma"),
  SEGoldenRow(
    "layer2.0.downsample.1.beta", "down2_groupnorm0_beta", [512],
    "C3/bottleneck_0/shortcut/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.1.conv1.weight", "layers2_conv3_weight", [128, 512, 1, 1],
    "C3/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "layer2.1.bn1.gamma", "layers2_groupnorm3_gamma", [128], "C3/bottleneck_1/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.1.bn1.beta", "layers2_groupnorm3_beta", [128], "C3/bottleneck_1/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.1.conv2.weight", "layers2_conv4_weight", [128, 128, 3, 3],
    "C3/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "layer2.1.bn2.gamma", "layers2_groupnorm4_gamma", [128], "C3/bottleneck_1/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.1.bn2.beta", "layers2_groupnorm4_beta", [128], "C3/bottleneck_1/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.1.conv3.weight", "layers2_conv5_weight", [512, 128, 1, 1],
    "C3/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "layer2.1.bn3.gamma", "layers2_groupnorm5_gamma", [512], "C3/bottleneck_1/conv2/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.1.bn3.beta", "layers2_groupnorm5_beta", [512], "C3/bottleneck_1/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.2.conv1.weight", "layers2_conv6_weight", [128, 512, 1, 1],
    "C3/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "layer2.2.bn1.gamma", "layers2_groupnorm6_gamma", [128], "C3/bottleneck_2/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.2.bn1.beta", "layers2_groupnorm6_beta", [128], "C3/bottleneck_2/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.2.conv2.weight", "layers2_conv7_weight", [128, 128, 3, 3],
    "C3/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "layer2.2.bn2.gamma", "layers2_groupnorm7_gamma", [128], "C3/bottleneck_2/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.2.bn2.beta", "layers2_groupnorm7_beta", [128], "C3/bottleneck_2/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.2.conv3.weight", "layers2_conv8_weight", [512, 128, 1, 1],
    "C3/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "layer2.2.bn3.gamma", "layers2_groupnorm8_gamma", [512], "C3/bottleneck_2/conv2/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.2.bn3.beta", "layers2_groupnorm8_beta", [512], "C3/bottleneck_2/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.3.conv1.weight", "layers2_conv9_weight", [128, 512, 1, 1],
    "C3/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "layer2.3.bn1.gamma", "layers2_groupnorm9_gamma", [128], "C3/bottleneck_3/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer2.3.bn1.beta", "layers2_groupnorm9_beta", [128], "C3/bottleneck_3/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.3.conv2.weight", "layers2_conv10_weight", [128, 128, 3, 3],
    "C3/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "layer2.3.bn2.gamma", "layers2_groupnorm10_gamma", [128],
    "C3/bottleneck_3/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer2.3.bn2.beta", "layers2_groupnorm10_beta", [128], "C3/bottleneck_3/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer2.3.conv3.weight", "layers2_conv11_weight", [512, 128, 1, 1],
    "C3/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "layer2.3.bn3.gamma", "layers2_groupnorm11_gamma", [512],
    "C3/bottleneck_3/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer2.3.bn3.beta", "layers2_groupnorm11_beta", [512], "C3/bottleneck_3/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.0.conv1.weight", "layers3_conv0_weight", [256, 512, 1, 1],
    "C4/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "layer3.0.bn1.gamma", "layers3_groupnorm0_gamma", [256], "C4/bottleneck_0/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.0.bn1.beta", "layers3_groupnorm0_beta", [256], "C4/bottleneck_0/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.0.conv2.weight", "layers3_conv1_weight", [256, 256, 3, 3],
    "C4/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "layer3.0.bn2.gamma", "layers3_groupnorm1_gamma", [256], "C4/bottleneck_0/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.0.bn2.beta", "layers3_groupnorm1_beta", [256], "C4/bottleneck_0/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.0.conv3.weight", "layers3_conv2_weight", [1024, 256, 1, 1],
    "C4/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "layer3.0.bn3.gamma", "layers3_groupnorm2_gamma", [1024],
    "C4/bottleneck_0/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.0.bn3.beta", "layers3_groupnorm2_beta", [1024], "C4/bottleneck_0/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.0.downsample.0.weight", "down3_conv0_weight", [1024, 512, 1, 1],
    "C4/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "layer3.0.downsample.1.gamma", "down3_groupnorm0_gamma", [1024],
    "C4/bottleneck_0/shortcut/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.0.downsample.1.beta", "down3_groupnorm0_beta", [1024],
    "C4/bottleneck_0/shortcut/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.1.conv1.weight", "layers3_conv3_weight", [256, 1024, 1, 1],
    "C4/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "layer3.1.bn1.gamma", "layers3_groupnorm3_gamma", [256], "C4/bottleneck_1/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.1.bn1.beta", "layers3_groupnorm3_beta", [256], "C4/bottleneck_1/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.1.conv2.weight", "layers3_conv4_weight", [256, 256, 3, 3],
    "C4/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "layer3.1.bn2.gamma", "layers3_groupnorm4_gamma", [256], "C4/bottleneck_1/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.1.bn2.beta", "layers3_groupnorm4_beta", [256], "C4/bottleneck_1/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.1.conv3.weight", "layers3_conv5_weight", [1024, 256, 1, 1],
    "C4/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "layer3.1.bn3.gamma", "layers3_groupnorm5_gamma", [1024],
    "C4/bottleneck_1/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.1.bn3.beta", "layers3_groupnorm5_beta", [1024], "C4/bottleneck_1/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.2.conv1.weight", "layers3_conv6_weight", [256, 1024, 1, 1],
    "C4/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "layer3.2.bn1.gamma", "layers3_groupnorm6_gamma", [256], "C4/bottleneck_2/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.2.bn1.beta", "layers3_groupnorm6_beta", [256], "C4/bottleneck_2/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.2.conv2.weight", "layers3_conv7_weight", [256, 256, 3, 3],
    "C4/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "layer3.2.bn2.gamma", "layers3_groupnorm7_gamma", [256], "C4/bottleneck_2/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.2.bn2.beta", "layers3_groupnorm7_beta", [256], "C4/bottleneck_2/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.2.conv3.weight", "layers3_conv8_weight", [1024, 256, 1, 1],
    "C4/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "layer3.2.bn3.gamma", "layers3_groupnorm8_gamma", [1024],
    "C4/bottleneck_2/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.2.bn3.beta", "layers3_groupnorm8_beta", [1024], "C4/bottleneck_2/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.3.conv1.weight", "layers3_conv9_weight", [256, 1024, 1, 1],
    "C4/bottleneck_3/conv0/weights"),
  SEGoldenRow(
    "layer3.3.bn1.gamma", "layers3_groupnorm9_gamma", [256], "C4/bottleneck_3/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer3.3.bn1.beta", "layers3_groupnorm9_beta", [256], "C4/bottleneck_3/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.3.conv2.weight", "layers3_conv10_weight", [256, 256, 3, 3],
    "C4/bottleneck_3/conv1/weights"),
  SEGoldenRow(
    "layer3.3.bn2.gamma", "layers3_groupnorm10_gamma", [256],
    "C4/bottleneck_3/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.3.bn2.beta", "layers3_groupnorm10_beta", [256], "C4/bottleneck_3/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.3.conv3.weight", "layers3_conv11_weight", [1024, 256, 1, 1],
    "C4/bottleneck_3/conv2/weights"),
  SEGoldenRow(
    "layer3.3.bn3.gamma", "layers3_groupnorm11_gamma", [1024],
    "C4/bottleneck_3/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.3.bn3.beta", "layers3_groupnorm11_beta", [1024], "C4/bottleneck_3/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.4.conv1.weight", "layers3_conv12_weight", [256, 1024, 1, 1],
    "C4/bottleneck_4/conv0/weights"),
  SEGoldenRow(
    "layer3.4.bn1.gamma", "layers3_groupnorm12_gamma", [256],
    "C4/bottleneck_4/conv0/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.4.bn1.beta", "layers3_groupnorm12_beta", [256], "C4/bottleneck_4/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.4.conv2.weight", "layers3_conv13_weight", [256, 256, 3, 3],
    "C4/bottleneck_4/conv1/weights"),
  SEGoldenRow(
    "layer3.4.bn2.gamma", "layers3_groupnorm13_gamma", [256],
    "C4/bottleneck_4/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.4.bn2.beta", "layers3_groupnorm13_beta", [256], "C4/bottleneck_4/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.4.conv3.weight", "layers3_conv14_weight", [1024, 256, 1, 1],
    "C4/bottleneck_4/conv2/weights"),
  SEGoldenRow(
    "layer3.4.bn3.gamma", "layers3_groupnorm14_gamma", [1024],
    "C4/bottleneck_4/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.4.bn3.beta", "layers3_groupnorm14_beta", [1024], "C4/bottleneck_4/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.5.conv1.weight", "layers3_conv15_weight", [256, 1024, 1, 1],
    "C4/bottleneck_5/conv0/weights"),
  SEGoldenRow(
    "layer3.5.bn1.gamma", "layers3_groupnorm15_gamma", [256],
    "C4/bottleneck_5/conv0/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.5.bn1.beta", "layers3_groupnorm15_beta", [256], "C4/bottleneck_5/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.5.conv2.weight", "layers3_conv16_weight", [256, 256, 3, 3],
    "C4/bottleneck_5/conv1/weights"),
  SEGoldenRow(
    "layer3.5.bn2.gamma", "layers3_groupnorm16_gamma", [256],
    "C4/bottleneck_5/conv1/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.5.bn2.beta", "layers3_groupnorm16_beta", [256], "C4/bottleneck_5/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer3.5.conv3.weight", "layers3_conv17_weight", [1024, 256, 1, 1],
    "C4/bottleneck_5/conv2/weights"),
  SEGoldenRow(
    "layer3.5.bn3.gamma", "layers3_groupnorm17_gamma", [1024],
    "C4/bottleneck_5/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer3.5.bn3.beta", "layers3_groupnorm17_beta", [1024], "C4/bottleneck_5/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.0.conv1.weight", "layers4_conv0_weight", [512, 1024, 1, 1],
    "C5/bottleneck_0/conv0/weights"),
  SEGoldenRow(
    "layer4.0.bn1.gamma", "layers4_groupnorm0_gamma", [512], "C5/bottleneck_0/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer4.0.bn1.beta", "layers4_groupnorm0_beta", [512], "C5/bottleneck_0/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.0.conv2.weight", "layers4_conv1_weight", [512, 512, 3, 3],
    "C5/bottleneck_0/conv1/weights"),
  SEGoldenRow(
    "layer4.0.bn2.gamma", "layers4_groupnorm1_gamma", [512], "C5/bottleneck_0/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer4.0.bn2.beta", "layers4_groupnorm1_beta", [512], "C5/bottleneck_0/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.0.conv3.weight", "layers4_conv2_weight", [2048, 512, 1, 1],
    "C5/bottleneck_0/conv2/weights"),
  SEGoldenRow(
    "layer4.0.bn3.gamma", "layers4_groupnorm2_gamma", [2048],
    "C5/bottleneck_0/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer4.0.bn3.beta", "layers4_groupnorm2_beta", [2048], "C5/bottleneck_0/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.0.downsample.0.weight", "down4_conv0_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/shortcut/weights"),
  SEGoldenRow(
    "layer4.0.downsample.1.gamma", "down4_groupnorm0_gamma", [2048],
    "C5/bottleneck_0/shortcut/GroupNorm/gamma"),
  SEGoldenRow(
    "layer4.0.downsample.1.beta", "down4_groupnorm0_beta", [2048],
    "C5/bottleneck_0/shortcut/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.1.conv1.weight", "layers4_conv3_weight", [512, 2048, 1, 1],
    "C5/bottleneck_1/conv0/weights"),
  SEGoldenRow(
    "layer4.1.bn1.gamma", "layers4_groupnorm3_gamma", [512], "C5/bottleneck_1/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer4.1.bn1.beta", "layers4_groupnorm3_beta", [512], "C5/bottleneck_1/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.1.conv2.weight", "layers4_conv4_weight", [512, 512, 3, 3],
    "C5/bottleneck_1/conv1/weights"),
  SEGoldenRow(
    "layer4.1.bn2.gamma", "layers4_groupnorm4_gamma", [512], "C5/bottleneck_1/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer4.1.bn2.beta", "layers4_groupnorm4_beta", [512], "C5/bottleneck_1/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.1.conv3.weight", "layers4_conv5_weight", [2048, 512, 1, 1],
    "C5/bottleneck_1/conv2/weights"),
  SEGoldenRow(
    "layer4.1.bn3.gamma", "layers4_groupnorm5_gamma", [2048],
    "C5/bottleneck_1/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer4.1.bn3.beta", "layers4_groupnorm5_beta", [2048], "C5/bottleneck_1/conv2/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.2.conv1.weight", "layers4_conv6_weight", [512, 2048, 1, 1],
    "C5/bottleneck_2/conv0/weights"),
  SEGoldenRow(
    "layer4.2.bn1.gamma", "layers4_groupnorm6_gamma", [512], "C5/bottleneck_2/conv0/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer4.2.bn1.beta", "layers4_groupnorm6_beta", [512], "C5/bottleneck_2/conv0/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.2.conv2.weight", "layers4_conv7_weight", [512, 512, 3, 3],
    "C5/bottleneck_2/conv1/weights"),
  SEGoldenRow(
    "layer4.2.bn2.gamma", "layers4_groupnorm7_gamma", [512], "C5/bottleneck_2/conv1/GroupNorm/gamma"
  ),
  SEGoldenRow(
    "layer4.2.bn2.beta", "layers4_groupnorm7_beta", [512], "C5/bottleneck_2/conv1/GroupNorm/beta"),
  SEGoldenRow(
    "layer4.2.conv3.weight", "layers4_conv8_weight", [2048, 512, 1, 1],
    "C5/bottleneck_2/conv2/weights"),
  SEGoldenRow(
    "layer4.2.bn3.gamma", "layers4_groupnorm8_gamma", [2048],
    "C5/bottleneck_2/conv2/GroupNorm/gamma"),
  SEGoldenRow(
    "layer4.2.bn3.beta", "layers4_groupnorm8_beta", [2048], "C5/bottleneck_2/conv2/GroupNorm/beta"),
  SEGoldenRow("fc.weight", "dense0_weight", [1000, 2048], "logits/weights"),
  SEGoldenRow("fc.bias", "dense0_bias", [1000], "logits/biases"),
]
