import Foundation
import Testing

@testable import watchd

@Suite("SHA-256")
struct SHA256Tests {
  static func hex(_ text: String) -> String {
    var hasher = SHA256()
    hasher.update(Array(text.utf8))
    return SHA256.hex(hasher.finalize())
  }

  /// FIPS 180-4 examples and the NIST short/long message vectors.
  @Test func knownVectors() {
    #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      Self.hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
      ) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    #expect(
      Self.hex(String(repeating: "a", count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Padding edges: 55, 56, 63, 64 and 65 bytes.
  @Test func paddingBoundaries() {
    #expect(
      Self.hex(String(repeating: "a", count: 55))
        == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(
      Self.hex(String(repeating: "a", count: 56))
        == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    #expect(
      Self.hex(String(repeating: "a", count: 64))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
  }

  /// Any split of the input into pieces gives the same digest.
  @Test func incrementalUpdatesMatchOneShot() {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let whole = bytes.withUnsafeBytes { SHA256.hash($0) }
    for _ in 0..<20 {
      var hasher = SHA256()
      var offset = 0
      while offset < bytes.count {
        let count = min(Int.random(in: 0...200, using: &generator), bytes.count - offset)
        hasher.update(bytes[offset..<offset + count])
        offset += count
      }
      #expect(SHA256.hex(hasher.finalize()) == whole)
    }
  }

  /// The file hash agrees with coreutils' `sha256sum` on a real model file.
  @Test func fileHashMatchesSha256sum() throws {
    let path = Samples.resnet18
    let descriptor = try FileDescriptorBox(path)
    let ours = try SHA256.hash(of: descriptor.descriptor)
    let pipe = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [path]
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output.hasPrefix(ours + " "))
  }
}
