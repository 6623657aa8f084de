import Conversion
import Foundation
import ResNet
import SystemPackage
import TestSupport
import Testing

/// Peak memory of the real `gluon2tf convert` does not grow with the largest tensor
/// (issue 11, item 13).
@Suite("memory bound", .serialized)
struct MemoryBoundTests {
  let temporary = TemporaryDirectory()

  /// GNU time reports the child's own peak RSS (`ru_maxrss` of a child forked from a
  /// small process: one spawned straight from this large test process would inherit
  /// the test's high-water mark at exec).
  static let time = URL(fileURLWithPath: "/usr/bin/time")

  /// True under scripts/sanitizers.sh, which sets these for the tests and their children.
  static let underSanitizer = ["ASAN_OPTIONS", "TSAN_OPTIONS"].contains {
    ProcessInfo.processInfo.environment[$0] != nil
  }

  /// The binary measured: `GLUON2TF_BIN` (the shipped build: release, static stdlib),
  /// else the debug build next to the tests.
  static let shipped = ProcessInfo.processInfo.environment["GLUON2TF_BIN"]
  static var binary: String { shipped ?? Gluon2TFCommand.binary.path }

  /// Runs `gluon2tf convert SOURCE --out OUT EXTRA` under GNU time; returns its peak RSS in KiB.
  func convertPeakKiB(_ source: FilePath, _ extra: [String]) throws -> Int {
    let report = temporary.file("time-\(UUID().uuidString)").string
    let out = temporary.file("out-\(UUID().uuidString)").string
    let result = try Gluon2TFCommand.run(
      ["-f", "%M", "-o", report, Self.binary, "convert", source.string, "--out", out, "--quiet"]
        + extra, executable: Self.time)
    #expect(result.status == 0, "\(extra): \(result.stderr)")
    let text = try String(contentsOfFile: report, encoding: .utf8)
    return text.split(whereSeparator: \.isNewline).last.flatMap { Int($0) } ?? .max
  }

  func sample(classes: Int) throws -> FilePath {
    let path = temporary.file("resnet18_v1b-\(classes).params")
    try SampleModel.write(
      try ModelArchitecture(family: .v1b, depth: 18, classes: classes), to: path)
    return path
  }

  /// A 300,000-class head makes `fc.weight` 300000 × 512 float32 (586 MiB), 50 times
  /// the rest of the model. Before the transform, the read-back and the dense layer
  /// worked in blocks, convert peaked at 609 MiB and verify at 616 MiB.
  @Test(
    "a resnet18 with a 300,000-class head converts and verifies in the memory of a 1000-class one",
    .enabled(if: FileManager.default.isExecutableFile(atPath: time.path), "needs GNU time"),
    .disabled(
      if: underSanitizer,
      "a sanitizer's shadow memory is most of a sanitized binary's RSS; interop/tests/test_memory.py checks the release binary"
    ))
  func hugeHeadStaysBounded() throws {
    let small = try sample(classes: 1000)
    let huge = try sample(classes: 300_000)
    for (extra, bound) in [(["--no-verify"], 32), ([], 64)] {
      let base = try convertPeakKiB(small, extra)
      let peak = try convertPeakKiB(huge, extra)
      // The head's size costs at most one band and one block (4 + 8 MiB), released as
      // they are done; in practice about 2 MiB. Verification runs its two paths at once, so
      // its peak also depends on which layers' weights the two threads hold at the same
      // moment (measured spread about 6 MiB between runs of one model): the bound is the
      // design's 12 MiB, not the typical 2, and a head held whole (586 MiB) is far above it.
      #expect(peak <= base + 12 * 1024, "\(extra): \(peak) KiB vs \(base) KiB with 1000 classes")
      // The bounds hold for the shipped build; the debug build's own code and
      // dynamic libraries add about 4 MiB to every run.
      let allowance = Self.shipped == nil ? 4 * 1024 : 0
      #expect(peak <= bound * 1024 + allowance, "\(extra): peak RSS \(peak) KiB")
    }
  }
}
