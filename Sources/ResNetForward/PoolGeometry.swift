/// A square pooling window: size, stride and (implicit or explicit) padding.
struct PoolGeometry: Sendable, Hashable {
  var kernel: Int
  var stride: Int
  var padding: Int = 0

  /// MXNet's output length along one axis of `input` elements: floor division,
  /// or ceiling with `ceilMode` (`AvgPool2D(ceil_mode=True)`). Call after `validate`.
  func outputSize(_ input: Int, ceilMode: Bool = false) -> Int {
    let extra = input + 2 * padding - kernel
    return 1 + (extra + (ceilMode ? stride - 1 : 0)) / stride
  }

  /// Throws unless the window is usable on an `height`×`width` input.
  func validate(height: Int, width: Int, name: String) throws(ForwardError) {
    // padding < kernel keeps every window overlapping the input (as MXNet requires).
    guard kernel >= 1, stride >= 1, padding >= 0, padding < kernel else {
      throw ForwardError(.invalidArchitecture, "pool `\(name)` has an unusable geometry \(self)")
    }
    guard height + 2 * padding >= kernel, width + 2 * padding >= kernel else {
      throw ForwardError(
        .unsupportedSize,
        "pool `\(name)` (\(kernel)×\(kernel), pad \(padding)) does not fit a "
          + "\(height)×\(width) input")
    }
  }
}
