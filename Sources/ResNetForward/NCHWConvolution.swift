/// Convolution with MXNet semantics on `[C][H][W]` activations and OIHW kernels: implicit
/// symmetric zero padding, floor output size.
///
/// Per group and band of output rows:
/// `out[O][HW] = W[O][C·kh·kw] × col[C·kh·kw][HW]`, then the fused epilogue.
enum NCHWConvolution {
  /// Convolves `input` with `weights` (OIHW, `geometry.weightCount` values) and applies
  /// `epilogue` (whose vectors have `outputChannels` entries) with `residual` added before the
  /// ReLU.
  ///
  /// - Throws: `ForwardError` when input, weights or residual do not fit `geometry`.
  static func apply(
    _ input: Activation, weights: UnsafeBufferPointer<Float>, geometry g: ConvolutionGeometry,
    epilogue: ChannelEpilogue, residual: Activation? = nil, name: String = "convolution"
  ) throws(ForwardError) -> Activation {
    let size = try g.validate(input, layout: .nchw, weightCount: weights.count, name: name)
    try Activation.checkResidual(
      residual, layout: .nchw, channels: g.outputChannels, size: size, name: name)
    return convolve(input, geometry: g, output: size, epilogue: epilogue, residual: residual) {
      body in
      // Never nil: `validate` checked that the kernel has values.
      guard let w = weights.baseAddress else { return }
      body(KernelBlock(channels: 0..<g.outputChannels, values: w, rowStride: g.reductionLength))
    }
  }

  /// The same with the kernel served in blocks of output channels by `kernel` (each an OIHW
  /// block: `rowStride` is the reduction length), for a kernel too large to hold whole
  /// (``KernelBlock``). Ungrouped convolutions only.
  ///
  /// - Throws: `ForwardError` when input or residual do not fit `geometry`; what `kernel` throws.
  static func apply(
    _ input: Activation, geometry g: ConvolutionGeometry, epilogue: ChannelEpilogue,
    residual: Activation?, name: String,
    kernel: ((KernelBlock) -> Void) throws -> Void
  ) throws -> Activation {
    let size = try g.validate(input, layout: .nchw, weightCount: g.weightCount, name: name)
    try Activation.checkResidual(
      residual, layout: .nchw, channels: g.outputChannels, size: size, name: name)
    return try convolve(
      input, geometry: g, output: size, epilogue: epilogue, residual: residual, kernel: kernel)
  }

  /// The convolution of a validated input whose output is `size`, with the kernel blocks
  /// `kernel` hands to its body in turn (one block of every channel, or several of a large
  /// ungrouped kernel). Each block's output channels are computed band by band and get their
  /// epilogue; a block changes which rows of `W` a GEMM takes, never an element's sum.
  private static func convolve(
    _ input: Activation, geometry g: ConvolutionGeometry,
    output size: (height: Int, width: Int), epilogue: ChannelEpilogue, residual: Activation?,
    kernel: ((KernelBlock) -> Void) throws -> Void
  ) rethrows -> Activation {
    let outPlane = size.height * size.width
    let k = g.reductionLength
    let (rowsPerTile, columnCount) = g.bands(output: size)
    // One band buffer reused by every band, group and block; freed on return.
    let column = UnsafeMutablePointer<Float>.allocate(capacity: max(columnCount, 1))
    defer { column.deallocate() }

    return try Activation.computed(
      layout: .nchw, channels: g.outputChannels, size: size, from: input, residual: residual
    ) { out, src, res in
      try kernel { block in
        // Output channels per GEMM: a group's, or the block's when there are no groups.
        let og = block.channels.count / g.groups
        var row0 = 0
        while row0 < size.height {
          let row1 = min(row0 + rowsPerTile, size.height)
          let tilePixels = (row1 - row0) * size.width
          let firstPixel = row0 * size.width
          for group in 0..<g.groups {
            let b: UnsafePointer<Float>
            let ldb: Int
            if g.isPointwise {
              // A 1×1/1 kernel's column matrix is the input plane itself.
              b = src + group * g.inputChannelsPerGroup * input.planeSize + firstPixel
              ldb = input.planeSize
            } else {
              fillColumns(
                column, input: src, inputHeight: input.height, inputWidth: input.width,
                geometry: g, group: group, rows: row0..<row1, outputWidth: size.width)
              b = UnsafePointer(column)
              ldb = tilePixels
            }
            // Output rows of this group, columns of this band: the band is a contiguous
            // slice of every output plane, hence ldc = the whole plane.
            GEMM.multiply(
              m: og, n: tilePixels, k: k, a: block.values + group * og * block.rowStride,
              lda: block.rowStride, b: b, ldb: ldb,
              c: out + (block.channels.lowerBound + group * og) * outPlane + firstPixel,
              ldc: outPlane)
          }
          epilogue.applyChannelMajor(
            out, planeSize: outPlane, pixels: firstPixel..<(firstPixel + tilePixels),
            residual: res, channels: block.channels)
          row0 = row1
        }
      }
    }
  }

  /// Writes the band `rows` of one group's column matrix: row `(c·kh + ky)·kw + kx` (OIHW's
  /// reduction order), column `(oy − rows.lowerBound)·OW + ox`, value
  /// `in[c][oy·s − p + ky][ox·s − p + kx]`, zero outside the input (MXNet's implicit padding).
  static func fillColumns(
    _ column: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>,
    inputHeight: Int, inputWidth: Int, geometry g: ConvolutionGeometry, group: Int,
    rows: Range<Int>, outputWidth: Int
  ) {
    let s = g.stride
    let p = g.padding
    let tilePixels = rows.count * outputWidth
    let plane = inputHeight * inputWidth
    var dst = column
    for ci in 0..<g.inputChannelsPerGroup {
      let channel = input + (group * g.inputChannelsPerGroup + ci) * plane
      for ky in 0..<g.kernelHeight {
        for kx in 0..<g.kernelWidth {
          // Output columns whose input column ox·s − p + kx lies in [0, W): computed once per
          // (ky, kx) so the inner copies have no bounds tests.
          let offset = kx - p
          let first = offset >= 0 ? 0 : min(outputWidth, (-offset + s - 1) / s)
          let last =
            inputWidth - 1 - offset < 0 ? 0 : min(outputWidth, (inputWidth - 1 - offset) / s + 1)
          let valid = max(first, 0)..<max(last, first)
          for (band, oy) in rows.enumerated() {
            let target = dst + band * outputWidth
            let iy = oy * s - p + ky
            guard iy >= 0, iy < inputHeight else {
              target.update(repeating: 0, count: outputWidth)
              continue
            }
            // Index arithmetic stays in Int: `rowStart` may be negative, a pointer must not be.
            let rowStart = iy * inputWidth + offset
            target.update(repeating: 0, count: valid.lowerBound)
            if s == 1 {
              (target + valid.lowerBound).update(
                from: channel + (rowStart + valid.lowerBound), count: valid.count)
            } else {
              for ox in valid { target[ox] = channel[rowStart + ox * s] }
            }
            (target + valid.upperBound).update(
              repeating: 0, count: outputWidth - valid.upperBound)
          }
          dst += tilePixels
        }
      }
    }
  }
}
