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
    try residual?.check(layout: .nchw, channels: g.outputChannels, layer: name + " residual")
    if let residual, residual.height != size.height || residual.width != size.width {
      throw ForwardError(
        .unsupportedSize,
        "the shortcut of `\(name)` is \(residual.height)×\(residual.width), the body "
          + "\(size.height)×\(size.width)")
    }
    let outPlane = size.height * size.width
    let k = g.reductionLength
    let og = g.outputChannelsPerGroup
    let rowsPerTile = g.isPointwise ? size.height : g.rowsPerTile(outputWidth: size.width)
    let columnCount = g.isPointwise ? 0 : k * min(rowsPerTile, size.height) * size.width
    // One band buffer reused by every band and group; freed on return.
    let column = UnsafeMutablePointer<Float>.allocate(capacity: max(columnCount, 1))
    defer { column.deallocate() }

    return Activation.uninitialized(
      layout: .nchw, channels: g.outputChannels, height: size.height, width: size.width
    ) { out in
      input.values.withUnsafeBufferPointer { src in
        residual.withValuePointer { res in
          guard let src = src.baseAddress, let w = weights.baseAddress, let out = out.baseAddress
          else { return }
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
                m: og, n: tilePixels, k: k, a: w + group * og * k, lda: k, b: b, ldb: ldb,
                c: out + group * og * outPlane + firstPixel, ldc: outPlane)
            }
            epilogue.applyChannelMajor(
              out, planeSize: outPlane, pixels: firstPixel..<(firstPixel + tilePixels),
              residual: res)
            row0 = row1
          }
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
