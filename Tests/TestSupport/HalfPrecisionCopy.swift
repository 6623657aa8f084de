import MMapIO
public import SystemPackage

/// Writes a copy of a float32 `.params` file whose convolution kernels are
/// float16, as GluonCV's `net.cast('float16'); save_parameters()` saves them
/// (BatchNorm and dense tensors stay float32 here).
public enum HalfPrecisionCopy {
  public static func write(from source: FilePath, to destination: FilePath) throws {
    let params = try ParamsFile(path: source)
    var writer = try ParamsWriter(path: destination, count: params.records.count)
    for record in params.records {
      let data = params.data(of: record)
      if record.shape.count == 4 {
        let halves = (0..<record.elementCount).map {
          Float16(Float(bitPattern: data.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)))
            .bitPattern
        }
        try halves.withUnsafeBytes {
          try writer.append(name: record.name ?? "", shape: record.shape, dtype: .float16, data: $0)
        }
      } else {
        try writer.append(name: record.name ?? "", shape: record.shape, dtype: .float32, data: data)
      }
    }
    try writer.finish()
  }
}
