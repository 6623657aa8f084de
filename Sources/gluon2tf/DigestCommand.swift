import ArgumentParser
import Digests
import Files
import SystemPackage

/// `gluon2tf digest` (hidden): the SHA-256 (and SHA-1) of a file exactly as
/// the daemon computes them, with the throughput; for scripts/bench_hash.sh
/// and for checking a source by hand against the daemon's journal.
struct DigestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "digest",
    abstract: "Print a file's SHA-256 (and SHA-1) as the daemon computes them, and the MB/s.",
    shouldDisplay: false)

  @Argument(help: "The file to hash.", completion: .file())
  var file: String

  @Flag(help: "Also compute the SHA-1, in the same read pass.")
  var sha1 = false

  func run() throws {
    let start = ContinuousClock.now
    let digests: FileDigests
    do {
      digests = try FileDigests.of(file: FilePath(file), sha1 ? [.sha256, .sha1] : [.sha256])
    } catch {
      Terminal.errorLine("gluon2tf: error: ", "\(error)")
      throw ExitCode.failure
    }
    let elapsed = ContinuousClock.now - start
    let bytes = (try? FileStatus.following(FilePath(file)))??.size ?? 0
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("sha256 \(digests.sha256 ?? "-")")
    if let value = digests.sha1 { print("sha1 \(value)") }
    Terminal.error(
      "\(bytes) bytes in \(Terminal.fixed(seconds, 3)) s: "
        + "\(Terminal.fixed(Double(bytes) / max(seconds, 1e-9) / 1e6, 0)) MB/s\n")
  }
}
