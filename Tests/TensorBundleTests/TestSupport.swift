import Foundation
import SystemPackage

@testable import TensorBundle

/// A fresh directory under the system temporary directory, removed by `cleanup()`.
struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tb-tests-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  var path: FilePath { FilePath(url.path) }

  func file(_ name: String) -> URL { url.appendingPathComponent(name) }

  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  func cleanup() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// Bytes of a file.
func readBytes(_ url: URL) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: url))
}

/// Replaces a file's bytes.
func writeBytes(_ bytes: [UInt8], to url: URL) throws {
  try Data(bytes).write(to: url)
}

/// Parses whitespace-separated hex ("0000 0608 …") into bytes.
func hexBytes(_ text: String) -> [UInt8] {
  let digits = text.filter(\.isHexDigit)
  var bytes: [UInt8] = []
  var index = digits.startIndex
  while index < digits.endIndex {
    let next = digits.index(index, offsetBy: 2)
    bytes.append(UInt8(digits[index..<next], radix: 16)!)
    index = next
  }
  return bytes
}

/// Bitwise CRC-32C, the definition, to check the fast kernel against.
func referenceCRC32C(_ bytes: [UInt8]) -> UInt32 {
  var crc: UInt32 = 0xFFFF_FFFF
  for byte in bytes {
    crc ^= UInt32(byte)
    for _ in 0..<8 {
      crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1
    }
  }
  return ~crc
}

/// Deterministic pseudo-random bytes (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
  var generator = SplitMix64(state: seed)
  return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
}

/// Writes one tensor through `writer` in chunks of `chunk` bytes.
func writeTensor(
  _ writer: BundleWriter, dtype: TFDataType, shape: [Int], bytes: [UInt8], chunk: Int = 1000
) throws -> BundleEntry {
  try writer.beginTensor(dtype: dtype, shape: shape)
  var start = 0
  while start < bytes.count {
    let end = min(start + chunk, bytes.count)
    try bytes[start..<end].withUnsafeBytes { try writer.append($0) }
    start = end
  }
  return try writer.endTensor()
}
