import Glibc
import MMapIO
import SystemPackage

/// Seed inputs, made by the project's own writers at fuzzer start-up when the
/// corpus directory is empty (so no binary seeds live in git).
enum FuzzSeeds {
  /// Small valid `.params` files covering the format's branches.
  static func writeParamsSeeds(into corpus: FilePath) {
    let floats: [Float] = (0..<24).map { Float($0) * 0.5 }
    let halves: [UInt16] = [0x3C00, 0xC000, 0x3800]
    let wide: [Double] = [1.5, -2.25]
    func file(_ name: String, _ body: (inout ParamsWriter) throws -> Void, count: Int) {
      guard var writer = try? ParamsWriter(path: corpus.appending(name), count: count) else {
        return
      }
      try? body(&writer)
      try? writer.finish()
    }
    file(
      "conv-and-bias",
      { writer in
        try floats.withUnsafeBytes {
          try writer.append(name: "conv1.weight", shape: [2, 3, 2, 2], dtype: .float32, data: $0)
        }
        try floats.withUnsafeBytes {
          try writer.append(
            name: "fc.bias", shape: [4], dtype: .float32,
            data: UnsafeRawBufferPointer(rebasing: $0[0..<16]))
        }
      }, count: 2)
    file(
      "mixed-dtypes",
      { writer in
        try halves.withUnsafeBytes {
          try writer.append(name: "h", shape: [3], dtype: .float16, data: $0)
        }
        try wide.withUnsafeBytes {
          try writer.append(name: "d", shape: [2, 1], dtype: .float64, data: $0)
        }
        try floats.withUnsafeBytes {
          try writer.append(
            name: "f", shape: [1, 1, 1, 4], dtype: .float32,
            data: UnsafeRawBufferPointer(rebasing: $0[0..<16]))
        }
      }, count: 3)
  }
}
