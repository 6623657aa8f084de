/// The index's header entry (key `""`): one `BundleHeaderProto` (docs/checkpoint-format.md §3.1).
public struct BundleHeader: Sendable, Hashable {
  /// Byte order of the numeric payloads.
  public enum Endianness: Sendable, Hashable {
    case little
    case big
  }

  /// Number of data shards, `PREFIX.data-00000-of-NNNNN` …
  public var numShards: Int
  public var endianness: Endianness
  /// `VersionDef.producer`; TensorFlow writes 1.
  public var producer: Int32
  /// `VersionDef.min_consumer`; TensorFlow writes 0 and refuses anything above 1.
  public var minConsumer: Int32
  /// `VersionDef.bad_consumers`.
  public var badConsumers: [Int32]

  public init(
    numShards: Int, endianness: Endianness = .little, producer: Int32 = 1,
    minConsumer: Int32 = 0, badConsumers: [Int32] = []
  ) {
    self.numShards = numShards
    self.endianness = endianness
    self.producer = producer
    self.minConsumer = minConsumer
    self.badConsumers = badConsumers
  }
}
