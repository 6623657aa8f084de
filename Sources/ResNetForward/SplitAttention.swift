import ResNet

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension ForwardPass {
  /// ResNeSt's split-attention convolution on `input` (the unit's first 1×1 output), then its
  /// `avd` pool when the step has one: GluonCV's `SplitAttentionConv` in either layout
  /// (docs/naming.md §13).
  ///
  /// The two attention layers act on one 1×1 activation, so they run as the ordinary grouped
  /// convolutions they are; only the split sum, the softmax over the splits and the weighted
  /// sum are this layer's own.
  ///
  /// - Throws: `invalidArchitecture` for a step whose widths do not divide by its radix;
  ///   as `convolution`.
  func splitAttention(_ input: Activation, _ step: SplitAttentionStep) throws -> Activation {
    let radix = step.radix
    let channels = step.channels
    let x = try convolution(input, step.convolution)
    guard radix >= 1, channels * radix == x.channels,
      step.expand.outputChannels == x.channels
    else {
      throw ForwardError(
        .invalidArchitecture,
        "`\(step.convolution.module)`: \(x.channels) channels and \(step.expand.outputChannels) "
          + "attention logits do not split into radix \(radix) of \(channels)")
    }
    // GluonCV sums the splits elementwise, then averages over the pixels.
    let summed = SplitAttention.sumOfSplits(x, radix: radix)
    let squeezed = Activation(
      layout: layout, channels: channels, height: 1, width: 1,
      values: GlobalAveragePool.apply(summed))
    let hidden = try convolution(squeezed, step.reduce)
    let expand = step.expand
    let bias = try vector(expand.biasName, count: expand.outputChannels)
    let logits = try convolution(
      hidden, weightName: expand.weightName, shape: expand.shape, groups: expand.groups,
      stride: 1,
      epilogue: ChannelEpilogue(
        scale: [Float](repeating: 1, count: bias.count), shift: bias, relu: false))
    let attention = SplitAttention.splitWeights(
      logits.values, radix: radix, cardinality: step.cardinality)
    let combined = SplitAttention.weightedSum(x, attention, radix: radix)
    guard let stride = step.poolStride else { return combined }
    // `AvgPool2D(3, stride, padding=1)`: floor mode, padding counted (every window / 9); the
    // slim form is a zero `tf.pad` then a VALID average pool, which counts the zeros alike.
    let pool = PoolGeometry(kernel: 3, stride: stride, padding: 1)
    let name = "\(step.convolution.module) avd"
    switch layout {
    case .nchw:
      return try MXNetAveragePool.apply(
        combined, pool, ceilMode: false, countIncludePad: true, name: name)
    case .nhwc:
      return try TFAveragePool.validAfterZeroPad(combined, pool, name: name)
    }
  }
}

/// The arithmetic of split attention that is not a convolution, in either layout. Split `r`
/// of an activation of R·C channels is channels `r·C ..< (r+1)·C`.
enum SplitAttention {
  /// The elementwise sum of the `radix` splits of `x`: C channels (the weighted sum with
  /// every weight 1, which multiplies exactly).
  static func sumOfSplits(_ x: Activation, radix: Int) -> Activation {
    weightedSum(x, [Float](repeating: 1, count: x.channels), radix: radix)
  }

  /// GluonCV's rSoftMax: the weight of split `r` for channel `c = g·C/K + j` at
  /// `[r·C + c]`, the softmax over r of logit `g·R·C/K + r·C/K + j` (MXNet's: the maximum
  /// subtracted first); with radix 1 the sigmoid of logit `c`.
  static func splitWeights(_ logits: [Float], radix: Int, cardinality: Int) -> [Float] {
    guard radix > 1 else {
      // MXNet's float sigmoid; exp(−x) = +inf gives the right limit 0.
      return logits.map { 1 / (1 + expf(-$0)) }
    }
    let channels = logits.count / radix
    let perGroup = channels / max(cardinality, 1)
    var weights = [Float](repeating: 0, count: logits.count)
    var row = [Float](repeating: 0, count: radix)
    for g in 0..<cardinality {
      for j in 0..<perGroup {
        for r in 0..<radix { row[r] = logits[g * radix * perGroup + r * perGroup + j] }
        let largest = row.max() ?? 0
        var total: Float = 0
        for r in 0..<radix {
          row[r] = expf(row[r] - largest)
          total += row[r]
        }
        for r in 0..<radix { weights[r * channels + g * perGroup + j] = row[r] / total }
      }
    }
    return weights
  }

  /// `Σ_r weights[r·C + c] · x[split r, channel c]`: C channels.
  static func weightedSum(_ x: Activation, _ weights: [Float], radix: Int) -> Activation {
    let channels = x.channels / radix
    let pixels = x.planeSize
    return Activation.uninitialized(
      layout: x.layout, channels: channels, height: x.height, width: x.width
    ) { out in
      x.values.withUnsafeBufferPointer { src in
        weights.withUnsafeBufferPointer { w in
          switch x.layout {
          case .nchw:
            for c in 0..<channels {
              for p in 0..<pixels { out[c * pixels + p] = w[c] * src[c * pixels + p] }
              for r in 1..<max(radix, 1) {
                let s = w[r * channels + c]
                let base = (r * channels + c) * pixels
                for p in 0..<pixels { out[c * pixels + p] += s * src[base + p] }
              }
            }
          case .nhwc:
            for p in 0..<pixels {
              let base = p * channels * radix
              for c in 0..<channels {
                var sum = w[c] * src[base + c]
                for r in 1..<max(radix, 1) {
                  sum += w[r * channels + c] * src[base + r * channels + c]
                }
                out[p * channels + c] = sum
              }
            }
          }
        }
      }
    }
  }
}
