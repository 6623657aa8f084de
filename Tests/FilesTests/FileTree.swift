import Files
import SystemPackage
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Small helpers to lay out trees with plain system calls (not through `Files`).
struct FileTree {
  let root: TemporaryDirectory

  init() { root = TemporaryDirectory() }

  var path: FilePath { root.path }
  func path(_ relative: String) -> String { root.path.appending(relative).string }

  func directory(_ relative: String) {
    let made = mkdir(path(relative), 0o755)
    #expect(made == 0, "mkdir \(relative)")
  }

  func file(_ relative: String, _ text: String = "data\n") {
    let fd = open(path(relative), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    #expect(fd >= 0, "create \(relative)")
    guard fd >= 0 else { return }
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
  }

  func link(_ relative: String, to target: String) {
    #expect(symlink(target, path(relative)) == 0, "symlink \(relative)")
  }

  func hardLink(_ relative: String, to existing: String) {
    #expect(Glibc.link(path(existing), path(relative)) == 0, "link \(relative)")
  }

  /// A checkpoint directory: `checkpoint`, `<prefix>.ckpt.index`, one data shard.
  func checkpoint(_ relative: String, prefix: String = "m", marker: String = "old") {
    directory(relative)
    file(relative + "/checkpoint", "model_checkpoint_path: \"\(prefix).ckpt\"\n")
    file(relative + "/\(prefix).ckpt.index", marker)
    file(relative + "/\(prefix).ckpt.data-00000-of-00001", marker + marker)
  }

  func exists(_ relative: String) -> Bool {
    var info = stat()
    return lstat(path(relative), &info) == 0
  }

  func contents(_ relative: String) -> String? {
    guard let bytes = try? root.read(FilePath(path(relative))) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  func names(_ relative: String) -> [String] { DirectoryNames.sorted(in: path(relative)) }

  func inode(_ relative: String) -> UInt64? {
    var info = stat()
    return lstat(path(relative), &info) == 0 ? UInt64(info.st_ino) : nil
  }

  func opened(_ relative: String = "") throws -> Directory {
    try Directory(opening: relative.isEmpty ? root.path : FilePath(path(relative)))
  }
}

/// Mounting a tmpfs, only where it cannot leak: a mount namespace of this
/// process's own (e.g. `unshare --mount --propagation private swift test`).
enum PrivateMounts {
  /// Whether this process runs in a mount namespace that differs from PID 1's
  /// or, where that is unreadable, from an ancestor's.
  static let available = geteuid() == 0 && MountNamespace.isOwn()

  static let skipReason: Comment =
    "needs root in a private mount namespace: run under unshare --mount --propagation private"

  static func mountTmpfs(at path: String) -> Bool {
    mount("tmpfs", path, "tmpfs", UInt(MS_NOSUID | MS_NODEV), "size=64k") == 0
  }

  static func unmount(_ path: String) { _ = umount2(path, Int32(MNT_DETACH)) }
}
