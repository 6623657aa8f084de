internal import CLinux

#if canImport(Glibc)
  import Glibc
#endif

/// The file inside every staging directory that says gluon2tf made it: the
/// owner's uid, its pid and the boot it ran in. A directory with a staging
/// name but no such marker is not ours and is never swept.
struct StagingMarker: Equatable, Sendable {
  /// The marker's file name inside the staging directory.
  static let fileName = ".gluon2tf-staging-owner"
  static let magic = "gluon2tf staging v1"

  var owner: UInt32
  var pid: Int32
  var bootID: String

  /// This process, now.
  static func current() -> StagingMarker {
    StagingMarker(owner: getuid(), pid: getpid(), bootID: currentBootID())
  }

  static func currentBootID() -> String {
    var buffer = [CChar](repeating: 0, count: 40)
    guard g2t_boot_id(&buffer, buffer.count) == 0 else { return "unknown" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  var text: String { "\(StagingMarker.magic)\nowner \(owner)\npid \(pid)\nboot \(bootID)\n" }

  /// Parses ``text``; `nil` for anything else.
  init?(parsing bytes: [UInt8]) {
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    guard lines.count == 4, lines[0] == StagingMarker.magic,
      lines[1].hasPrefix("owner "), let owner = UInt32(lines[1].dropFirst(6)),
      lines[2].hasPrefix("pid "), let pid = Int32(lines[2].dropFirst(4)),
      lines[3].hasPrefix("boot ")
    else { return nil }
    self.init(owner: owner, pid: pid, bootID: String(lines[3].dropFirst(5)))
  }

  init(owner: UInt32, pid: Int32, bootID: String) {
    self.owner = owner
    self.pid = pid
    self.bootID = bootID
  }
}
