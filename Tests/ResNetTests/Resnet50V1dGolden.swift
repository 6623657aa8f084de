// Generated once from the resnet50_v1d table of gluon2TF's naming of GluonCV's tensors
// (docs/naming.md §8; 277 rows).
// Columns: mx#, tf# (position in bytewise-sorted TF keys), MXNet key, MXNet shape,
// TF variable (after `resnet50_v1d/`), TF shape, op. Do not edit by hand.

import ResNet

let resnet50V1dGolden: [GoldenRow] = [
  GoldenRow(
    0, 4, "conv1.0.weight", [32, 3, 3, 3], "C1/conv0/weights", [3, 3, 3, 32], .convOIHWtoHWIO),
  GoldenRow(1, 1, "conv1.1.gamma", [32], "C1/conv0/BatchNorm/gamma", [32], .copy),
  GoldenRow(2, 0, "conv1.1.beta", [32], "C1/conv0/BatchNorm/beta", [32], .copy),
  GoldenRow(3, 2, "conv1.1.running_mean", [32], "C1/conv0/BatchNorm/moving_mean", [32], .copy),
  GoldenRow(4, 3, "conv1.1.running_var", [32], "C1/conv0/BatchNorm/moving_variance", [32], .copy),
  GoldenRow(
    5, 9, "conv1.3.weight", [32, 32, 3, 3], "C1/conv1/weights", [3, 3, 32, 32], .convOIHWtoHWIO),
  GoldenRow(6, 6, "conv1.4.gamma", [32], "C1/conv1/BatchNorm/gamma", [32], .copy),
  GoldenRow(7, 5, "conv1.4.beta", [32], "C1/conv1/BatchNorm/beta", [32], .copy),
  GoldenRow(8, 7, "conv1.4.running_mean", [32], "C1/conv1/BatchNorm/moving_mean", [32], .copy),
  GoldenRow(9, 8, "conv1.4.running_var", [32], "C1/conv1/BatchNorm/moving_variance", [32], .copy),
  GoldenRow(
    10, 14, "conv1.6.weight", [64, 32, 3, 3], "C1/conv2/weights", [3, 3, 32, 64], .convOIHWtoHWIO),
  GoldenRow(11, 11, "bn1.gamma", [64], "C1/conv2/BatchNorm/gamma", [64], .copy),
  GoldenRow(12, 10, "bn1.beta", [64], "C1/conv2/BatchNorm/beta", [64], .copy),
  GoldenRow(13, 12, "bn1.running_mean", [64], "C1/conv2/BatchNorm/moving_mean", [64], .copy),
  GoldenRow(14, 13, "bn1.running_var", [64], "C1/conv2/BatchNorm/moving_variance", [64], .copy),
  GoldenRow(
    15, 19, "layer1.0.conv1.weight", [64, 64, 1, 1], "C2/bottleneck_0/conv0/weights",
    [1, 1, 64, 64], .convOIHWtoHWIO),
  GoldenRow(
    16, 16, "layer1.0.bn1.gamma", [64], "C2/bottleneck_0/conv0/BatchNorm/gamma", [64], .copy),
  GoldenRow(17, 15, "layer1.0.bn1.beta", [64], "C2/bottleneck_0/conv0/BatchNorm/beta", [64], .copy),
  GoldenRow(
    18, 17, "layer1.0.bn1.running_mean", [64], "C2/bottleneck_0/conv0/BatchNorm/moving_mean", [64],
    .copy),
  GoldenRow(
    19, 18, "layer1.0.bn1.running_var", [64], "C2/bottleneck_0/conv0/BatchNorm/moving_variance",
    [64], .copy),
  GoldenRow(
    20, 24, "layer1.0.conv2.weight", [64, 64, 3, 3], "C2/bottleneck_0/conv1/weights",
    [3, 3, 64, 64], .convOIHWtoHWIO),
  GoldenRow(
    21, 21, "layer1.0.bn2.gamma", [64], "C2/bottleneck_0/conv1/BatchNorm/gamma", [64], .copy),
  GoldenRow(22, 20, "layer1.0.bn2.beta", [64], "C2/bottleneck_0/conv1/BatchNorm/beta", [64], .copy),
  GoldenRow(
    23, 22, "layer1.0.bn2.running_mean", [64], "C2/bottleneck_0/conv1/BatchNorm/moving_mean", [64],
    .copy),
  GoldenRow(
    24, 23, "layer1.0.bn2.running_var", [64], "C2/bottleneck_0/conv1/BatchNorm/moving_variance",
    [64], .copy),
  GoldenRow(
    25, 29, "layer1.0.conv3.weight", [256, 64, 1, 1], "C2/bottleneck_0/conv2/weights",
    [1, 1, 64, 256], .convOIHWtoHWIO),
  GoldenRow(
    26, 26, "layer1.0.bn3.gamma", [256], "C2/bottleneck_0/conv2/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    27, 25, "layer1.0.bn3.beta", [256], "C2/bottleneck_0/conv2/BatchNorm/beta", [256], .copy),
  GoldenRow(
    28, 27, "layer1.0.bn3.running_mean", [256], "C2/bottleneck_0/conv2/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    29, 28, "layer1.0.bn3.running_var", [256], "C2/bottleneck_0/conv2/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    30, 34, "layer1.0.downsample.1.weight", [256, 64, 1, 1], "C2/bottleneck_0/shortcut/weights",
    [1, 1, 64, 256], .convOIHWtoHWIO),
  GoldenRow(
    31, 31, "layer1.0.downsample.2.gamma", [256], "C2/bottleneck_0/shortcut/BatchNorm/gamma", [256],
    .copy),
  GoldenRow(
    32, 30, "layer1.0.downsample.2.beta", [256], "C2/bottleneck_0/shortcut/BatchNorm/beta", [256],
    .copy),
  GoldenRow(
    33, 32, "layer1.0.downsample.2.running_mean", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_mean", [256], .copy),
  GoldenRow(
    34, 33, "layer1.0.downsample.2.running_var", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_variance", [256], .copy),
  GoldenRow(
    35, 39, "layer1.1.conv1.weight", [64, 256, 1, 1], "C2/bottleneck_1/conv0/weights",
    [1, 1, 256, 64], .convOIHWtoHWIO),
  GoldenRow(
    36, 36, "layer1.1.bn1.gamma", [64], "C2/bottleneck_1/conv0/BatchNorm/gamma", [64], .copy),
  GoldenRow(37, 35, "layer1.1.bn1.beta", [64], "C2/bottleneck_1/conv0/BatchNorm/beta", [64], .copy),
  GoldenRow(
    38, 37, "layer1.1.bn1.running_mean", [64], "C2/bottleneck_1/conv0/BatchNorm/moving_mean", [64],
    .copy),
  GoldenRow(
    39, 38, "layer1.1.bn1.running_var", [64], "C2/bottleneck_1/conv0/BatchNorm/moving_variance",
    [64], .copy),
  GoldenRow(
    40, 44, "layer1.1.conv2.weight", [64, 64, 3, 3], "C2/bottleneck_1/conv1/weights",
    [3, 3, 64, 64], .convOIHWtoHWIO),
  GoldenRow(
    41, 41, "layer1.1.bn2.gamma", [64], "C2/bottleneck_1/conv1/BatchNorm/gamma", [64], .copy),
  GoldenRow(42, 40, "layer1.1.bn2.beta", [64], "C2/bottleneck_1/conv1/BatchNorm/beta", [64], .copy),
  GoldenRow(
    43, 42, "layer1.1.bn2.running_mean", [64], "C2/bottleneck_1/conv1/BatchNorm/moving_mean", [64],
    .copy),
  GoldenRow(
    44, 43, "layer1.1.bn2.running_var", [64], "C2/bottleneck_1/conv1/BatchNorm/moving_variance",
    [64], .copy),
  GoldenRow(
    45, 49, "layer1.1.conv3.weight", [256, 64, 1, 1], "C2/bottleneck_1/conv2/weights",
    [1, 1, 64, 256], .convOIHWtoHWIO),
  GoldenRow(
    46, 46, "layer1.1.bn3.gamma", [256], "C2/bottleneck_1/conv2/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    47, 45, "layer1.1.bn3.beta", [256], "C2/bottleneck_1/conv2/BatchNorm/beta", [256], .copy),
  GoldenRow(
    48, 47, "layer1.1.bn3.running_mean", [256], "C2/bottleneck_1/conv2/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    49, 48, "layer1.1.bn3.running_var", [256], "C2/bottleneck_1/conv2/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    50, 54, "layer1.2.conv1.weight", [64, 256, 1, 1], "C2/bottleneck_2/conv0/weights",
    [1, 1, 256, 64], .convOIHWtoHWIO),
  GoldenRow(
    51, 51, "layer1.2.bn1.gamma", [64], "C2/bottleneck_2/conv0/BatchNorm/gamma", [64], .copy),
  GoldenRow(52, 50, "layer1.2.bn1.beta", [64], "C2/bottleneck_2/conv0/BatchNorm/beta", [64], .copy),
  GoldenRow(
    53, 52, "layer1.2.bn1.running_mean", [64], "C2/bottleneck_2/conv0/BatchNorm/moving_mean", [64],
    .copy),
  GoldenRow(
    54, 53, "layer1.2.bn1.running_var", [64], "C2/bottleneck_2/conv0/BatchNorm/moving_variance",
    [64], .copy),
  GoldenRow(
    55, 59, "layer1.2.conv2.weight", [64, 64, 3, 3], "C2/bottleneck_2/conv1/weights",
    [3, 3, 64, 64], .convOIHWtoHWIO),
  GoldenRow(
    56, 56, "layer1.2.bn2.gamma", [64], "C2/bottleneck_2/conv1/BatchNorm/gamma", [64], .copy),
  GoldenRow(57, 55, "layer1.2.bn2.beta", [64], "C2/bottleneck_2/conv1/BatchNorm/beta", [64], .copy),
  GoldenRow(
    58, 57, "layer1.2.bn2.running_mean", [64], "C2/bottleneck_2/conv1/BatchNorm/moving_mean", [64],
    .copy),
  GoldenRow(
    59, 58, "layer1.2.bn2.running_var", [64], "C2/bottleneck_2/conv1/BatchNorm/moving_variance",
    [64], .copy),
  GoldenRow(
    60, 64, "layer1.2.conv3.weight", [256, 64, 1, 1], "C2/bottleneck_2/conv2/weights",
    [1, 1, 64, 256], .convOIHWtoHWIO),
  GoldenRow(
    61, 61, "layer1.2.bn3.gamma", [256], "C2/bottleneck_2/conv2/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    62, 60, "layer1.2.bn3.beta", [256], "C2/bottleneck_2/conv2/BatchNorm/beta", [256], .copy),
  GoldenRow(
    63, 62, "layer1.2.bn3.running_mean", [256], "C2/bottleneck_2/conv2/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    64, 63, "layer1.2.bn3.running_var", [256], "C2/bottleneck_2/conv2/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    65, 69, "layer2.0.conv1.weight", [128, 256, 1, 1], "C3/bottleneck_0/conv0/weights",
    [1, 1, 256, 128], .convOIHWtoHWIO),
  GoldenRow(
    66, 66, "layer2.0.bn1.gamma", [128], "C3/bottleneck_0/conv0/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    67, 65, "layer2.0.bn1.beta", [128], "C3/bottleneck_0/conv0/BatchNorm/beta", [128], .copy),
  GoldenRow(
    68, 67, "layer2.0.bn1.running_mean", [128], "C3/bottleneck_0/conv0/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    69, 68, "layer2.0.bn1.running_var", [128], "C3/bottleneck_0/conv0/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    70, 74, "layer2.0.conv2.weight", [128, 128, 3, 3], "C3/bottleneck_0/conv1/weights",
    [3, 3, 128, 128], .convOIHWtoHWIO),
  GoldenRow(
    71, 71, "layer2.0.bn2.gamma", [128], "C3/bottleneck_0/conv1/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    72, 70, "layer2.0.bn2.beta", [128], "C3/bottleneck_0/conv1/BatchNorm/beta", [128], .copy),
  GoldenRow(
    73, 72, "layer2.0.bn2.running_mean", [128], "C3/bottleneck_0/conv1/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    74, 73, "layer2.0.bn2.running_var", [128], "C3/bottleneck_0/conv1/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    75, 79, "layer2.0.conv3.weight", [512, 128, 1, 1], "C3/bottleneck_0/conv2/weights",
    [1, 1, 128, 512], .convOIHWtoHWIO),
  GoldenRow(
    76, 76, "layer2.0.bn3.gamma", [512], "C3/bottleneck_0/conv2/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    77, 75, "layer2.0.bn3.beta", [512], "C3/bottleneck_0/conv2/BatchNorm/beta", [512], .copy),
  GoldenRow(
    78, 77, "layer2.0.bn3.running_mean", [512], "C3/bottleneck_0/conv2/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    79, 78, "layer2.0.bn3.running_var", [512], "C3/bottleneck_0/conv2/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    80, 84, "layer2.0.downsample.1.weight", [512, 256, 1, 1], "C3/bottleneck_0/shortcut/weights",
    [1, 1, 256, 512], .convOIHWtoHWIO),
  GoldenRow(
    81, 81, "layer2.0.downsample.2.gamma", [512], "C3/bottleneck_0/shortcut/BatchNorm/gamma", [512],
    .copy),
  GoldenRow(
    82, 80, "layer2.0.downsample.2.beta", [512], "C3/bottleneck_0/shortcut/BatchNorm/beta", [512],
    .copy),
  GoldenRow(
    83, 82, "layer2.0.downsample.2.running_mean", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_mean", [512], .copy),
  GoldenRow(
    84, 83, "layer2.0.downsample.2.running_var", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_variance", [512], .copy),
  GoldenRow(
    85, 89, "layer2.1.conv1.weight", [128, 512, 1, 1], "C3/bottleneck_1/conv0/weights",
    [1, 1, 512, 128], .convOIHWtoHWIO),
  GoldenRow(
    86, 86, "layer2.1.bn1.gamma", [128], "C3/bottleneck_1/conv0/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    87, 85, "layer2.1.bn1.beta", [128], "C3/bottleneck_1/conv0/BatchNorm/beta", [128], .copy),
  GoldenRow(
    88, 87, "layer2.1.bn1.running_mean", [128], "C3/bottleneck_1/conv0/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    89, 88, "layer2.1.bn1.running_var", [128], "C3/bottleneck_1/conv0/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    90, 94, "layer2.1.conv2.weight", [128, 128, 3, 3], "C3/bottleneck_1/conv1/weights",
    [3, 3, 128, 128], .convOIHWtoHWIO),
  GoldenRow(
    91, 91, "layer2.1.bn2.gamma", [128], "C3/bottleneck_1/conv1/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    92, 90, "layer2.1.bn2.beta", [128], "C3/bottleneck_1/conv1/BatchNorm/beta", [128], .copy),
  GoldenRow(
    93, 92, "layer2.1.bn2.running_mean", [128], "C3/bottleneck_1/conv1/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    94, 93, "layer2.1.bn2.running_var", [128], "C3/bottleneck_1/conv1/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    95, 99, "layer2.1.conv3.weight", [512, 128, 1, 1], "C3/bottleneck_1/conv2/weights",
    [1, 1, 128, 512], .convOIHWtoHWIO),
  GoldenRow(
    96, 96, "layer2.1.bn3.gamma", [512], "C3/bottleneck_1/conv2/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    97, 95, "layer2.1.bn3.beta", [512], "C3/bottleneck_1/conv2/BatchNorm/beta", [512], .copy),
  GoldenRow(
    98, 97, "layer2.1.bn3.running_mean", [512], "C3/bottleneck_1/conv2/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    99, 98, "layer2.1.bn3.running_var", [512], "C3/bottleneck_1/conv2/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    100, 104, "layer2.2.conv1.weight", [128, 512, 1, 1], "C3/bottleneck_2/conv0/weights",
    [1, 1, 512, 128], .convOIHWtoHWIO),
  GoldenRow(
    101, 101, "layer2.2.bn1.gamma", [128], "C3/bottleneck_2/conv0/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    102, 100, "layer2.2.bn1.beta", [128], "C3/bottleneck_2/conv0/BatchNorm/beta", [128], .copy),
  GoldenRow(
    103, 102, "layer2.2.bn1.running_mean", [128], "C3/bottleneck_2/conv0/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    104, 103, "layer2.2.bn1.running_var", [128], "C3/bottleneck_2/conv0/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    105, 109, "layer2.2.conv2.weight", [128, 128, 3, 3], "C3/bottleneck_2/conv1/weights",
    [3, 3, 128, 128], .convOIHWtoHWIO),
  GoldenRow(
    106, 106, "layer2.2.bn2.gamma", [128], "C3/bottleneck_2/conv1/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    107, 105, "layer2.2.bn2.beta", [128], "C3/bottleneck_2/conv1/BatchNorm/beta", [128], .copy),
  GoldenRow(
    108, 107, "layer2.2.bn2.running_mean", [128], "C3/bottleneck_2/conv1/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    109, 108, "layer2.2.bn2.running_var", [128], "C3/bottleneck_2/conv1/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    110, 114, "layer2.2.conv3.weight", [512, 128, 1, 1], "C3/bottleneck_2/conv2/weights",
    [1, 1, 128, 512], .convOIHWtoHWIO),
  GoldenRow(
    111, 111, "layer2.2.bn3.gamma", [512], "C3/bottleneck_2/conv2/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    112, 110, "layer2.2.bn3.beta", [512], "C3/bottleneck_2/conv2/BatchNorm/beta", [512], .copy),
  GoldenRow(
    113, 112, "layer2.2.bn3.running_mean", [512], "C3/bottleneck_2/conv2/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    114, 113, "layer2.2.bn3.running_var", [512], "C3/bottleneck_2/conv2/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    115, 119, "layer2.3.conv1.weight", [128, 512, 1, 1], "C3/bottleneck_3/conv0/weights",
    [1, 1, 512, 128], .convOIHWtoHWIO),
  GoldenRow(
    116, 116, "layer2.3.bn1.gamma", [128], "C3/bottleneck_3/conv0/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    117, 115, "layer2.3.bn1.beta", [128], "C3/bottleneck_3/conv0/BatchNorm/beta", [128], .copy),
  GoldenRow(
    118, 117, "layer2.3.bn1.running_mean", [128], "C3/bottleneck_3/conv0/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    119, 118, "layer2.3.bn1.running_var", [128], "C3/bottleneck_3/conv0/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    120, 124, "layer2.3.conv2.weight", [128, 128, 3, 3], "C3/bottleneck_3/conv1/weights",
    [3, 3, 128, 128], .convOIHWtoHWIO),
  GoldenRow(
    121, 121, "layer2.3.bn2.gamma", [128], "C3/bottleneck_3/conv1/BatchNorm/gamma", [128], .copy),
  GoldenRow(
    122, 120, "layer2.3.bn2.beta", [128], "C3/bottleneck_3/conv1/BatchNorm/beta", [128], .copy),
  GoldenRow(
    123, 122, "layer2.3.bn2.running_mean", [128], "C3/bottleneck_3/conv1/BatchNorm/moving_mean",
    [128], .copy),
  GoldenRow(
    124, 123, "layer2.3.bn2.running_var", [128], "C3/bottleneck_3/conv1/BatchNorm/moving_variance",
    [128], .copy),
  GoldenRow(
    125, 129, "layer2.3.conv3.weight", [512, 128, 1, 1], "C3/bottleneck_3/conv2/weights",
    [1, 1, 128, 512], .convOIHWtoHWIO),
  GoldenRow(
    126, 126, "layer2.3.bn3.gamma", [512], "C3/bottleneck_3/conv2/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    127, 125, "layer2.3.bn3.beta", [512], "C3/bottleneck_3/conv2/BatchNorm/beta", [512], .copy),
  GoldenRow(
    128, 127, "layer2.3.bn3.running_mean", [512], "C3/bottleneck_3/conv2/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    129, 128, "layer2.3.bn3.running_var", [512], "C3/bottleneck_3/conv2/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    130, 134, "layer3.0.conv1.weight", [256, 512, 1, 1], "C4/bottleneck_0/conv0/weights",
    [1, 1, 512, 256], .convOIHWtoHWIO),
  GoldenRow(
    131, 131, "layer3.0.bn1.gamma", [256], "C4/bottleneck_0/conv0/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    132, 130, "layer3.0.bn1.beta", [256], "C4/bottleneck_0/conv0/BatchNorm/beta", [256], .copy),
  GoldenRow(
    133, 132, "layer3.0.bn1.running_mean", [256], "C4/bottleneck_0/conv0/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    134, 133, "layer3.0.bn1.running_var", [256], "C4/bottleneck_0/conv0/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    135, 139, "layer3.0.conv2.weight", [256, 256, 3, 3], "C4/bottleneck_0/conv1/weights",
    [3, 3, 256, 256], .convOIHWtoHWIO),
  GoldenRow(
    136, 136, "layer3.0.bn2.gamma", [256], "C4/bottleneck_0/conv1/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    137, 135, "layer3.0.bn2.beta", [256], "C4/bottleneck_0/conv1/BatchNorm/beta", [256], .copy),
  GoldenRow(
    138, 137, "layer3.0.bn2.running_mean", [256], "C4/bottleneck_0/conv1/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    139, 138, "layer3.0.bn2.running_var", [256], "C4/bottleneck_0/conv1/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    140, 144, "layer3.0.conv3.weight", [1024, 256, 1, 1], "C4/bottleneck_0/conv2/weights",
    [1, 1, 256, 1024], .convOIHWtoHWIO),
  GoldenRow(
    141, 141, "layer3.0.bn3.gamma", [1024], "C4/bottleneck_0/conv2/BatchNorm/gamma", [1024], .copy),
  GoldenRow(
    142, 140, "layer3.0.bn3.beta", [1024], "C4/bottleneck_0/conv2/BatchNorm/beta", [1024], .copy),
  GoldenRow(
    143, 142, "layer3.0.bn3.running_mean", [1024], "C4/bottleneck_0/conv2/BatchNorm/moving_mean",
    [1024], .copy),
  GoldenRow(
    144, 143, "layer3.0.bn3.running_var", [1024], "C4/bottleneck_0/conv2/BatchNorm/moving_variance",
    [1024], .copy),
  GoldenRow(
    145, 149, "layer3.0.downsample.1.weight", [1024, 512, 1, 1], "C4/bottleneck_0/shortcut/weights",
    [1, 1, 512, 1024], .convOIHWtoHWIO),
  GoldenRow(
    146, 146, "layer3.0.downsample.2.gamma", [1024], "C4/bottleneck_0/shortcut/BatchNorm/gamma",
    [1024], .copy),
  GoldenRow(
    147, 145, "layer3.0.downsample.2.beta", [1024], "C4/bottleneck_0/shortcut/BatchNorm/beta",
    [1024], .copy),
  GoldenRow(
    148, 147, "layer3.0.downsample.2.running_mean", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_mean", [1024], .copy),
  GoldenRow(
    149, 148, "layer3.0.downsample.2.running_var", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_variance", [1024], .copy),
  GoldenRow(
    150, 154, "layer3.1.conv1.weight", [256, 1024, 1, 1], "C4/bottleneck_1/conv0/weights",
    [1, 1, 1024, 256], .convOIHWtoHWIO),
  GoldenRow(
    151, 151, "layer3.1.bn1.gamma", [256], "C4/bottleneck_1/conv0/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    152, 150, "layer3.1.bn1.beta", [256], "C4/bottleneck_1/conv0/BatchNorm/beta", [256], .copy),
  GoldenRow(
    153, 152, "layer3.1.bn1.running_mean", [256], "C4/bottleneck_1/conv0/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    154, 153, "layer3.1.bn1.running_var", [256], "C4/bottleneck_1/conv0/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    155, 159, "layer3.1.conv2.weight", [256, 256, 3, 3], "C4/bottleneck_1/conv1/weights",
    [3, 3, 256, 256], .convOIHWtoHWIO),
  GoldenRow(
    156, 156, "layer3.1.bn2.gamma", [256], "C4/bottleneck_1/conv1/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    157, 155, "layer3.1.bn2.beta", [256], "C4/bottleneck_1/conv1/BatchNorm/beta", [256], .copy),
  GoldenRow(
    158, 157, "layer3.1.bn2.running_mean", [256], "C4/bottleneck_1/conv1/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    159, 158, "layer3.1.bn2.running_var", [256], "C4/bottleneck_1/conv1/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    160, 164, "layer3.1.conv3.weight", [1024, 256, 1, 1], "C4/bottleneck_1/conv2/weights",
    [1, 1, 256, 1024], .convOIHWtoHWIO),
  GoldenRow(
    161, 161, "layer3.1.bn3.gamma", [1024], "C4/bottleneck_1/conv2/BatchNorm/gamma", [1024], .copy),
  GoldenRow(
    162, 160, "layer3.1.bn3.beta", [1024], "C4/bottleneck_1/conv2/BatchNorm/beta", [1024], .copy),
  GoldenRow(
    163, 162, "layer3.1.bn3.running_mean", [1024], "C4/bottleneck_1/conv2/BatchNorm/moving_mean",
    [1024], .copy),
  GoldenRow(
    164, 163, "layer3.1.bn3.running_var", [1024], "C4/bottleneck_1/conv2/BatchNorm/moving_variance",
    [1024], .copy),
  GoldenRow(
    165, 169, "layer3.2.conv1.weight", [256, 1024, 1, 1], "C4/bottleneck_2/conv0/weights",
    [1, 1, 1024, 256], .convOIHWtoHWIO),
  GoldenRow(
    166, 166, "layer3.2.bn1.gamma", [256], "C4/bottleneck_2/conv0/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    167, 165, "layer3.2.bn1.beta", [256], "C4/bottleneck_2/conv0/BatchNorm/beta", [256], .copy),
  GoldenRow(
    168, 167, "layer3.2.bn1.running_mean", [256], "C4/bottleneck_2/conv0/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    169, 168, "layer3.2.bn1.running_var", [256], "C4/bottleneck_2/conv0/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    170, 174, "layer3.2.conv2.weight", [256, 256, 3, 3], "C4/bottleneck_2/conv1/weights",
    [3, 3, 256, 256], .convOIHWtoHWIO),
  GoldenRow(
    171, 171, "layer3.2.bn2.gamma", [256], "C4/bottleneck_2/conv1/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    172, 170, "layer3.2.bn2.beta", [256], "C4/bottleneck_2/conv1/BatchNorm/beta", [256], .copy),
  GoldenRow(
    173, 172, "layer3.2.bn2.running_mean", [256], "C4/bottleneck_2/conv1/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    174, 173, "layer3.2.bn2.running_var", [256], "C4/bottleneck_2/conv1/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    175, 179, "layer3.2.conv3.weight", [1024, 256, 1, 1], "C4/bottleneck_2/conv2/weights",
    [1, 1, 256, 1024], .convOIHWtoHWIO),
  GoldenRow(
    176, 176, "layer3.2.bn3.gamma", [1024], "C4/bottleneck_2/conv2/BatchNorm/gamma", [1024], .copy),
  GoldenRow(
    177, 175, "layer3.2.bn3.beta", [1024], "C4/bottleneck_2/conv2/BatchNorm/beta", [1024], .copy),
  GoldenRow(
    178, 177, "layer3.2.bn3.running_mean", [1024], "C4/bottleneck_2/conv2/BatchNorm/moving_mean",
    [1024], .copy),
  GoldenRow(
    179, 178, "layer3.2.bn3.running_var", [1024], "C4/bottleneck_2/conv2/BatchNorm/moving_variance",
    [1024], .copy),
  GoldenRow(
    180, 184, "layer3.3.conv1.weight", [256, 1024, 1, 1], "C4/bottleneck_3/conv0/weights",
    [1, 1, 1024, 256], .convOIHWtoHWIO),
  GoldenRow(
    181, 181, "layer3.3.bn1.gamma", [256], "C4/bottleneck_3/conv0/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    182, 180, "layer3.3.bn1.beta", [256], "C4/bottleneck_3/conv0/BatchNorm/beta", [256], .copy),
  GoldenRow(
    183, 182, "layer3.3.bn1.running_mean", [256], "C4/bottleneck_3/conv0/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    184, 183, "layer3.3.bn1.running_var", [256], "C4/bottleneck_3/conv0/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    185, 189, "layer3.3.conv2.weight", [256, 256, 3, 3], "C4/bottleneck_3/conv1/weights",
    [3, 3, 256, 256], .convOIHWtoHWIO),
  GoldenRow(
    186, 186, "layer3.3.bn2.gamma", [256], "C4/bottleneck_3/conv1/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    187, 185, "layer3.3.bn2.beta", [256], "C4/bottleneck_3/conv1/BatchNorm/beta", [256], .copy),
  GoldenRow(
    188, 187, "layer3.3.bn2.running_mean", [256], "C4/bottleneck_3/conv1/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    189, 188, "layer3.3.bn2.running_var", [256], "C4/bottleneck_3/conv1/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    190, 194, "layer3.3.conv3.weight", [1024, 256, 1, 1], "C4/bottleneck_3/conv2/weights",
    [1, 1, 256, 1024], .convOIHWtoHWIO),
  GoldenRow(
    191, 191, "layer3.3.bn3.gamma", [1024], "C4/bottleneck_3/conv2/BatchNorm/gamma", [1024], .copy),
  GoldenRow(
    192, 190, "layer3.3.bn3.beta", [1024], "C4/bottleneck_3/conv2/BatchNorm/beta", [1024], .copy),
  GoldenRow(
    193, 192, "layer3.3.bn3.running_mean", [1024], "C4/bottleneck_3/conv2/BatchNorm/moving_mean",
    [1024], .copy),
  GoldenRow(
    194, 193, "layer3.3.bn3.running_var", [1024], "C4/bottleneck_3/conv2/BatchNorm/moving_variance",
    [1024], .copy),
  GoldenRow(
    195, 199, "layer3.4.conv1.weight", [256, 1024, 1, 1], "C4/bottleneck_4/conv0/weights",
    [1, 1, 1024, 256], .convOIHWtoHWIO),
  GoldenRow(
    196, 196, "layer3.4.bn1.gamma", [256], "C4/bottleneck_4/conv0/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    197, 195, "layer3.4.bn1.beta", [256], "C4/bottleneck_4/conv0/BatchNorm/beta", [256], .copy),
  GoldenRow(
    198, 197, "layer3.4.bn1.running_mean", [256], "C4/bottleneck_4/conv0/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    199, 198, "layer3.4.bn1.running_var", [256], "C4/bottleneck_4/conv0/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    200, 204, "layer3.4.conv2.weight", [256, 256, 3, 3], "C4/bottleneck_4/conv1/weights",
    [3, 3, 256, 256], .convOIHWtoHWIO),
  GoldenRow(
    201, 201, "layer3.4.bn2.gamma", [256], "C4/bottleneck_4/conv1/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    202, 200, "layer3.4.bn2.beta", [256], "C4/bottleneck_4/conv1/BatchNorm/beta", [256], .copy),
  GoldenRow(
    203, 202, "layer3.4.bn2.running_mean", [256], "C4/bottleneck_4/conv1/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    204, 203, "layer3.4.bn2.running_var", [256], "C4/bottleneck_4/conv1/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    205, 209, "layer3.4.conv3.weight", [1024, 256, 1, 1], "C4/bottleneck_4/conv2/weights",
    [1, 1, 256, 1024], .convOIHWtoHWIO),
  GoldenRow(
    206, 206, "layer3.4.bn3.gamma", [1024], "C4/bottleneck_4/conv2/BatchNorm/gamma", [1024], .copy),
  GoldenRow(
    207, 205, "layer3.4.bn3.beta", [1024], "C4/bottleneck_4/conv2/BatchNorm/beta", [1024], .copy),
  GoldenRow(
    208, 207, "layer3.4.bn3.running_mean", [1024], "C4/bottleneck_4/conv2/BatchNorm/moving_mean",
    [1024], .copy),
  GoldenRow(
    209, 208, "layer3.4.bn3.running_var", [1024], "C4/bottleneck_4/conv2/BatchNorm/moving_variance",
    [1024], .copy),
  GoldenRow(
    210, 214, "layer3.5.conv1.weight", [256, 1024, 1, 1], "C4/bottleneck_5/conv0/weights",
    [1, 1, 1024, 256], .convOIHWtoHWIO),
  GoldenRow(
    211, 211, "layer3.5.bn1.gamma", [256], "C4/bottleneck_5/conv0/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    212, 210, "layer3.5.bn1.beta", [256], "C4/bottleneck_5/conv0/BatchNorm/beta", [256], .copy),
  GoldenRow(
    213, 212, "layer3.5.bn1.running_mean", [256], "C4/bottleneck_5/conv0/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    214, 213, "layer3.5.bn1.running_var", [256], "C4/bottleneck_5/conv0/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    215, 219, "layer3.5.conv2.weight", [256, 256, 3, 3], "C4/bottleneck_5/conv1/weights",
    [3, 3, 256, 256], .convOIHWtoHWIO),
  GoldenRow(
    216, 216, "layer3.5.bn2.gamma", [256], "C4/bottleneck_5/conv1/BatchNorm/gamma", [256], .copy),
  GoldenRow(
    217, 215, "layer3.5.bn2.beta", [256], "C4/bottleneck_5/conv1/BatchNorm/beta", [256], .copy),
  GoldenRow(
    218, 217, "layer3.5.bn2.running_mean", [256], "C4/bottleneck_5/conv1/BatchNorm/moving_mean",
    [256], .copy),
  GoldenRow(
    219, 218, "layer3.5.bn2.running_var", [256], "C4/bottleneck_5/conv1/BatchNorm/moving_variance",
    [256], .copy),
  GoldenRow(
    220, 224, "layer3.5.conv3.weight", [1024, 256, 1, 1], "C4/bottleneck_5/conv2/weights",
    [1, 1, 256, 1024], .convOIHWtoHWIO),
  GoldenRow(
    221, 221, "layer3.5.bn3.gamma", [1024], "C4/bottleneck_5/conv2/BatchNorm/gamma", [1024], .copy),
  GoldenRow(
    222, 220, "layer3.5.bn3.beta", [1024], "C4/bottleneck_5/conv2/BatchNorm/beta", [1024], .copy),
  GoldenRow(
    223, 222, "layer3.5.bn3.running_mean", [1024], "C4/bottleneck_5/conv2/BatchNorm/moving_mean",
    [1024], .copy),
  GoldenRow(
    224, 223, "layer3.5.bn3.running_var", [1024], "C4/bottleneck_5/conv2/BatchNorm/moving_variance",
    [1024], .copy),
  GoldenRow(
    225, 229, "layer4.0.conv1.weight", [512, 1024, 1, 1], "C5/bottleneck_0/conv0/weights",
    [1, 1, 1024, 512], .convOIHWtoHWIO),
  GoldenRow(
    226, 226, "layer4.0.bn1.gamma", [512], "C5/bottleneck_0/conv0/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    227, 225, "layer4.0.bn1.beta", [512], "C5/bottleneck_0/conv0/BatchNorm/beta", [512], .copy),
  GoldenRow(
    228, 227, "layer4.0.bn1.running_mean", [512], "C5/bottleneck_0/conv0/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    229, 228, "layer4.0.bn1.running_var", [512], "C5/bottleneck_0/conv0/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    230, 234, "layer4.0.conv2.weight", [512, 512, 3, 3], "C5/bottleneck_0/conv1/weights",
    [3, 3, 512, 512], .convOIHWtoHWIO),
  GoldenRow(
    231, 231, "layer4.0.bn2.gamma", [512], "C5/bottleneck_0/conv1/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    232, 230, "layer4.0.bn2.beta", [512], "C5/bottleneck_0/conv1/BatchNorm/beta", [512], .copy),
  GoldenRow(
    233, 232, "layer4.0.bn2.running_mean", [512], "C5/bottleneck_0/conv1/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    234, 233, "layer4.0.bn2.running_var", [512], "C5/bottleneck_0/conv1/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    235, 239, "layer4.0.conv3.weight", [2048, 512, 1, 1], "C5/bottleneck_0/conv2/weights",
    [1, 1, 512, 2048], .convOIHWtoHWIO),
  GoldenRow(
    236, 236, "layer4.0.bn3.gamma", [2048], "C5/bottleneck_0/conv2/BatchNorm/gamma", [2048], .copy),
  GoldenRow(
    237, 235, "layer4.0.bn3.beta", [2048], "C5/bottleneck_0/conv2/BatchNorm/beta", [2048], .copy),
  GoldenRow(
    238, 237, "layer4.0.bn3.running_mean", [2048], "C5/bottleneck_0/conv2/BatchNorm/moving_mean",
    [2048], .copy),
  GoldenRow(
    239, 238, "layer4.0.bn3.running_var", [2048], "C5/bottleneck_0/conv2/BatchNorm/moving_variance",
    [2048], .copy),
  GoldenRow(
    240, 244, "layer4.0.downsample.1.weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/shortcut/weights", [1, 1, 1024, 2048], .convOIHWtoHWIO),
  GoldenRow(
    241, 241, "layer4.0.downsample.2.gamma", [2048], "C5/bottleneck_0/shortcut/BatchNorm/gamma",
    [2048], .copy),
  GoldenRow(
    242, 240, "layer4.0.downsample.2.beta", [2048], "C5/bottleneck_0/shortcut/BatchNorm/beta",
    [2048], .copy),
  GoldenRow(
    243, 242, "layer4.0.downsample.2.running_mean", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_mean", [2048], .copy),
  GoldenRow(
    244, 243, "layer4.0.downsample.2.running_var", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_variance", [2048], .copy),
  GoldenRow(
    245, 249, "layer4.1.conv1.weight", [512, 2048, 1, 1], "C5/bottleneck_1/conv0/weights",
    [1, 1, 2048, 512], .convOIHWtoHWIO),
  GoldenRow(
    246, 246, "layer4.1.bn1.gamma", [512], "C5/bottleneck_1/conv0/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    247, 245, "layer4.1.bn1.beta", [512], "C5/bottleneck_1/conv0/BatchNorm/beta", [512], .copy),
  GoldenRow(
    248, 247, "layer4.1.bn1.running_mean", [512], "C5/bottleneck_1/conv0/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    249, 248, "layer4.1.bn1.running_var", [512], "C5/bottleneck_1/conv0/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    250, 254, "layer4.1.conv2.weight", [512, 512, 3, 3], "C5/bottleneck_1/conv1/weights",
    [3, 3, 512, 512], .convOIHWtoHWIO),
  GoldenRow(
    251, 251, "layer4.1.bn2.gamma", [512], "C5/bottleneck_1/conv1/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    252, 250, "layer4.1.bn2.beta", [512], "C5/bottleneck_1/conv1/BatchNorm/beta", [512], .copy),
  GoldenRow(
    253, 252, "layer4.1.bn2.running_mean", [512], "C5/bottleneck_1/conv1/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    254, 253, "layer4.1.bn2.running_var", [512], "C5/bottleneck_1/conv1/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    255, 259, "layer4.1.conv3.weight", [2048, 512, 1, 1], "C5/bottleneck_1/conv2/weights",
    [1, 1, 512, 2048], .convOIHWtoHWIO),
  GoldenRow(
    256, 256, "layer4.1.bn3.gamma", [2048], "C5/bottleneck_1/conv2/BatchNorm/gamma", [2048], .copy),
  GoldenRow(
    257, 255, "layer4.1.bn3.beta", [2048], "C5/bottleneck_1/conv2/BatchNorm/beta", [2048], .copy),
  GoldenRow(
    258, 257, "layer4.1.bn3.running_mean", [2048], "C5/bottleneck_1/conv2/BatchNorm/moving_mean",
    [2048], .copy),
  GoldenRow(
    259, 258, "layer4.1.bn3.running_var", [2048], "C5/bottleneck_1/conv2/BatchNorm/moving_variance",
    [2048], .copy),
  GoldenRow(
    260, 264, "layer4.2.conv1.weight", [512, 2048, 1, 1], "C5/bottleneck_2/conv0/weights",
    [1, 1, 2048, 512], .convOIHWtoHWIO),
  GoldenRow(
    261, 261, "layer4.2.bn1.gamma", [512], "C5/bottleneck_2/conv0/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    262, 260, "layer4.2.bn1.beta", [512], "C5/bottleneck_2/conv0/BatchNorm/beta", [512], .copy),
  GoldenRow(
    263, 262, "layer4.2.bn1.running_mean", [512], "C5/bottleneck_2/conv0/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    264, 263, "layer4.2.bn1.running_var", [512], "C5/bottleneck_2/conv0/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    265, 269, "layer4.2.conv2.weight", [512, 512, 3, 3], "C5/bottleneck_2/conv1/weights",
    [3, 3, 512, 512], .convOIHWtoHWIO),
  GoldenRow(
    266, 266, "layer4.2.bn2.gamma", [512], "C5/bottleneck_2/conv1/BatchNorm/gamma", [512], .copy),
  GoldenRow(
    267, 265, "layer4.2.bn2.beta", [512], "C5/bottleneck_2/conv1/BatchNorm/beta", [512], .copy),
  GoldenRow(
    268, 267, "layer4.2.bn2.running_mean", [512], "C5/bottleneck_2/conv1/BatchNorm/moving_mean",
    [512], .copy),
  GoldenRow(
    269, 268, "layer4.2.bn2.running_var", [512], "C5/bottleneck_2/conv1/BatchNorm/moving_variance",
    [512], .copy),
  GoldenRow(
    270, 274, "layer4.2.conv3.weight", [2048, 512, 1, 1], "C5/bottleneck_2/conv2/weights",
    [1, 1, 512, 2048], .convOIHWtoHWIO),
  GoldenRow(
    271, 271, "layer4.2.bn3.gamma", [2048], "C5/bottleneck_2/conv2/BatchNorm/gamma", [2048], .copy),
  GoldenRow(
    272, 270, "layer4.2.bn3.beta", [2048], "C5/bottleneck_2/conv2/BatchNorm/beta", [2048], .copy),
  GoldenRow(
    273, 272, "layer4.2.bn3.running_mean", [2048], "C5/bottleneck_2/conv2/BatchNorm/moving_mean",
    [2048], .copy),
  GoldenRow(
    274, 273, "layer4.2.bn3.running_var", [2048], "C5/bottleneck_2/conv2/BatchNorm/moving_variance",
    [2048], .copy),
  GoldenRow(275, 276, "fc.weight", [1000, 2048], "logits/weights", [2048, 1000], .denseTranspose),
  GoldenRow(276, 275, "fc.bias", [1000], "logits/biases", [1000], .copy),
]
