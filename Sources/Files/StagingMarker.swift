import SystemPackage

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
    StagingMarker(owner: getuid(), pid: getpid(), bootID: currentBootID)
  }

  /// This boot's id (`/proc/sys/kernel/random/boot_id`), or `unknown`.
  static let currentBootID: String = {
    let path: FilePath = "/proc/sys/kernel/random/boot_id"
    guard let descriptor = try? ReadOnlyFile.open(path) else { return "unknown" }
    defer { try? descriptor.close() }
    guard let bytes = try? ReadOnlyFile.readAll(descriptor, path: path, limit: 64) else {
      return "unknown"
    }
    return String(decoding: bytes, as: UTF8.self).filter { $0 != "\n" }
  }()

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
