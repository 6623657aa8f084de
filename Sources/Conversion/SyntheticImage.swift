public import ResNet
public import ResNetForward

/// The default verification input: a deterministic, ImageNet-normalised image.
///
/// How it is made: for each channel c, row y and column x (C-order, NCHW), a
/// pixel value u in [0, 1) is drawn from SplitMix64 seeded with
/// ``seed``; it is normalised as (u − mean[c]) / std[c] with ImageNet's
/// mean (0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225) — exactly what
/// GluonCV's `transform_eval` does after `ToTensor`. The same size always gives
/// the same bytes, so a report can be reproduced anywhere.
public enum SyntheticImage {
  public static let seed: UInt64 = 0x5EED_0000_0224
  public static let mean: [Float] = [0.485, 0.456, 0.406]
  public static let std: [Float] = [0.229, 0.224, 0.225]

  /// A 3 × `height` × `width` NCHW activation.
  public static func make(height: Int = 224, width: Int = 224) -> Activation {
    var random = SplitMix64(seed: seed)
    var values = [Float](repeating: 0, count: 3 * height * width)
    for c in 0..<3 {
      for i in 0..<(height * width) {
        let u = random.nextFloat(in: 0...1)
        values[c * height * width + i] = (u - mean[c]) / std[c]
      }
    }
    return Activation(layout: .nchw, channels: 3, height: height, width: width, values: values)
  }
}
