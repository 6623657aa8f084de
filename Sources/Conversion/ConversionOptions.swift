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
  /// The most data bytes the source's array headers may declare in all
  /// (`max-source-bytes`): checked header by header, before the data is
  /// written, so a compressed "bomb" is refused early.
  public var maxSourceBytes: Int
  /// Refuse a source whose name carries GluonCV's SHA-1 prefix when its
  /// SHA-1 does not start with it (``GluonCVName``); `--no-name-check`
  /// turns it off. Applied by ``Converter/convert(source:to:options:conflict:progress:)``
  /// and by the daemon, which hashes the source itself.
  public var nameCheck = true

  /// The default shard size: 64 MiB gives resnet101 three data files.
  public static let defaultShardSize = 64 << 20
  /// The default `max-source-bytes`: 8 GiB, far above any ImageNet ResNet
  /// (resnet152 is 240 MB).
  public static let defaultMaxSourceBytes = 8 << 30

  public init(
    scope: String? = nil, maxShardSize: Int = defaultShardSize, keepHalfPrecision: Bool = false,
    familyHint: ResNetFamily? = nil,
    verification: VerificationOptions? = VerificationOptions(),
    maxSourceBytes: Int = defaultMaxSourceBytes
  ) {
    self.maxSourceBytes = maxSourceBytes
    self.scope = scope
    self.maxShardSize = maxShardSize
    self.keepHalfPrecision = keepHalfPrecision
    self.familyHint = familyHint
    self.verification = verification
  }
}
