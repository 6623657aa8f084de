import Files
import Foundation
import SystemPackage
import TestSupport
import Testing

@testable import Digests

@Suite("Digests (libcrypto)")
struct DigestTests {
  static func hex(_ algorithm: Digest.Algorithm, _ text: String) throws -> String {
    try Digest.hex(algorithm, of: Array(text.utf8))
  }

  /// FIPS 180-4 examples and the NIST short and long message vectors.
  @Test func sha256KnownVectors() throws {
    #expect(
      try Self.hex(.sha256, "")
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      try Self.hex(.sha256, "abc")
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      try Self.hex(.sha256, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      try Self.hex(.sha256, String(repeating: "a", count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func sha1KnownVectors() throws {
    #expect(try Self.hex(.sha1, "") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    #expect(try Self.hex(.sha1, "abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(
      try Self.hex(.sha1, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    #expect(
      try Self.hex(.sha1, String(repeating: "a", count: 1_000_000))
        == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
  }

  /// Any split of the input into pieces gives the same digest.
  @Test func incrementalUpdatesMatchOneShot() throws {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    for algorithm in Digest.Algorithm.allCases {
      let whole = try Digest.hex(algorithm, of: bytes)
      for _ in 0..<10 {
        var digest = try Digest(algorithm)
        var offset = 0
        while offset < bytes.count {
          let count = min(Int.random(in: 0...200, using: &generator), bytes.count - offset)
          bytes[offset..<offset + count].withUnsafeBytes { digest.update($0) }
          offset += count
        }
        #expect(Digest.hex(try digest.finalize()) == whole)
      }
    }
  }

  /// A multi-MB file whose size is no multiple of the read size: both
  /// digests of one pass equal what `sha256sum` and `sha1sum` print, on the
  /// calling thread and on a thread of their own.
  @Test func fileDigestsMatchCoreutils() throws {
    let temporary = TemporaryDirectory()
    var generator = SystemRandomNumberGenerator()
    let count = 5 * FileDigests.chunkSize + 12_345
    let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let path = try temporary.write("random.bin", bytes)
    let expected = FileDigests(
      sha256: try Coreutils.digest("sha256sum", of: path),
      sha1: try Coreutils.digest("sha1sum", of: path))
    #expect(expected.sha256?.count == 64 && expected.sha1?.count == 40)
    #expect(try FileDigests.of(file: path, [.sha256, .sha1]) == expected)
    #expect(try PendingDigests.start(file: path, [.sha256, .sha1]).wait().get() == expected)
    // One digest asked for, one computed.
    #expect(try FileDigests.of(file: path, [.sha1]) == FileDigests(sha1: expected.sha1))
    #expect(try FileDigests.of(file: path, [.sha256]) == FileDigests(sha256: expected.sha256))
  }

  /// The descriptor's offset is left alone: a reader sharing it is not moved.
  @Test func hashingLeavesTheFileOffsetAlone() throws {
    let temporary = TemporaryDirectory()
    let path = try temporary.write("small.bin", Array("abc".utf8))
    let descriptor = try FileDescriptor.open(path, .readOnly)
    defer { try? descriptor.close() }
    _ = try descriptor.seek(offset: 1, from: .start)
    let digests = try FileDigests.of(descriptor, [.sha256, .sha1])
    #expect(digests.sha1 == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(try descriptor.seek(offset: 0, from: .current) == 1)
  }

  /// A file that cannot be opened is an error with the path and the errno.
  @Test func missingFileIsAnErrorWithItsPath() {
    let result = PendingDigests.start(file: "/nonexistent/x.params", [.sha1]).wait()
    guard case .failure(let error) = result else {
      Issue.record("hashed a file that does not exist")
      return
    }
    #expect(error.description.contains("/nonexistent/x.params"))
    #expect(systemCallError(in: error)?.errno == .noSuchFileOrDirectory)
  }
}
