import ResNet

/// GluonCV 0.10.5 `resnest14()`: `save_parameters` order and names, `collect_params()` names
/// (the automatic prefix `resnest_` stripped) and shapes, and the TensorFlow path
/// docs/naming.md §13 gives each (computed from the table's rules, not by gluon2tf).
let resnest14Golden: [ResNeStGoldenRow] = [
  ResNeStGoldenRow(
    "conv1.0.weight", "conv0_weight", [32, 3, 3, 3],
    "C1/conv0/weights"),
  ResNeStGoldenRow(
    "conv1.1.gamma", "batchnorm0_gamma", [32],
    "C1/conv0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "conv1.1.beta", "batchnorm0_beta", [32],
    "C1/conv0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "conv1.1.running_mean", "batchnorm0_running_mean", [32],
    "C1/conv0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "conv1.1.running_var", "batchnorm0_running_var", [32],
    "C1/conv0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "conv1.3.weight", "conv1_weight", [32, 32, 3, 3],
    "C1/conv1/weights"),
  ResNeStGoldenRow(
    "conv1.4.gamma", "batchnorm1_gamma", [32],
    "C1/conv1/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "conv1.4.beta", "batchnorm1_beta", [32],
    "C1/conv1/BatchNorm/beta"),
  ResNeStGoldenRow(
    "conv1.4.running_mean", "batchnorm1_running_mean", [32],
    "C1/conv1/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "conv1.4.running_var", "batchnorm1_running_var", [32],
    "C1/conv1/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "conv1.6.weight", "conv2_weight", [64, 32, 3, 3],
    "C1/conv2/weights"),
  ResNeStGoldenRow(
    "bn1.gamma", "batchnorm2_gamma", [64],
    "C1/conv2/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "bn1.beta", "batchnorm2_beta", [64],
    "C1/conv2/BatchNorm/beta"),
  ResNeStGoldenRow(
    "bn1.running_mean", "batchnorm2_running_mean", [64],
    "C1/conv2/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "bn1.running_var", "batchnorm2_running_var", [64],
    "C1/conv2/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer1.0.conv1.weight", "layers1_conv0_weight", [64, 64, 1, 1],
    "C2/bottleneck_0/conv0/weights"),
  ResNeStGoldenRow(
    "layer1.0.bn1.gamma", "layers1_batchnorm0_gamma", [64],
    "C2/bottleneck_0/conv0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer1.0.bn1.beta", "layers1_batchnorm0_beta", [64],
    "C2/bottleneck_0/conv0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer1.0.bn1.running_mean", "layers1_batchnorm0_running_mean", [64],
    "C2/bottleneck_0/conv0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer1.0.bn1.running_var", "layers1_batchnorm0_running_var", [64],
    "C2/bottleneck_0/conv0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer1.0.conv2.conv.weight", "layers1_conv1_weight", [128, 32, 3, 3],
    "C2/bottleneck_0/splat/conv/weights"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn.gamma", "layers1_batchnorm1_gamma", [128],
    "C2/bottleneck_0/splat/conv/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn.beta", "layers1_batchnorm1_beta", [128],
    "C2/bottleneck_0/splat/conv/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn.running_mean", "layers1_batchnorm1_running_mean", [128],
    "C2/bottleneck_0/splat/conv/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn.running_var", "layers1_batchnorm1_running_var", [128],
    "C2/bottleneck_0/splat/conv/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer1.0.conv2.fc1.weight", "layers1_conv2_weight", [32, 64, 1, 1],
    "C2/bottleneck_0/splat/fc0/weights"),
  ResNeStGoldenRow(
    "layer1.0.conv2.fc1.bias", "layers1_conv2_bias", [32],
    "C2/bottleneck_0/splat/fc0/biases"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn1.gamma", "layers1_batchnorm2_gamma", [32],
    "C2/bottleneck_0/splat/fc0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn1.beta", "layers1_batchnorm2_beta", [32],
    "C2/bottleneck_0/splat/fc0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn1.running_mean", "layers1_batchnorm2_running_mean", [32],
    "C2/bottleneck_0/splat/fc0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer1.0.conv2.bn1.running_var", "layers1_batchnorm2_running_var", [32],
    "C2/bottleneck_0/splat/fc0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer1.0.conv2.fc2.weight", "layers1_conv3_weight", [128, 32, 1, 1],
    "C2/bottleneck_0/splat/fc1/weights"),
  ResNeStGoldenRow(
    "layer1.0.conv2.fc2.bias", "layers1_conv3_bias", [128],
    "C2/bottleneck_0/splat/fc1/biases"),
  ResNeStGoldenRow(
    "layer1.0.conv3.weight", "layers1_conv4_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/conv2/weights"),
  ResNeStGoldenRow(
    "layer1.0.bn3.gamma", "layers1_batchnorm3_gamma", [256],
    "C2/bottleneck_0/conv2/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer1.0.bn3.beta", "layers1_batchnorm3_beta", [256],
    "C2/bottleneck_0/conv2/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer1.0.bn3.running_mean", "layers1_batchnorm3_running_mean", [256],
    "C2/bottleneck_0/conv2/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer1.0.bn3.running_var", "layers1_batchnorm3_running_var", [256],
    "C2/bottleneck_0/conv2/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer1.0.downsample.1.weight", "down1_conv0_weight", [256, 64, 1, 1],
    "C2/bottleneck_0/shortcut/weights"),
  ResNeStGoldenRow(
    "layer1.0.downsample.2.gamma", "down1_batchnorm0_gamma", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer1.0.downsample.2.beta", "down1_batchnorm0_beta", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer1.0.downsample.2.running_mean", "down1_batchnorm0_running_mean", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer1.0.downsample.2.running_var", "down1_batchnorm0_running_var", [256],
    "C2/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer2.0.conv1.weight", "layers2_conv0_weight", [128, 256, 1, 1],
    "C3/bottleneck_0/conv0/weights"),
  ResNeStGoldenRow(
    "layer2.0.bn1.gamma", "layers2_batchnorm0_gamma", [128],
    "C3/bottleneck_0/conv0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer2.0.bn1.beta", "layers2_batchnorm0_beta", [128],
    "C3/bottleneck_0/conv0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer2.0.bn1.running_mean", "layers2_batchnorm0_running_mean", [128],
    "C3/bottleneck_0/conv0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer2.0.bn1.running_var", "layers2_batchnorm0_running_var", [128],
    "C3/bottleneck_0/conv0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer2.0.conv2.conv.weight", "layers2_conv1_weight", [256, 64, 3, 3],
    "C3/bottleneck_0/splat/conv/weights"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn.gamma", "layers2_batchnorm1_gamma", [256],
    "C3/bottleneck_0/splat/conv/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn.beta", "layers2_batchnorm1_beta", [256],
    "C3/bottleneck_0/splat/conv/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn.running_mean", "layers2_batchnorm1_running_mean", [256],
    "C3/bottleneck_0/splat/conv/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn.running_var", "layers2_batchnorm1_running_var", [256],
    "C3/bottleneck_0/splat/conv/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer2.0.conv2.fc1.weight", "layers2_conv2_weight", [64, 128, 1, 1],
    "C3/bottleneck_0/splat/fc0/weights"),
  ResNeStGoldenRow(
    "layer2.0.conv2.fc1.bias", "layers2_conv2_bias", [64],
    "C3/bottleneck_0/splat/fc0/biases"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn1.gamma", "layers2_batchnorm2_gamma", [64],
    "C3/bottleneck_0/splat/fc0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn1.beta", "layers2_batchnorm2_beta", [64],
    "C3/bottleneck_0/splat/fc0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn1.running_mean", "layers2_batchnorm2_running_mean", [64],
    "C3/bottleneck_0/splat/fc0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer2.0.conv2.bn1.running_var", "layers2_batchnorm2_running_var", [64],
    "C3/bottleneck_0/splat/fc0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer2.0.conv2.fc2.weight", "layers2_conv3_weight", [256, 64, 1, 1],
    "C3/bottleneck_0/splat/fc1/weights"),
  ResNeStGoldenRow(
    "layer2.0.conv2.fc2.bias", "layers2_conv3_bias", [256],
    "C3/bottleneck_0/splat/fc1/biases"),
  ResNeStGoldenRow(
    "layer2.0.conv3.weight", "layers2_conv4_weight", [512, 128, 1, 1],
    "C3/bottleneck_0/conv2/weights"),
  ResNeStGoldenRow(
    "layer2.0.bn3.gamma", "layers2_batchnorm3_gamma", [512],
    "C3/bottleneck_0/conv2/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer2.0.bn3.beta", "layers2_batchnorm3_beta", [512],
    "C3/bottleneck_0/conv2/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer2.0.bn3.running_mean", "layers2_batchnorm3_running_mean", [512],
    "C3/bottleneck_0/conv2/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer2.0.bn3.running_var", "layers2_batchnorm3_running_var", [512],
    "C3/bottleneck_0/conv2/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer2.0.downsample.1.weight", "down2_conv0_weight", [512, 256, 1, 1],
    "C3/bottleneck_0/shortcut/weights"),
  ResNeStGoldenRow(
    "layer2.0.downsample.2.gamma", "down2_batchnorm0_gamma", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer2.0.downsample.2.beta", "down2_batchnorm0_beta", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer2.0.downsample.2.running_mean", "down2_batchnorm0_running_mean", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer2.0.downsample.2.running_var", "down2_batchnorm0_running_var", [512],
    "C3/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer3.0.conv1.weight", "layers3_conv0_weight", [256, 512, 1, 1],
    "C4/bottleneck_0/conv0/weights"),
  ResNeStGoldenRow(
    "layer3.0.bn1.gamma", "layers3_batchnorm0_gamma", [256],
    "C4/bottleneck_0/conv0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer3.0.bn1.beta", "layers3_batchnorm0_beta", [256],
    "C4/bottleneck_0/conv0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer3.0.bn1.running_mean", "layers3_batchnorm0_running_mean", [256],
    "C4/bottleneck_0/conv0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer3.0.bn1.running_var", "layers3_batchnorm0_running_var", [256],
    "C4/bottleneck_0/conv0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer3.0.conv2.conv.weight", "layers3_conv1_weight", [512, 128, 3, 3],
    "C4/bottleneck_0/splat/conv/weights"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn.gamma", "layers3_batchnorm1_gamma", [512],
    "C4/bottleneck_0/splat/conv/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn.beta", "layers3_batchnorm1_beta", [512],
    "C4/bottleneck_0/splat/conv/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn.running_mean", "layers3_batchnorm1_running_mean", [512],
    "C4/bottleneck_0/splat/conv/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn.running_var", "layers3_batchnorm1_running_var", [512],
    "C4/bottleneck_0/splat/conv/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer3.0.conv2.fc1.weight", "layers3_conv2_weight", [128, 256, 1, 1],
    "C4/bottleneck_0/splat/fc0/weights"),
  ResNeStGoldenRow(
    "layer3.0.conv2.fc1.bias", "layers3_conv2_bias", [128],
    "C4/bottleneck_0/splat/fc0/biases"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn1.gamma", "layers3_batchnorm2_gamma", [128],
    "C4/bottleneck_0/splat/fc0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn1.beta", "layers3_batchnorm2_beta", [128],
    "C4/bottleneck_0/splat/fc0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn1.running_mean", "layers3_batchnorm2_running_mean", [128],
    "C4/bottleneck_0/splat/fc0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer3.0.conv2.bn1.running_var", "layers3_batchnorm2_running_var", [128],
    "C4/bottleneck_0/splat/fc0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer3.0.conv2.fc2.weight", "layers3_conv3_weight", [512, 128, 1, 1],
    "C4/bottleneck_0/splat/fc1/weights"),
  ResNeStGoldenRow(
    "layer3.0.conv2.fc2.bias", "layers3_conv3_bias", [512],
    "C4/bottleneck_0/splat/fc1/biases"),
  ResNeStGoldenRow(
    "layer3.0.conv3.weight", "layers3_conv4_weight", [1024, 256, 1, 1],
    "C4/bottleneck_0/conv2/weights"),
  ResNeStGoldenRow(
    "layer3.0.bn3.gamma", "layers3_batchnorm3_gamma", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer3.0.bn3.beta", "layers3_batchnorm3_beta", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer3.0.bn3.running_mean", "layers3_batchnorm3_running_mean", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer3.0.bn3.running_var", "layers3_batchnorm3_running_var", [1024],
    "C4/bottleneck_0/conv2/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer3.0.downsample.1.weight", "down3_conv0_weight", [1024, 512, 1, 1],
    "C4/bottleneck_0/shortcut/weights"),
  ResNeStGoldenRow(
    "layer3.0.downsample.2.gamma", "down3_batchnorm0_gamma", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer3.0.downsample.2.beta", "down3_batchnorm0_beta", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer3.0.downsample.2.running_mean", "down3_batchnorm0_running_mean", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer3.0.downsample.2.running_var", "down3_batchnorm0_running_var", [1024],
    "C4/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer4.0.conv1.weight", "layers4_conv0_weight", [512, 1024, 1, 1],
    "C5/bottleneck_0/conv0/weights"),
  ResNeStGoldenRow(
    "layer4.0.bn1.gamma", "layers4_batchnorm0_gamma", [512],
    "C5/bottleneck_0/conv0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer4.0.bn1.beta", "layers4_batchnorm0_beta", [512],
    "C5/bottleneck_0/conv0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer4.0.bn1.running_mean", "layers4_batchnorm0_running_mean", [512],
    "C5/bottleneck_0/conv0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer4.0.bn1.running_var", "layers4_batchnorm0_running_var", [512],
    "C5/bottleneck_0/conv0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer4.0.conv2.conv.weight", "layers4_conv1_weight", [1024, 256, 3, 3],
    "C5/bottleneck_0/splat/conv/weights"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn.gamma", "layers4_batchnorm1_gamma", [1024],
    "C5/bottleneck_0/splat/conv/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn.beta", "layers4_batchnorm1_beta", [1024],
    "C5/bottleneck_0/splat/conv/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn.running_mean", "layers4_batchnorm1_running_mean", [1024],
    "C5/bottleneck_0/splat/conv/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn.running_var", "layers4_batchnorm1_running_var", [1024],
    "C5/bottleneck_0/splat/conv/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer4.0.conv2.fc1.weight", "layers4_conv2_weight", [256, 512, 1, 1],
    "C5/bottleneck_0/splat/fc0/weights"),
  ResNeStGoldenRow(
    "layer4.0.conv2.fc1.bias", "layers4_conv2_bias", [256],
    "C5/bottleneck_0/splat/fc0/biases"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn1.gamma", "layers4_batchnorm2_gamma", [256],
    "C5/bottleneck_0/splat/fc0/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn1.beta", "layers4_batchnorm2_beta", [256],
    "C5/bottleneck_0/splat/fc0/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn1.running_mean", "layers4_batchnorm2_running_mean", [256],
    "C5/bottleneck_0/splat/fc0/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer4.0.conv2.bn1.running_var", "layers4_batchnorm2_running_var", [256],
    "C5/bottleneck_0/splat/fc0/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer4.0.conv2.fc2.weight", "layers4_conv3_weight", [1024, 256, 1, 1],
    "C5/bottleneck_0/splat/fc1/weights"),
  ResNeStGoldenRow(
    "layer4.0.conv2.fc2.bias", "layers4_conv3_bias", [1024],
    "C5/bottleneck_0/splat/fc1/biases"),
  ResNeStGoldenRow(
    "layer4.0.conv3.weight", "layers4_conv4_weight", [2048, 512, 1, 1],
    "C5/bottleneck_0/conv2/weights"),
  ResNeStGoldenRow(
    "layer4.0.bn3.gamma", "layers4_batchnorm3_gamma", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer4.0.bn3.beta", "layers4_batchnorm3_beta", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer4.0.bn3.running_mean", "layers4_batchnorm3_running_mean", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer4.0.bn3.running_var", "layers4_batchnorm3_running_var", [2048],
    "C5/bottleneck_0/conv2/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "layer4.0.downsample.1.weight", "down4_conv0_weight", [2048, 1024, 1, 1],
    "C5/bottleneck_0/shortcut/weights"),
  ResNeStGoldenRow(
    "layer4.0.downsample.2.gamma", "down4_batchnorm0_gamma", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/gamma"),
  ResNeStGoldenRow(
    "layer4.0.downsample.2.beta", "down4_batchnorm0_beta", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/beta"),
  ResNeStGoldenRow(
    "layer4.0.downsample.2.running_mean", "down4_batchnorm0_running_mean", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_mean"),
  ResNeStGoldenRow(
    "layer4.0.downsample.2.running_var", "down4_batchnorm0_running_var", [2048],
    "C5/bottleneck_0/shortcut/BatchNorm/moving_variance"),
  ResNeStGoldenRow(
    "fc.weight", "dense0_weight", [1000, 2048],
    "logits/weights"),
  ResNeStGoldenRow(
    "fc.bias", "dense0_bias", [1000],
    "logits/biases"),
]

/// One tensor of a real GluonCV ResNeSt: the same four columns as the SE goldens.
typealias ResNeStGoldenRow = SEGoldenRow
