import Conversion
import Foundation
import MMapIO
import ResNet
import SystemPackage

/// Model files for the tests, made once per test process.
enum Samples {
  /// A valid resnet18_v1b with 10 classes (~45 MB), made by `SampleModel`.
  static var resnet18: String { sample.path }

  /// The bytes of ``resnet18``.
  static var resnet18Bytes: Data { sample.bytes }

  /// The path and the bytes, made under one lazy initialisation: two `static let`s whose
  /// initialisers nest (the bytes read the path) were seen to spin forever in the runtime's
  /// once when a test touched the bytes first.
  private static let sample: (path: String, bytes: Data) = {
    let path = makeSample()
    return (path, (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
  }()

  private static func makeSample() -> String {
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
    atexit {
      try? FileManager.default.removeItem(
        atPath: NSTemporaryDirectory() + "gluon2tf-daemon-sample-\(getpid()).params")
    }
    return path
  }

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
