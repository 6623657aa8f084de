import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the `fs-property` check (Tests/PropertyCheck): 2000 seeded cases of
/// gluon2tf's real file-system operations among planted links, foreign
/// files, hard links, tmpfs mounts and fake staging, each checked against
/// the invariant that nothing gluon2tf did not create is removed, replaced,
/// moved or written.
///
/// It runs under `unshare --mount --propagation private` so the mount points
/// it plants live in a namespace of their own. `GLUON2TF_TEST_SEED` fixes
/// the seed; a failure prints the seed and case to replay:
/// `unshare --mount --propagation private .build/debug/fs-property --seed S --case K`.
@Suite("file-system property check")
struct PropertyTests {
  /// The binary SwiftPM built next to the test bundle (`swift build --build-tests`
  /// builds it; so does `swift build --product fs-property`).
  static var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("fs-property")
  }

  static let unshare = "/usr/bin/unshare"

  /// Whether `unshare --mount` is permitted here (root, or user namespaces).
  static let canUnshare: Bool = {
    guard FileManager.default.isExecutableFile(atPath: unshare) else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: unshare)
    process.arguments = ["--mount", "--propagation", "private", "/bin/true"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  @Test(
    .enabled(
      if: canUnshare,
      "unshare --mount --propagation private is not permitted here (it needs root or user namespaces)"
    ),
    .timeLimit(.minutes(5)))
  func twoThousandCasesKeepTheInvariant() throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary.path),
      "no fs-property at \(Self.binary.path): build it with swift build --build-tests")
    let seed =
      ProcessInfo.processInfo.environment["GLUON2TF_TEST_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 0...UInt64.max)
    // 2000 by default; the ThreadSanitizer run of CI asks for fewer (it is
    // four times slower and finds no more: the check is single-threaded).
    let cases =
      ProcessInfo.processInfo.environment["GLUON2TF_PROPERTY_CASES"].flatMap { Int($0) } ?? 2000
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.unshare)
    process.arguments = [
      "--mount", "--propagation", "private", Self.binary.path, "--cases", "\(cases)", "--seed",
      "\(seed)",
    ]
    process.standardInput = FileHandle.nullDevice
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    // Read to the end before waiting, so a long report never fills the pipe.
    let text = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()

    let lines = text.split(separator: "\n")
    let summary = lines.last { $0.hasPrefix("property:") } ?? "no summary line"
    let failures = lines.filter { $0.hasPrefix("FAIL") || $0.contains("error") }.prefix(20)
    #expect(
      process.terminationStatus == 0,
      """
      fs-property --seed \(seed) exited \(process.terminationStatus): \(summary)
      \(failures.joined(separator: "\n"))
      """)
    #expect(text.contains("property: \(cases) passed, 0 failed"), "seed \(seed): \(summary)")
  }
}
