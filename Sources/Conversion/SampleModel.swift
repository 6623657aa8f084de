public import Files
public import MMapIO
public import ResNet
public import SystemPackage

/// Writes a deterministic, randomly initialised GluonCV ResNet in MXNet's
/// `save_parameters` format — the built-in default model for demos and tests,
/// made without MXNet.
///
/// Values: conv and dense weights uniform in ±√(2.4/fan_in) (variance 0.8/fan_in,
/// so activations and logits stay O(1–10) through any depth); BatchNorm gamma in [0.5, 1.5],
/// beta and running_mean in ±0.1, running_var in [0.5, 2]; biases in ±0.1.
/// The same seed always gives the same bytes. Tensors are generated and written
/// one at a time, so memory stays at one tensor.
public enum SampleModel {
  /// Writes `resnet<depth>_<family>` with `classes` outputs to `path`.
  public static func write(
    _ architecture: ModelArchitecture, to path: FilePath, seed: UInt64 = defaultSeed
  ) throws(MMapIOError) {
    let file: OutputFile
    do { file = try OutputFile(creating: path) } catch {
      throw MMapIOError(.systemCall, "cannot create file: \(error)", path: path)
    }
    try write(architecture, to: file, seed: seed)
  }

  /// The seed of the built-in sample.
  public static let defaultSeed: UInt64 = 0x6C75_6F6E_3274_66

  /// Writes `resnet<depth>_<family>` into `file`, a new file.
  public static func write(
    _ architecture: ModelArchitecture, to file: OutputFile, seed: UInt64 = defaultSeed
  ) throws(MMapIOError) {
    let tensors = architecture.expectedTensors()
    var writer = ParamsWriter(file: file, count: tensors.count)
    var random = SplitMix64(seed: seed)
    for tensor in tensors {
      let values = sampleValues(for: tensor, random: &random)
      let result = values.withUnsafeBytes { bytes in
        Result { () throws(MMapIOError) in
          try writer.append(
            name: tensor.structuralName, shape: tensor.shape, dtype: .float32, data: bytes)
        }
      }
      try result.get()
    }
    try writer.finish()
  }

  static func sampleValues(for tensor: LayoutTensor, random: inout SplitMix64) -> [Float] {
    let count = tensor.shape.reduce(1, *)
    let leaf = tensor.structuralName.split(separator: ".").last.map(String.init) ?? ""
    let range: ClosedRange<Float>
    switch leaf {
    case "weight":
      let fanIn = tensor.shape.dropFirst().reduce(1, *)
      let bound = (2.4 / Float(max(fanIn, 1))).squareRoot()
      range = -bound...bound
    case "gamma": range = 0.5...1.5
    case "running_var": range = 0.5...2
    default: range = -0.1...0.1
    }
    return (0..<count).map { _ in random.nextFloat(in: range) }
  }
}
