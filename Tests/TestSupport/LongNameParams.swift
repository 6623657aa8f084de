public import MMapIO
public import SystemPackage

/// A `.params` file whose one tensor has a name the test chooses (megabytes
/// long, or full of control characters): what a hostile drop holds.
public enum NamedTensorParams {
  /// Writes a one-tensor float32 `.params` at `path`, the tensor named `name`.
  public static func write(tensorName name: String, to path: FilePath) throws(MMapIOError) {
    var writer = try ParamsWriter(path: path, count: 1)
    let values = [Float](repeating: 0.25, count: 4)
    let appended = values.withUnsafeBytes { bytes in
      Result { () throws(MMapIOError) in
        try writer.append(name: name, shape: [2, 2], dtype: .float32, data: bytes)
      }
    }
    try appended.get()
    try writer.finish()
  }

  /// A tensor name of `bytes` bytes (`x`…), larger than any sink should show.
  public static func hugeName(bytes: Int = 20 << 20) -> String {
    String(repeating: "x", count: bytes)
  }
}
