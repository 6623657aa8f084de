internal import SwiftProtobuf

/// `BundleHeader` ⇄ `tensorflow.BundleHeaderProto` (docs/checkpoint-format.md §3.1).
/// TensorFlow's bytes for N < 128 shards: `08 NN 1a 02 08 01`.
extension BundleHeader {
  var proto: Tensorflow_BundleHeaderProto {
    var proto = Tensorflow_BundleHeaderProto()
    proto.numShards = Int32(truncatingIfNeeded: numShards)
    proto.endianness = endianness == .big ? .big : .little
    proto.version = Tensorflow_VersionDef.with {
      $0.producer = producer
      $0.minConsumer = minConsumer
      $0.badConsumers = badConsumers
    }
    return proto
  }

  func serialized() throws(TensorBundleError) -> [UInt8] {
    do {
      return try proto.serializedBytes()
    } catch {
      throw TensorBundleError(.invalidArgument, "cannot serialize bundle header: \(error)")
    }
  }

  /// Parses a serialized `BundleHeaderProto`.
  static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<
    BundleHeader, BundleEntry.DecodeFailure
  > {
    let proto: Tensorflow_BundleHeaderProto
    do {
      proto = try Tensorflow_BundleHeaderProto(serializedBytes: Array(bytes))
    } catch {
      return .failure(.init(message: "bad BundleHeaderProto: \(error)"))
    }
    let endianness: Endianness
    switch proto.endianness {
    case .little: endianness = .little
    case .big: endianness = .big
    case .UNRECOGNIZED(let value):
      return .failure(.init(message: "unknown endianness \(value)"))
    }
    guard proto.numShards >= 1 else {
      return .failure(.init(message: "bad num_shards \(proto.numShards)"))
    }
    return .success(
      BundleHeader(
        numShards: Int(proto.numShards), endianness: endianness, producer: proto.version.producer,
        minConsumer: proto.version.minConsumer, badConsumers: proto.version.badConsumers))
  }
}
