import Conversion
import Foundation
import MMapIO
import ResNet
import SystemPackage

/// Model files for the tests, made once per test process.
enum Samples {
  /// A valid resnet18_v1b with 10 classes (~45 MB), made by `SampleModel`.
  static let resnet18: String = {
    let path = NSTemporaryDirectory() + "gluon2tf-daemon-sample-\(getpid()).params"
    if !FileManager.default.fileExists(atPath: path) {
      do {
        let architecture = try ModelArchitecture(family: .v1b, depth: 18, classes: 10)
        try SampleModel.write(architecture, to: FilePath(path + ".tmp"))
        try FileManager.default.moveItem(atPath: path + ".tmp", toPath: path)
      } catch {
        return "/nonexistent-sample: \(error)"
      }
    }
    atexit { try? FileManager.default.removeItem(atPath: Samples.resnet18) }
    return path
  }()

  /// The bytes of ``resnet18``.
  static let resnet18Bytes: Data = (try? Data(contentsOf: URL(fileURLWithPath: resnet18))) ?? Data()

  /// Copies the sample to `path` without any inotify event in the watch
  /// folder (write elsewhere, then the caller moves it in).
  static func copy(to path: String) throws {
    try resnet18Bytes.write(to: URL(fileURLWithPath: path))
  }

  /// A valid `.params` file that is not a ResNet (two unrelated tensors).
  static func writeNonResNet(to path: String) throws {
    var writer = try ParamsWriter(path: FilePath(path), count: 2)
    let values = [Float](repeating: 0.5, count: 12)
    for name in ["encoder.embedding.weight", "decoder.proj.bias"] {
      let result = values.withUnsafeBytes { bytes in
        Result { () throws(MMapIOError) in
          try writer.append(name: name, shape: [3, 4], dtype: .float32, data: bytes)
        }
      }
      try result.get()
    }
    try writer.finish()
  }
}
