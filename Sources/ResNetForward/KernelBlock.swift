/// The kernel of a range of output channels, as a convolution's GEMM reads it.
///
/// - OIHW (`.nchw`): one row of `rowStride` (the reduction length) values per channel.
/// - HWIO (`.nhwc`): one row per reduction index, `rowStride` values apart, whose first
///   `channels.count` values are this block's channels.
struct KernelBlock {
  /// The output channels the block holds.
  var channels: Range<Int>
  var values: UnsafePointer<Float>
  /// Elements from one row of the kernel matrix to the next.
  var rowStride: Int
}

/// Large ungrouped kernels, computed in blocks of output channels so none is resident whole.
///
/// Why: a 2048→2048 1×1 kernel (ResNeXt-101 64×4d's last stage) is 16 MiB, more than
/// everything else a verification holds, and verification runs two passes at once: whole,
/// the two kernels alone pushed convert-with-verify of the largest models past its 64 MiB
/// bound. In blocks of at most ``blockElements`` values a pass holds 4 MiB of kernel.
///
/// Blocking over output channels leaves every output element's sum as it was (the same
/// reduction, in the same order, by the same kernel: block sizes are multiples of 64
/// channels, so BLAS sees the same vector tails), so the result is bit-identical to one call.
enum LargeKernel {
  /// Kernel values per block: 4 MiB of float32.
  static let blockElements = 1 << 20
  /// Kernel values per block read while gathering an HWIO block's columns: 1 MiB.
  static let gatherElements = 1 << 18

  /// Kernels over this many values (10 MiB) are computed in blocks. Why not every kernel over
  /// one block: the 9.4 MiB 512→512 3×3s of resnet50/101/152 (the largest below this) fit the
  /// bound whole, and in blocks their im2col is repeated per block, which made resnet50_v1d's
  /// verification about 10 % slower.
  static let largeElements = 10 << 18

  /// Whether a kernel of `geometry` is computed in blocks.
  static func isLarge(_ geometry: ConvolutionGeometry) -> Bool {
    geometry.groups == 1 && geometry.weightCount > largeElements
  }

  /// The output-channel ranges of the blocks, in order: whole multiples of 64 channels.
  static func channelBlocks(_ geometry: ConvolutionGeometry) -> [Range<Int>] {
    MatrixShape(rows: geometry.outputChannels, columns: geometry.reductionLength)
      .rowBlocks(maximumElements: blockElements)
  }

  /// Calls `body` with the OIHW blocks of `name`: row blocks straight from the provider, whose
  /// pages it may release after each.
  static func forEachOIHWBlock(
    _ name: String, geometry: ConvolutionGeometry, provider: any WeightProvider,
    _ body: (KernelBlock) -> Void
  ) throws {
    let shape = MatrixShape(rows: geometry.outputChannels, columns: geometry.reductionLength)
    try provider.forEachRowBlock(name, shape: shape, maximumElements: blockElements) { block in
      body(KernelBlock(channels: block.rows, values: block.values, rowStride: block.columns))
    }
  }

  /// Calls `body` with the HWIO blocks of `name`. A block of output channels is a block of
  /// columns, which touches every row: its columns are gathered into one packed buffer from
  /// row blocks of ``gatherElements`` values (released after each), so the kernel is read once
  /// per block and never resident whole.
  static func forEachHWIOBlock(
    _ name: String, geometry: ConvolutionGeometry, provider: any WeightProvider,
    _ body: (KernelBlock) -> Void
  ) throws {
    let blocks = channelBlocks(geometry)
    let reduction = geometry.reductionLength
    let outputs = geometry.outputChannels
    let widest = blocks.map(\.count).max() ?? 0
    let packed = UnsafeMutablePointer<Float>.allocate(capacity: max(reduction * widest, 1))
    defer { packed.deallocate() }
    let shape = MatrixShape(rows: reduction, columns: outputs)
    for channels in blocks {
      let width = channels.count
      try provider.forEachRowBlock(name, shape: shape, maximumElements: gatherElements) { rows in
        for r in rows.rows {
          (packed + r * width).update(
            from: rows.values + (r - rows.rows.lowerBound) * outputs + channels.lowerBound,
            count: width)
        }
      }
      body(KernelBlock(channels: channels, values: packed, rowStride: width))
    }
  }
}
