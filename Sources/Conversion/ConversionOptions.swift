public import ResNet

/// What to convert and how.
public struct ConversionOptions: Sendable {
  /// The variable scope; `nil` uses the detected model name (`resnet101_v1d`).
  public var scope: String?
  /// Largest data shard in bytes; a tensor is never split, so a shard can exceed
  /// this only when a single tensor does.
  public var maxShardSize: Int
  /// Keep float16, float64 and bfloat16 tensors in their own type (`--dtype keep`)
  /// instead of writing float32. Non-float weights are refused either way.
  public var keepHalfPrecision: Bool
  /// Resolves a family that names and shapes cannot tell apart (export files).
  public var familyHint: ResNetFamily?
  /// How to verify the checkpoint before it is published; `nil` skips verification.
  public var verification: VerificationOptions?

  /// The default shard size: 64 MiB gives resnet101 three data files.
  public static let defaultShardSize = 64 << 20

  public init(
    scope: String? = nil, maxShardSize: Int = defaultShardSize, keepHalfPrecision: Bool = false,
    familyHint: ResNetFamily? = nil,
    verification: VerificationOptions? = VerificationOptions()
  ) {
    self.scope = scope
    self.maxShardSize = maxShardSize
    self.keepHalfPrecision = keepHalfPrecision
    self.familyHint = familyHint
    self.verification = verification
  }
}
