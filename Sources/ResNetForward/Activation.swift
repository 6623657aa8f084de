/// A batch-1 float32 activation: `[C][H][W]` for `.nchw`, `[H][W][C]` for `.nhwc`. Owns its
/// storage.
///
/// `values.count` must equal `channels · height · width`; a forward pass rejects an activation
/// that does not hold (`ForwardError.Code.inconsistentActivation`).
public struct Activation: Sendable {
  /// The memory order of `values`.
  public let layout: ActivationLayout
  /// Channels (C).
  public let channels: Int
  /// Rows (H).
  public let height: Int
  /// Columns (W).
  public let width: Int
  /// `channels · height · width` values in `layout` order.
  public var values: [Float]

  /// Creates an activation from values already in `layout` order.
  public init(layout: ActivationLayout, channels: Int, height: Int, width: Int, values: [Float]) {
    self.layout = layout
    self.channels = channels
    self.height = height
    self.width = width
    self.values = values
  }

  /// Whether the dimensions are non-negative and `values.count` equals their product.
  public var isConsistent: Bool {
    guard channels >= 0, height >= 0, width >= 0 else { return false }
    let (hw, o1) = height.multipliedReportingOverflow(by: width)
    let (chw, o2) = hw.multipliedReportingOverflow(by: channels)
    return !o1 && !o2 && chw == values.count
  }

  /// The same activation in `layout` (a transpose; a copy when the layout is already `layout`).
  ///
  /// An inconsistent activation (see `isConsistent`) cannot be transposed: its values are kept
  /// as they are under the new layout, and a forward pass given it reports
  /// `inconsistentActivation`.
  public func converted(to layout: ActivationLayout) -> Activation {
    guard layout != self.layout, isConsistent else {
      return Activation(
        layout: layout, channels: channels, height: height, width: width, values: values)
    }
    let planeSize = height * width
    let c = channels
    let transposed = [Float](unsafeUninitializedCapacity: values.count) { out, count in
      values.withUnsafeBufferPointer { src in
        switch layout {
        case .nhwc:
          // dst[p][c] = src[c][p]: walk the source linearly so reads stream.
          for channel in 0..<c {
            for p in 0..<planeSize { out[p * c + channel] = src[channel * planeSize + p] }
          }
        case .nchw:
          for p in 0..<planeSize {
            for channel in 0..<c { out[channel * planeSize + p] = src[p * c + channel] }
          }
        }
      }
      count = values.count
    }
    return Activation(
      layout: layout, channels: channels, height: height, width: width, values: transposed)
  }
}
