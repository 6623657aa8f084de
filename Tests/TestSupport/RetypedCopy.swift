public import MMapIO
public import SystemPackage

/// Writes a copy of a float32 `.params` file in which the tensors `retype`
/// chooses are stored with another element type: float64 (each value nudged
/// off the float32 grid, so that writing it back as float32 must round), or
/// int8/bool (the values' signs), as a hostile or mistaken file would hold.
public enum RetypedCopy {
  /// The float64 stored for a float32 value `x`: `x` plus a third of its ulp,
  /// so rounding to nearest gives `x` back and truncation could not tell.
  public static func nudged(_ x: Float) -> Double { Double(x) + Double(x.ulp) / 3 }

  public static func write(
    from source: FilePath, to destination: FilePath, retype: (NDArrayRecord) -> MXNetDType?
  ) throws {
    let params = try ParamsFile(path: source)
    var writer = try ParamsWriter(path: destination, count: params.records.count)
    for record in params.records {
      let data = params.data(of: record)
      let name = record.name ?? ""
      let floats = (0..<record.elementCount).map {
        Float(bitPattern: data.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
      }
      switch retype(record) {
      case .float64:
        try floats.map { nudged($0).bitPattern }.withUnsafeBytes {
          try writer.append(name: name, shape: record.shape, dtype: .float64, data: $0)
        }
      case .int8:
        try floats.map { Int8($0.sign == .minus ? -1 : 1) }.withUnsafeBytes {
          try writer.append(name: name, shape: record.shape, dtype: .int8, data: $0)
        }
      case .bool:
        try floats.map { UInt8($0 > 0 ? 1 : 0) }.withUnsafeBytes {
          try writer.append(name: name, shape: record.shape, dtype: .bool, data: $0)
        }
      default:
        try writer.append(name: name, shape: record.shape, dtype: .float32, data: data)
      }
    }
    try writer.finish()
  }
}
