import Files
import Conversion
import Foundation
import MMapIO
import ResNet
import SystemPackage
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Another process truncates or rewrites the source while it is converted:
/// the process survives (no SIGBUS), the error names the file, the tensor and
/// the offset, nothing is published, and the source is left as it is.
@Suite("Converter: a source changed while it is converted")
struct SourceChangeTests {
  let directory = TemporaryDirectory()

  func sample(_ name: String) throws -> FilePath {
    let path = directory.file(name)
    try SampleModel.write(try ModelArchitecture(family: .v1b, depth: 18, classes: 10), to: path)
    return path
  }

  func expectNothingPublished(_ destination: FilePath) {
    #expect(!FileManager.default.fileExists(atPath: destination.string))
    #expect(directory.names(withPrefix: Publication.stagingPrefix).isEmpty)
  }

  func size(_ path: FilePath) -> Int {
    var info = stat()
    return stat(path.string, &info) == 0 ? Int(info.st_size) : -1
  }

  /// Converts `source`, running `change` once after tensor `after` is written.
  func convert(
    _ source: FilePath, to destination: FilePath, verify: Bool, after: Int,
    change: @escaping () -> Void
  ) throws(ConversionError) -> ConversionSummary {
    var options = ConversionOptions()
    options.verification = verify ? VerificationOptions() : nil
    var done = false
    return try Converter.convert(source: source, to: destination, options: options) {
      index, _, _ in
      if index == after && !done {
        done = true
        change()
      }
    }
  }

  @Test(arguments: [false, true])
  func truncatedWhileMappedFailsCleanly(verify: Bool) throws {
    let source = try sample("cut-\(verify).params")
    let half = size(source) / 2
    let destination = directory.file("out-cut-\(verify)")
    let error = try #require(throws: ConversionError.self) {
      try convert(source, to: destination, verify: verify, after: 5) {
        _ = truncate(source.string, off_t(half))
      }
    }
    #expect(error.code == .sourceChanged, "\(error)")
    #expect(error.description.contains("cut-\(verify).params"), "\(error)")
    #expect(error.description.contains("truncated"), "\(error)")
    let tensor = try #require(error.tensor, "\(error)")
    #expect(
      tensor.contains("weight") || tensor.contains("gamma") || tensor.contains("beta")
        || tensor.contains("running") || tensor.contains("bias"), "\(error)")
    let offset = try #require(error.offset)
    #expect(offset >= half / MappedFile.pageSize * MappedFile.pageSize, "\(error)")
    expectNothingPublished(destination)
    #expect(size(source) == half)
  }

  @Test func rewrittenInPlaceIsNotPublished() throws {
    let source = try sample("rewritten.params")
    let original = try directory.read(source)
    let destination = directory.file("out-rewritten")
    let error = try #require(throws: ConversionError.self) {
      try convert(source, to: destination, verify: false, after: 5) {
        // Same size and bytes, written again: only the modification time says so.
        var times = [
          timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0),
        ]
        _ = utimensat(AT_FDCWD, source.string, &times, 0)
      }
    }
    #expect(error.code == .sourceChanged, "\(error)")
    #expect(error.description.contains("modified"), "\(error)")
    expectNothingPublished(destination)
    #expect(try directory.read(source) == original)
  }

  @Test func compressedSourceTruncatedWhileDecodedFailsCleanly() throws {
    let plain = try sample("packed.params")
    let source = directory.file("packed.params.lz4")
    try LZ4Tool.run(["-B4", plain.string, source.string])
    let half = size(source) / 2
    let destination = directory.file("out-packed")
    let error = try #require(throws: ConversionError.self) {
      try convert(source, to: destination, verify: false, after: 3) {
        _ = truncate(source.string, off_t(half))
      }
    }
    #expect(error.code == .sourceChanged, "\(error)")
    #expect(error.description.contains("packed.params.lz4"), "\(error)")
    #expect(error.description.contains("truncated"), "\(error)")
    // The decoder's complaint about the zeros it read is kept as the cause.
    #expect(error.cause != nil, "\(error)")
    expectNothingPublished(destination)
  }
}
