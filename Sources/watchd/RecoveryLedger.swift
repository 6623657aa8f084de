import Files
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Counts, across restarts, how many times in a row a claimed source was
/// adopted from a daemon that died while converting it, so that a source which
/// kills the daemon is failed instead of being converted again forever.
///
/// A source that makes the daemon die (the kernel's OOM killer at the unit's
/// `MemoryMax=`, a crash) stays in `.claimed/`; the next start adopts it and
/// dies on it again, and `Restart=on-failure` makes that a loop. So each
/// adoption is counted in `.claimed/.adopted-<device>-<inode>` (with the
/// source's size and mtime, so a reused inode starts from zero); the record
/// goes when the claim leaves `.claimed/`, however its job ended. An adoption
/// beyond ``limit`` fails the source.
struct RecoveryLedger {
  /// Adoptions in a row after which the next one fails the source; the
  /// environment variable `GLUON2TF_MAX_RECOVERIES` overrides it (for tests
  /// that kill the daemon on purpose, many times over).
  static let limit: Int = {
    guard let text = getenv("GLUON2TF_MAX_RECOVERIES"), let value = Int(String(cString: text)),
      value > 0
    else { return 3 }
    return value
  }()

  /// Names of the records start with this (hidden, so never a source).
  static let prefix = ".adopted-"

  let claimed: Directory

  /// Counts one more adoption of `claim` and returns the count (1 the first
  /// time). The claim removes the record when it leaves `.claimed/`.
  func recordAdoption(of claim: Claim) -> Int {
    let status = claim.status
    let name = "\(Self.prefix)\(status.identity.device)-\(status.identity.inode)"
    let version = "\(status.size) \(status.modified)"
    var earlier = 0
    if let bytes = try? claimed.read(name, limit: 256) {
      let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ", maxSplits: 1)
      if fields.count == 2, fields[1].trimmingSuffix("\n") == version {
        earlier = Int(fields[0]) ?? 0
      }
    }
    // Not being able to write the count only loses the bound, never a file.
    try? claimed.writeAtomically(
      Array("\(earlier + 1) \(version)\n".utf8), as: name, replacing: true,
      permissions: 0o640)
    claim.attachRecord(name, in: claimed)
    return earlier + 1
  }
}

extension Substring {
  fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
    hasSuffix(suffix) ? dropLast(suffix.count) : self
  }
}

extension FailureRecord {
  /// A source the daemon died converting `attempts` times in a row.
  init(source: FilePath, interruptedAttempts attempts: Int) {
    self.source = source
    sha256 = nil
    code = "interrupted"
    message =
      "the daemon stopped \(attempts) times in a row while converting this file (killed, for"
      + " example by the kernel for exceeding the unit's MemoryMax=, or crashed); it is not tried again"
  }
}

extension FileProcessor {
  /// The ledger of this daemon's `.claimed/` folder, when it can be opened.
  var recoveryLedger: RecoveryLedger? {
    (try? subfolder(folder.claimed)).map { RecoveryLedger(claimed: $0) }
  }
}
