/// The weight files GluonCV 0.10.5 publishes for its ImageNet classification
/// models, by the SHA-1 its model store checks after a download: a source
/// whose SHA-1 is one of these is byte for byte that official release.
///
/// The names are GluonCV's model names (`get_model(name, pretrained=True)`);
/// its files are called `<name>-<first 8 hex digits of the SHA-1>.params`.
/// Detection, segmentation, pose, video and CIFAR models are left out: they
/// are not ImageNet classifiers.
public enum GluonCVRelease {
  /// (model name, SHA-1), grouped by family.
  static let table: [(name: String, sha1: String)] = [
    // ResNet V1 and V2 (He et al.; gluon.model_zoo layout)
    ("resnet18_v1", "a0666292f0a30ff61f857b0b66efc0228eb6a54b"),
    ("resnet34_v1", "48216ba99a8b1005d75c0f3a0c422301a0473233"),
    ("resnet50_v1", "cc729d95031ca98cf2ff362eb57dee4d9994e4b2"),
    ("resnet101_v1", "d988c13d6159779e907140a638c56f229634cb02"),
    ("resnet152_v1", "acfd09703b113143af9c33898bad8b6154fd6fb0"),
    ("resnet18_v2", "a81db45fd7b7a2d12ab97cd88ef0a5ac48b8f657"),
    ("resnet34_v2", "9d6b80bbc35169de6b6edecffdd6047c56fdd322"),
    ("resnet50_v2", "ecdde35339c1aadbec4f547857078e734a76fb49"),
    ("resnet101_v2", "18e93e4f48947e002547f50eabbcc9c83e516aa6"),
    ("resnet152_v2", "f2695542de38cf7e71ed58f02893d82bb409415e"),
    // ResNet V1b, V1c, V1d, V1s (the families gluon2tf converts)
    ("resnet18_v1b", "2d9d980c990442f826f20781ed039851e78dabe3"),
    ("resnet34_v1b", "8e16b84814e84f64d897854003f049872991eaa6"),
    ("resnet50_v1b", "0ecdba34691be172036ddf244ff1b2eade75ffde"),
    ("resnet101_v1b", "a455932aa95cb7dcfa05fd040b9b5a5660733c39"),
    ("resnet152_v1b", "a5a61ee1ce5ab7c09720775b223360f3c60e211d"),
    ("resnet50_v1c", "2a4e070854db538595cc7ee02e1a914bdd49ca02"),
    ("resnet101_v1c", "064858f23f9878bfbbe378a88ccb25d612b149a1"),
    ("resnet152_v1c", "75babab699e1c93f5da3c1ce4fd0092d1075f9a0"),
    ("resnet50_v1d", "117a384ecf61490eb31ea147eb0e61e6d2b8a449"),
    ("resnet101_v1d", "1b2b825feff86b0354642a4ab59f9b6e35e47338"),
    ("resnet152_v1d", "cddbc86ff24a5544f57242ded0acb14ef1fbd437"),
    ("resnet50_v1s", "25a187fa281ddc98afbcd0cc0f0646885b874b80"),
    ("resnet101_v1s", "bd93a83c05f709a803b1221aeff0b028e6eebb03"),
    ("resnet152_v1s", "cf74621d988ad06c6c6aa44f5597e5b600a966cc"),
    ("resnet50_v1b_gn", "48ddf358d5acc879f76740dae695be67d96beea6"),
    // Pruned ResNets
    ("resnet18_v1b_2.6x", "54f7742b1f8939ef8e59ede3469bfa5eb6e247fa"),
    ("resnet50_v1d_1.8x", "a230c33f7966ab761597328686b28d0545e4ea30"),
    ("resnet50_v1d_3.6x", "0d3e69bb033d1375c3734419bbc653c3a474ea53"),
    ("resnet50_v1d_5.9x", "9982ae4985b14e1c0ab25342a9f08bc4773b3998"),
    ("resnet50_v1d_8.8x", "6a25eeceb7d27bd9c05fa2bf250c55d3960ad4c7"),
    ("resnet101_v1d_1.9x", "a872796b63fb883116831db3454711421a628154"),
    ("resnet101_v1d_2.2x", "712fccb185921a596baebe9246ff6c994b88591b"),
    // ResNeXt, SE-ResNeXt, SENet, ResNeSt
    ("resnext50_32x4d", "4ecf62e29336e0cbc5a2f844652635a330928b5a"),
    ("resnext101_32x4d", "8654ca5d0ba30a7868c5b42a7d4cc0ff2ba04dbc"),
    ("resnext101_64x4d", "2f0d1c9d343d140775bfa7548dd3a881a35855de"),
    ("se_resnext50_32x4d", "7906e0e16013ef8d195cbc05463cc37783ec7a8a"),
    ("se_resnext101_32x4d", "688e238985d45a38803c62cf345af2813d0e8aa0"),
    ("se_resnext101_64x4d", "11c50114a0483e27e74dc4236904254ef05b634b"),
    ("senet_154", "b5538ef10557243511b9b46063aa4c40790d74ba"),
    ("resnest14", "7e0b0cae2fd7e9084d1e498b858af1429a6eb1cb"),
    ("resnest26", "364590740605b6a2b95f5bb77436d781a817436f"),
    ("resnest50", "bcfefe1dd1dd1ef5cfed5563123c1490ea37b42e"),
    ("resnest101", "5da943b3230f071525a98639945a6b3b3a45ac95"),
    ("resnest200", "0c5d117df664ace220aa6fc2922c094bb079d381"),
    ("resnest269", "11ae7f5da2bcdbad05ba7e84f9b74383e717f3e3"),
    // Other ImageNet classifiers
    ("alexnet", "44335d1f0046b328243b32a26a4fbd62d9057b45"),
    ("darknet53", "2189ea49720a116dead245b9b252301cffa18d28"),
    ("densenet121", "f27dbf2dbd5ce9a80b102d89c7483342cd33cb31"),
    ("densenet161", "b6c8a95717e3e761bd88d145f4d0a214aaa515dc"),
    ("densenet169", "2603f878403c6aa5a71a124c4a3307143d6820e9"),
    ("densenet201", "1cdbc116bc3a1b65832b18cf53e1cb8e7da017eb"),
    ("dla34", "5fd8d651eea4b8f3767174ea63bd0afc1fa541d8"),
    ("googlenet", "c7c89366fb4410c0aeb34827795f7dab9423f950"),
    ("inceptionv3", "a5050dbcbfc54908fc1b7700698eb7ffbc150417"),
    ("xception", "37c1c90b56800303a66934487fbf017bca8bba00"),
    ("mobilenet0.25", "f0046a3da4e150b85da58ea31913dbb86e7540d1"),
    ("mobilenet0.5", "0130d2aa2f7e3a63db35579b243e25f512172371"),
    ("mobilenet0.75", "84c801e27b1ac5040b6e945c0d1f8d49e9a59f3d"),
    ("mobilenet1.0", "efbb2ca3881998d5a8c5cb6c457a28c1e085fed5"),
    ("mobilenetv2_0.25", "9b1d2cc38fed4cd171a7f7a0d17fe1a905573887"),
    ("mobilenetv2_0.5", "0803818513599fa1329524ee3607b708b4a4630f"),
    ("mobilenetv2_0.75", "b56e3d1c33eb52d0b90678db4ce6c5ca6c9a6704"),
    ("mobilenetv2_1.0", "f9952bcde7a7982947ac5240546e1c1c8f057370"),
    ("mobilenetv3_large", "eaa44578554ddffaf2a2630ced9093181ff79688"),
    ("mobilenetv3_small", "10430433698d18f49991e4a366c9fce8f9286298"),
    ("squeezenet1.0", "264ba4970a0cc87a4f15c96e25246a1307caf523"),
    ("squeezenet1.1", "33ba0f93753c83d86e1eb397f38a667eaf2e9376"),
    ("vgg11", "dd221b160977f36a53f464cb54648d227c707a05"),
    ("vgg11_bn", "ee79a8098a91fbe05b7a973fed2017a6117723a8"),
    ("vgg13", "6bc5de58a05a5e2e7f493e2d75a580d83efde38c"),
    ("vgg13_bn", "7d97a06c3c7a1aecc88b6e7385c2b373a249e95e"),
    ("vgg16", "e660d4569ccb679ec68f1fd3cce07a387252a90a"),
    ("vgg16_bn", "7f01cf050d357127a73826045c245041b0df7363"),
    ("vgg19", "ad2f660d101905472b83590b59708b71ea22b2e5"),
    ("vgg19_bn", "f360b758e856f1074a85abd5fd873ed1d98297c3"),
    ("hrnet_w18_cls", "9c946e56229ae6d1e4ec482c3be63ae2ee33d654"),
    ("hrnet_w18_small_v1_cls", "c224ae0fe80dd060d244b6a934dada1de0a9c021"),
    ("hrnet_w18_small_v2_cls", "346da53060b949a3a3ffb83a9b6f9ba46c5c4fbc"),
    ("hrnet_w30_cls", "2d8eb90b4a3dc8a4fc8d95910e83de425f002c74"),
    ("hrnet_w32_cls", "d1d41a36de3d1eca7b595973779268bc3f828f5b"),
    ("hrnet_w40_cls", "f8b0a2f9e2db56d23c594847b7f913db9e56cc57"),
    ("hrnet_w44_cls", "b36ab13a611bfd196c46dc9cdda918b63789722d"),
    ("hrnet_w48_cls", "be50e56dea846e87343b09b4ba9687b98bd47d0c"),
    ("hrnet_w64_cls", "76f1b7077179f21c4147ff77f9e0999db879d7ec"),
  ]

  /// Model names by SHA-1, built once.
  private static let byDigest: [String: String] = Dictionary(
    table.map { ($0.sha1, $0.name) }, uniquingKeysWith: { first, _ in first })

  /// Every model name in the table.
  public static var names: [String] { table.map(\.name) }

  /// The model names, for lookups.
  static let nameSet: Set<String> = Set(table.map(\.name))

  /// The official release whose file has the SHA-1 `sha1` (hex, either case),
  /// if there is one.
  public static func model(withSHA1 sha1: String) -> String? {
    byDigest[sha1.lowercased()]
  }
}
