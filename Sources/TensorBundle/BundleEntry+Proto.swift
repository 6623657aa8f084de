internal import SwiftProtobuf

/// `BundleEntry` ⇄ `tensorflow.BundleEntryProto` (docs/checkpoint-format.md §3.2).
///
/// swift-protobuf writes fields in ascending number order and omits proto3
/// zeros, which is exactly what TensorFlow writes: `dtype`, `shape` (always
/// present, `12 00` for a scalar), `shard_id`/`offset`/`size` only when nonzero,
/// then the masked CRC as fixed32.
extension BundleEntry {
  var proto: Tensorflow_BundleEntryProto {
    var proto = Tensorflow_BundleEntryProto()
    proto.dtype = Tensorflow_DataType(rawValue: Int(dtype.rawValue)) ?? .dtInvalid
    proto.shape = Tensorflow_TensorShapeProto.with { shapeProto in
      shapeProto.dim = shape.map { size in .with { $0.size = Int64(size) } }
    }
    proto.shardID = Int32(truncatingIfNeeded: shardID)
    proto.offset = Int64(offset)
    proto.size = Int64(size)
    proto.crc32C = CRC32C.mask(crc32c)
    return proto
  }

  /// The serialized `BundleEntryProto`.
  func serialized() throws(TensorBundleError) -> [UInt8] {
    do {
      return try proto.serializedBytes()
    } catch {
      throw TensorBundleError(.invalidArgument, "cannot serialize bundle entry: \(error)")
    }
  }

  /// Decoded entry and whether it describes a partitioned (sliced) variable,
  /// whose bytes live under other keys.
  struct Decoded {
    var entry: BundleEntry
    var isSliced: Bool
  }

  /// Parses a serialized `BundleEntryProto`; `nil` message on success.
  static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<Decoded, DecodeFailure> {
    let proto: Tensorflow_BundleEntryProto
    do {
      proto = try Tensorflow_BundleEntryProto(serializedBytes: Array(bytes))
    } catch {
      return .failure(DecodeFailure(message: "bad BundleEntryProto: \(error)"))
    }
    guard !proto.shape.unknownRank else {
      return .failure(DecodeFailure(message: "shape has unknown rank"))
    }
    var shape: [Int] = []
    shape.reserveCapacity(proto.shape.dim.count)
    for dim in proto.shape.dim {
      guard dim.size >= 0, let size = Int(exactly: dim.size) else {
        return .failure(DecodeFailure(message: "bad dimension \(dim.size)"))
      }
      shape.append(size)
    }
    guard proto.shardID >= 0, proto.offset >= 0, proto.size >= 0,
      let offset = Int(exactly: proto.offset), let size = Int(exactly: proto.size)
    else {
      return .failure(
        DecodeFailure(
          message:
            "bad location: shard \(proto.shardID), offset \(proto.offset), size \(proto.size)"
        ))
    }
    let entry = BundleEntry(
      dtype: TFDataType(rawValue: Int32(truncatingIfNeeded: proto.dtype.rawValue)), shape: shape,
      shardID: Int(proto.shardID), offset: offset, size: size,
      crc32c: CRC32C.unmask(proto.crc32C))
    return .success(Decoded(entry: entry, isSliced: !proto.slices.isEmpty))
  }

  struct DecodeFailure: Error {
    var message: String
  }
}
