/// Convolution as the slim graph computes it on `[H][W][C]` activations and HWIO kernels:
/// explicit symmetric `tf.pad`, then a VALID convolution.
///
/// The padding is never materialised: im2col writes the zeros `tf.pad` would have put there,
/// so the column matrix, and every product, is exactly the one of the padded input, without
/// a padded copy of the activation per convolution (6.5 MiB for the stem's at 448×448).
///
/// Per group and band of output rows:
/// `out[HW][O] = col[HW][kh·kw·C] × W[kh·kw·C][O]`, then the fused epilogue.
enum NHWCConvolution {
  /// Convolves `input`, zero-padded by `geometry.padding` as `TFPad` would, VALID with
  /// `weights` (HWIO, `geometry.weightCount` values) and applies `epilogue` with `residual`
  /// added before the ReLU.
  ///
  /// - Throws: `ForwardError` when input, weights or residual do not fit `geometry`.
  static func apply(
    _ input: Activation, weights: UnsafeBufferPointer<Float>, geometry: ConvolutionGeometry,
    epilogue: ChannelEpilogue, residual: Activation? = nil, name: String = "convolution"
  ) throws(ForwardError) -> Activation {
    let size = try geometry.validate(
      input, layout: .nhwc, weightCount: weights.count, name: name)
    try Activation.checkResidual(
      residual, layout: .nhwc, channels: geometry.outputChannels, size: size, name: name)
    return convolve(
      input, geometry: geometry, output: size, epilogue: epilogue, residual: residual
    ) { body in
      // Never nil: `validate` checked that the kernel has values.
      guard let w = weights.baseAddress else { return }
      body(
        KernelBlock(
          channels: 0..<geometry.outputChannels, values: w, rowStride: geometry.outputChannels))
    }
  }

  /// The same with the kernel served in blocks of output channels by `kernel` (each an HWIO
  /// block: `reductionLength` rows of `rowStride` values, whose first `channels.count` are the
  /// block's), for a kernel too large to hold whole (``KernelBlock``). Ungrouped convolutions
  /// only.
  ///
  /// - Throws: `ForwardError` when input or residual do not fit `geometry`; what `kernel` throws.
  static func apply(
    _ input: Activation, geometry: ConvolutionGeometry, epilogue: ChannelEpilogue,
    residual: Activation?, name: String,
    kernel: ((KernelBlock) -> Void) throws -> Void
  ) throws -> Activation {
    let size = try geometry.validate(
      input, layout: .nhwc, weightCount: geometry.weightCount, name: name)
    try Activation.checkResidual(
      residual, layout: .nhwc, channels: geometry.outputChannels, size: size, name: name)
    return try convolve(
      input, geometry: geometry, output: size, epilogue: epilogue, residual: residual,
      kernel: kernel)
  }

  /// The convolution of a validated input whose output is `size`, with the kernel blocks
  /// `kernel` hands to its body in turn (one block of every channel, or several of a large
  /// ungrouped kernel). Each block's output channels are computed band by band and get their
  /// epilogue; a block changes which columns of `W` a GEMM takes, never an element's sum.
  private static func convolve(
    _ input: Activation, geometry g: ConvolutionGeometry,
    output size: (height: Int, width: Int), epilogue: ChannelEpilogue, residual: Activation?,
    kernel: ((KernelBlock) -> Void) throws -> Void
  ) rethrows -> Activation {
    let (outHeight, outWidth) = size
    let k = g.reductionLength
    let pointwise = g.isPointwise
    let (rowsPerTile, columnCount) = g.bands(output: size)
    // One band buffer reused by every band, group and block; freed on return.
    let column = UnsafeMutablePointer<Float>.allocate(capacity: max(columnCount, 1))
    defer { column.deallocate() }

    return try Activation.computed(
      layout: .nhwc, channels: g.outputChannels, size: size, from: input, residual: residual
    ) { out, src, res in
      try kernel { block in
        // Output channels per GEMM: a group's, or the block's when there are no groups.
        let og = block.channels.count / g.groups
        var row0 = 0
        while row0 < outHeight {
          let row1 = min(row0 + rowsPerTile, outHeight)
          let tilePixels = (row1 - row0) * outWidth
          let firstPixel = row0 * outWidth
          for group in 0..<g.groups {
            let a: UnsafePointer<Float>
            let lda: Int
            if pointwise {
              // A 1×1/1 kernel's column matrix is the input itself (pixels × channels); a
              // group reads its channel slice with the full row stride.
              a = src + firstPixel * input.channels + group * g.inputChannelsPerGroup
              lda = input.channels
            } else {
              fillColumns(
                column, input: src, inputHeight: input.height, inputWidth: input.width,
                channels: input.channels, geometry: g, group: group, rows: row0..<row1,
                outputWidth: outWidth)
              a = UnsafePointer(column)
              lda = k
            }
            // HWIO is already the [kh·kw·I][O] matrix; a group takes its column slice.
            GEMM.multiply(
              m: tilePixels, n: og, k: k, a: a, lda: lda, b: block.values + group * og,
              ldb: block.rowStride,
              c: out + firstPixel * g.outputChannels + block.channels.lowerBound + group * og,
              ldc: g.outputChannels)
          }
          epilogue.applyChannelMinor(
            out, pixels: firstPixel..<(firstPixel + tilePixels), residual: res,
            channels: block.channels)
          row0 = row1
        }
      }
    }
  }

  /// Writes the band `rows` of one group's column matrix: row `(oy − rows.lowerBound)·OW + ox`,
  /// column `(ky·kw + kx)·Cg + c` (HWIO's reduction order), value
  /// `padded[oy·s + ky][ox·s + kx][group·Cg + c]` of the input zero-padded by `p` on every
  /// side: `in[oy·s − p + ky][ox·s − p + kx][group·Cg + c]`, zero outside the input.
  static func fillColumns(
    _ column: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, inputHeight: Int,
    inputWidth: Int, channels: Int, geometry g: ConvolutionGeometry, group: Int,
    rows: Range<Int>, outputWidth: Int
  ) {
    let cg = g.inputChannelsPerGroup
    let kw = g.kernelWidth
    let s = g.stride
    let p = g.padding
    var dst = column
    for oy in rows {
      for ox in 0..<outputWidth {
        // Kernel columns kx whose input column ox·s − p + kx lies in [0, W).
        let x0 = ox * s - p
        let first = max(0, -x0)
        let last = max(first, min(kw, inputWidth - x0))
        for ky in 0..<g.kernelHeight {
          let iy = oy * s - p + ky
          guard iy >= 0, iy < inputHeight, first < last else {
            dst.update(repeating: 0, count: kw * cg)
            dst += kw * cg
            continue
          }
          // Index arithmetic stays in Int: `x0` may be negative, a pointer must not be.
          let source = input + ((iy * inputWidth + x0 + first) * channels)
          dst.update(repeating: 0, count: first * cg)
          if g.groups == 1 {
            // Without groups, the values of one kernel row's valid columns are contiguous in
            // both the input and the column row: one copy instead of one per column.
            (dst + first * cg).update(from: source, count: (last - first) * channels)
          } else {
            for kx in first..<last {
              (dst + kx * cg).update(
                from: source + (kx - first) * channels + group * cg, count: cg)
            }
          }
          (dst + last * cg).update(repeating: 0, count: (kw - last) * cg)
          dst += kw * cg
        }
      }
    }
  }
}
