/// The shape of one 2-D convolution (square kernel, same stride and padding on both axes, as
/// every ResNet convolution has), batch 1, no bias.
///
/// `groups` splits input and output channels into that many independent convolutions
/// (ResNeXt-style); every ResNetV1b layer uses 1.
struct ConvolutionGeometry: Sendable, Hashable {
  var inputChannels: Int
  var outputChannels: Int
  var kernelHeight: Int
  var kernelWidth: Int
  var stride: Int
  /// Zeros added on every side: implicit in MXNet, an explicit `tf.pad` in the slim graph.
  var padding: Int
  var groups: Int = 1
  /// Floats one im2col band may hold (tests lower it to exercise banding).
  var im2colBudget: Int = Self.defaultIm2colBudget

  /// Input channels each group reads.
  var inputChannelsPerGroup: Int { inputChannels / groups }
  /// Output channels each group writes.
  var outputChannelsPerGroup: Int { outputChannels / groups }
  /// Elements of one group's reduction: one GEMM `K`.
  var reductionLength: Int { inputChannelsPerGroup * kernelHeight * kernelWidth }
  /// Elements of the kernel (OIHW and HWIO alike).
  var weightCount: Int { outputChannels * reductionLength }
  /// A 1×1, stride-1, unpadded convolution is a plain GEMM on the input: no im2col.
  var isPointwise: Bool { kernelHeight == 1 && kernelWidth == 1 && stride == 1 && padding == 0 }

  /// Floats an im2col tile may hold (2 MiB, about one core's L2): larger column matrices are
  /// built a band of output rows at a time, which bounds peak memory (a 3×3 conv on
  /// 112×112×64 would need 29 MiB in one piece) at no measurable GEMM cost once a band has a
  /// few thousand columns. Why not more: both verification paths run at once, and OpenBLAS
  /// packs up to a band's worth of it again for each; with 8 MiB bands resnet50_v1d's verify
  /// peaked at 77 MiB, with 2 MiB at 52 MiB (and the same CPU time).
  static let defaultIm2colBudget = 1 << 19

  /// Output rows per im2col band for an output `outputWidth` wide (at least one).
  func rowsPerTile(outputWidth: Int) -> Int {
    max(1, im2colBudget / max(1, reductionLength * outputWidth))
  }

  /// How an output of `size` is computed in bands: output rows per band (all of them for a
  /// pointwise convolution, which reads its input in place) and the floats of the one im2col
  /// buffer every band reuses (none for a pointwise convolution). Both layouts band alike.
  func bands(output size: (height: Int, width: Int)) -> (rowsPerBand: Int, columnFloats: Int) {
    if isPointwise { return (size.height, 0) }
    let rows = rowsPerTile(outputWidth: size.width)
    return (rows, reductionLength * min(rows, size.height) * size.width)
  }

  /// The output size with symmetric padding and floor rounding (MXNet; also what TF's VALID
  /// gives on the explicitly padded input).
  func outputSize(height: Int, width: Int) -> (height: Int, width: Int) {
    (
      (height + 2 * padding - kernelHeight) / stride + 1,
      (width + 2 * padding - kernelWidth) / stride + 1
    )
  }

  /// Checks the geometry, `input` and `weightCount` against each other and returns the output
  /// size.
  ///
  /// - Throws: `ForwardError` for a bad geometry, an input of another layout or channel count,
  ///   a kernel larger than the padded input, or sizes beyond 32-bit BLAS indices.
  func validate(
    _ input: Activation, layout: ActivationLayout, weightCount given: Int, name: String
  ) throws(ForwardError) -> (height: Int, width: Int) {
    guard kernelHeight >= 1, kernelWidth >= 1, stride >= 1, padding >= 0, groups >= 1,
      inputChannels >= 1, outputChannels >= 1,
      inputChannels % groups == 0, outputChannels % groups == 0
    else {
      throw ForwardError(
        .invalidArchitecture, "convolution `\(name)` has an unusable geometry \(self)",
        tensorName: name)
    }
    try input.check(layout: layout, channels: inputChannels, layer: name)
    guard given == weightCount else {
      throw ForwardError(
        .weightSizeMismatch,
        "weight `\(name)` has \(given) values; a \(outputChannels)×\(inputChannelsPerGroup)"
          + "×\(kernelHeight)×\(kernelWidth) kernel needs \(weightCount)",
        tensorName: name)
    }
    guard input.height + 2 * padding >= kernelHeight, input.width + 2 * padding >= kernelWidth
    else {
      throw ForwardError(
        .unsupportedSize,
        "convolution `\(name)` (\(kernelHeight)×\(kernelWidth), pad \(padding)) does not fit a "
          + "\(input.height)×\(input.width) input", tensorName: name)
    }
    let output = outputSize(height: input.height, width: input.width)
    // OpenBLAS takes 32-bit sizes; the largest index any GEMM or im2col buffer sees is bounded
    // by these products.
    let limit = Int(Int32.max)
    let paddedCount =
      (input.height + 2 * padding) * (input.width + 2 * padding) * inputChannels
    guard paddedCount < limit, output.height * output.width * outputChannels < limit,
      output.width * reductionLength < limit
    else {
      throw ForwardError(
        .unsupportedSize,
        "convolution `\(name)` on a \(input.height)×\(input.width)×\(inputChannels) input "
          + "exceeds 32-bit BLAS sizes", tensorName: name)
    }
    return output
  }
}
