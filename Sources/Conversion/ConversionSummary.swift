public import ResNet
public import SystemPackage

/// What a finished conversion produced.
public struct ConversionSummary: Sendable {
  public var source: FilePath
  public var sourceBytes: Int
  public var architecture: ModelArchitecture
  public var namingStyle: NamingStyle
  public var scope: String
  /// The published checkpoint directory.
  public var destination: FilePath
  /// `<destination>/<scope>.ckpt`: what `tf.train.load_checkpoint` takes.
  public var checkpointPrefix: FilePath
  /// Files in the destination, by name.
  public var files: [String]
  public var tensorCount: Int
  public var bytesWritten: Int
  public var shardCount: Int
  /// Wall time in nanoseconds, verification included.
  public var durationNanoseconds: UInt64
  /// The verification published as `report.json`, unless it was skipped.
  public var verification: VerificationReport?
  /// What went wrong after the checkpoint was renamed into place (it is
  /// published all the same), e.g. a failed `fsync` of its directory.
  public var publishingProblem: String? = nil
  /// The GluonCV model whose official weights the source is, byte for byte
  /// (``GluonCVRelease``), when it is one.
  public var gluoncvRelease: String? = nil

  /// Points the paths at where the checkpoint was published.
  mutating func published(at path: FilePath) {
    checkpointPrefix = path.appending(checkpointPrefix.lastComponent?.string ?? "")
    destination = path
  }
}
