import Foundation
import SystemPackage
import TestSupport
import Testing

/// GluonCV's own integrity check through the real binary: a source named
/// `<model>-<8 hex digits>.params` must have a SHA-1 starting with them.
@Suite("gluon2tf: GluonCV SHA-1 name check", .serialized)
struct NameCheckTests {
  let temporary = TemporaryDirectory()
  var directory: URL { URL(fileURLWithPath: temporary.path.string) }

  func run(_ arguments: [String]) throws -> CommandResult {
    try Gluon2TFCommand.run(arguments)
  }

  /// `sha1sum`'s digest of `url`.
  static func sha1sum(_ url: URL) throws -> String {
    try Coreutils.digest("sha1sum", of: FilePath(url.path))
  }

  /// A sample resnet18_v1b saved as `resnet18_v1b-<prefix>.params`, with
  /// `mutate` applied to its bytes first; returns the file and its real SHA-1.
  func sample(prefix: (String) -> String, mutate: (inout Data) -> Void = { _ in }) throws
    -> (URL, String)
  {
    let made = directory.appendingPathComponent("resnet18_v1b.params")
    if !FileManager.default.fileExists(atPath: made.path) {
      let demo = try run(["demo", "--model", "resnet18_v1b", "--out", directory.path])
      #expect(demo.status == 0, "\(demo.stderr)")
    }
    var bytes = try Data(contentsOf: made)
    let intact = try Self.sha1sum(made)
    mutate(&bytes)
    let url = directory.appendingPathComponent("resnet18_v1b-\(prefix(intact)).params")
    try bytes.write(to: url)
    return (url, try Self.sha1sum(url))
  }

  /// The prefix with its first digit changed.
  static func wrong(_ sha1: String) -> String {
    (sha1.first == "0" ? "1" : "0") + sha1.dropFirst().prefix(7)
  }

  @Test func aSourceNamedWithItsTrueSHA1PrefixConverts() throws {
    let (source, sha1) = try sample(prefix: { String($0.prefix(8)) })
    let out = directory.appendingPathComponent("ok")
    let convert = try run(["convert", source.path, "--out", out.path])
    #expect(convert.status == 0, "\(convert.stderr)")
    let verify = try run(["verify", out.path, "--params", source.path])
    #expect(verify.status == 0, "\(verify.stderr)")
    let inspect = try run(["inspect", source.path, "--json"])
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any])
    #expect(json["sha1"] as? String == sha1)
    #expect(json["nameChecksum"] as? String == "match")
    #expect(json["gluoncvRelease"] == nil, "a sample is no official release")
    let text = try run(["inspect", source.path])
    #expect(text.stdout.contains("sha1 \(sha1)"))
    #expect(text.stdout.contains("not an official GluonCV 0.10.5 release"))
  }

  /// A wrong prefix: convert and verify exit 1 naming the file, the prefix
  /// and the real SHA-1, and publish nothing; --no-name-check lets it through.
  @Test func aWrongPrefixIsRefusedUnlessNoNameCheck() throws {
    let (good, _) = try sample(prefix: { String($0.prefix(8)) })
    let checkpoint = directory.appendingPathComponent("good")
    #expect(try run(["convert", good.path, "--out", checkpoint.path]).status == 0)

    let (source, sha1) = try sample(prefix: Self.wrong)
    let claimed = Self.wrong(sha1)
    let out = directory.appendingPathComponent("refused")
    for arguments in [
      ["convert", source.path, "--out", out.path],
      ["verify", checkpoint.path, "--params", source.path],
    ] {
      let result = try run(arguments)
      #expect(result.status == 1, "\(arguments[0]): \(result.stdout) \(result.stderr)")
      #expect(result.stderr.contains(source.lastPathComponent))
      #expect(result.stderr.contains("starts with \(claimed)"))
      #expect(result.stderr.contains("its SHA-1 is \(sha1)"))
    }
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let inspect = try run(["inspect", source.path, "--json"])
    #expect(inspect.status == 0, "inspect reports, it does not refuse")
    #expect(inspect.stdout.contains("\"nameChecksum\":\"mismatch\""))

    let forced = try run(["convert", source.path, "--out", out.path, "--no-name-check"])
    #expect(forced.status == 0, "\(forced.stderr)")
    let verified = try run(["verify", out.path, "--params", source.path, "--no-name-check"])
    #expect(verified.status == 0, "\(verified.stderr)")
  }

  /// One flipped bit in a correctly named file: it would still convert and
  /// verify (both paths read the same flipped weights), so the name check is
  /// what refuses it.
  @Test func aFlippedByteInACorrectlyNamedFileIsRefused() throws {
    let (source, sha1) = try sample(prefix: { String($0.prefix(8)) }) { bytes in
      // Mid-file: inside the data of a large weight (the names are at the end).
      bytes[bytes.count / 2] ^= 0x01
    }
    let claimed = String(source.deletingPathExtension().lastPathComponent.suffix(8))
    #expect(!sha1.hasPrefix(claimed))
    let out = directory.appendingPathComponent("flipped")
    let refused = try run(["convert", source.path, "--out", out.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("its SHA-1 is \(sha1)"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let forced = try run(["convert", source.path, "--out", out.path, "--no-name-check"])
    #expect(forced.status == 0, "\(forced.stderr)")
  }

  /// The hidden `digest` command prints what sha256sum and sha1sum print.
  @Test func digestCommandMatchesCoreutils() throws {
    let (source, sha1) = try sample(prefix: { String($0.prefix(8)) })
    let result = try run(["digest", "--sha1", source.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("sha1 \(sha1)\n"))
    #expect(result.stderr.contains("MB/s"))
  }
}
