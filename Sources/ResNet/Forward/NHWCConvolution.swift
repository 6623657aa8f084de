/// Convolution as the slim graph computes it on `[H][W][C]` activations and HWIO kernels:
/// explicit symmetric `tf.pad`, then a VALID convolution.
///
/// Per group and band of output rows:
/// `out[HW][O] = col[HW][kh·kw·C] × W[kh·kw·C][O]`, then the fused epilogue.
enum NHWCConvolution {
  /// Pads `input` by `geometry.padding` (`TFPad`), convolves it VALID with `weights` (HWIO,
  /// `geometry.weightCount` values) and applies `epilogue` with `residual` added before the
  /// ReLU.
  ///
  /// - Throws: `ForwardError` when input, weights or residual do not fit `geometry`.
  static func apply(
    _ input: Activation, weights: UnsafeBufferPointer<Float>, geometry: ConvolutionGeometry,
    epilogue: ChannelEpilogue, residual: Activation? = nil, name: String = "convolution"
  ) throws(ForwardError) -> Activation {
    let size = try geometry.validate(
      input, layout: .nhwc, weightCount: weights.count, name: name)
    try residual?.check(layout: .nhwc, channels: geometry.outputChannels, layer: name + " residual")
    if let residual, residual.height != size.height || residual.width != size.width {
      throw ForwardError(
        .unsupportedSize,
        "the shortcut of `\(name)` is \(residual.height)×\(residual.width), the body "
          + "\(size.height)×\(size.width)")
    }
    var valid = geometry
    valid.padding = 0
    let padded = TFPad.zeroPadded(input, padding: geometry.padding)
    return validConvolution(
      padded, weights: weights, geometry: valid, epilogue: epilogue, residual: residual)
  }

  /// The VALID convolution of an already padded input (`geometry.padding` is ignored).
  static func validConvolution(
    _ input: Activation, weights: UnsafeBufferPointer<Float>, geometry g: ConvolutionGeometry,
    epilogue: ChannelEpilogue, residual: Activation?
  ) -> Activation {
    let s = g.stride
    let outHeight = (input.height - g.kernelHeight) / s + 1
    let outWidth = (input.width - g.kernelWidth) / s + 1
    let k = g.reductionLength
    let og = g.outputChannelsPerGroup
    let pointwise = g.kernelHeight == 1 && g.kernelWidth == 1 && s == 1
    let rowsPerTile = pointwise ? outHeight : g.rowsPerTile(outputWidth: outWidth)
    let columnCount = pointwise ? 0 : k * min(rowsPerTile, outHeight) * outWidth
    // One band buffer reused by every band and group; freed on return.
    let column = UnsafeMutablePointer<Float>.allocate(capacity: max(columnCount, 1))
    defer { column.deallocate() }

    return Activation.uninitialized(
      layout: .nhwc, channels: g.outputChannels, height: outHeight, width: outWidth
    ) { out in
      input.values.withUnsafeBufferPointer { src in
        residual.withValuePointer { res in
          guard let src = src.baseAddress, let w = weights.baseAddress, let out = out.baseAddress
          else { return }
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
                  column, input: src, inputWidth: input.width, channels: input.channels,
                  geometry: g, group: group, rows: row0..<row1, outputWidth: outWidth)
                a = UnsafePointer(column)
                lda = k
              }
              // HWIO is already the [kh·kw·I][O] matrix; a group takes its column slice.
              GEMM.multiply(
                m: tilePixels, n: og, k: k, a: a, lda: lda, b: w + group * og,
                ldb: g.outputChannels,
                c: out + firstPixel * g.outputChannels + group * og, ldc: g.outputChannels)
            }
            epilogue.applyChannelMinor(
              out, pixels: firstPixel..<(firstPixel + tilePixels), residual: res)
            row0 = row1
          }
        }
      }
    }
  }

  /// Writes the band `rows` of one group's column matrix: row `(oy − rows.lowerBound)·OW + ox`,
  /// column `(ky·kw + kx)·Cg + c` (HWIO's reduction order), value
  /// `padded[oy·s + ky][ox·s + kx][group·Cg + c]`.
  static func fillColumns(
    _ column: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, inputWidth: Int,
    channels: Int, geometry g: ConvolutionGeometry, group: Int, rows: Range<Int>,
    outputWidth: Int
  ) {
    let cg = g.inputChannelsPerGroup
    let kw = g.kernelWidth
    var dst = column
    for oy in rows {
      for ox in 0..<outputWidth {
        for ky in 0..<g.kernelHeight {
          let source = input + ((oy * g.stride + ky) * inputWidth + ox * g.stride) * channels
          if g.groups == 1 {
            // Without groups, the kw·C values of one kernel row are contiguous in both the
            // input and the column row: one copy instead of kw.
            dst.update(from: source, count: kw * channels)
          } else {
            for kx in 0..<kw {
              (dst + kx * cg).update(from: source + kx * channels + group * cg, count: cg)
            }
          }
          dst += kw * cg
        }
      }
    }
  }
}
