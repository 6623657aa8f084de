import TestSupport

// Plain system calls for building, planting, snapshotting and cleaning up
// the property check's trees. Deliberately independent of the `Files`
// module: the check must keep working when `Files` is broken on purpose.

#if canImport(Glibc)
  import Glibc
#endif

/// A setup step that could not be done: the case is reported as a harness
/// error, not as a violation.
struct HarnessError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }

  static func call(_ name: String, _ path: String) -> HarnessError {
    HarnessError("\(name) \(path): \(String(cString: strerror(errno)))")
  }
}

enum Posix {
  static func makeDirectory(_ path: String, mode: mode_t = 0o755) throws(HarnessError) {
    guard mkdir(path, mode) == 0 else { throw .call("mkdir", path) }
  }

  /// Creates a new regular file (never through a link) holding `bytes`.
  static func writeFile(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644)
    throws(HarnessError)
  {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    guard fd >= 0 else { throw .call("create", path) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        write(fd, $0.baseAddress! + offset, bytes.count - offset)
      }
      guard written > 0 else { throw .call("write", path) }
      offset += written
    }
  }

  static func writeFile(_ path: String, _ text: String) throws(HarnessError) {
    try writeFile(path, Array(text.utf8))
  }

  static func symbolicLink(_ target: String, at path: String) throws(HarnessError) {
    guard symlink(target, path) == 0 else { throw .call("symlink", path) }
  }

  static func hardLink(_ existing: String, at path: String) throws(HarnessError) {
    guard link(existing, path) == 0 else { throw .call("link", path) }
  }

  static func fifo(at path: String) throws(HarnessError) {
    guard mkfifo(path, 0o644) == 0 else { throw .call("mkfifo", path) }
  }

  static func move(_ from: String, to: String) throws(HarnessError) {
    guard rename(from, to) == 0 else { throw .call("rename", from) }
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  static func status(_ path: String) -> stat? {
    var info = stat()
    return lstat(path, &info) == 0 ? info : nil
  }

  /// Opens a directory (never through a link) and takes an exclusive flock
  /// on it, as a live gluon2tf process holds its staging directory.
  static func lockDirectory(_ path: String) throws(HarnessError) -> Int32 {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { throw .call("open", path) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      throw .call("flock", path)
    }
    return fd
  }

  /// Mounts a small tmpfs at the existing directory `path`.
  static func mountTmpfs(at path: String, size: String = "256k") -> Bool {
    mount("tmpfs", path, "tmpfs", UInt(MS_NOSUID | MS_NODEV), "size=\(size),mode=0755") == 0
  }

  /// Detaches the mount at `path` (and any below it).
  static func unmount(_ path: String) {
    _ = umount2(path, Int32(MNT_DETACH))
  }

  /// Makes every mount in this namespace private, so nothing mounted here
  /// can propagate to another namespace.
  static func makeMountsPrivate() -> Bool {
    mount("none", "/", nil, UInt(MS_REC | MS_PRIVATE), nil) == 0
  }

  /// Removes `path` and everything below it without following a link;
  /// a mount point met on the way is detached first.
  static func removeAll(_ path: String) {
    guard let info = status(path) else { return }
    if info.st_mode & S_IFMT != S_IFDIR {
      unlink(path)
      return
    }
    if let parent = status(parentPath(path)), parent.st_dev != info.st_dev {
      unmount(path)
    }
    for name in listing(path) { removeAll(path + "/" + name) }
    rmdir(path)
  }

  /// The names in a directory (no `.`/`..`), sorted; empty when it cannot be read.
  static func listing(_ path: String) -> [String] {
    DirectoryNames.sorted(in: path, followingLink: false)
  }

  /// The target of the symbolic link at `path`.
  static func linkTarget(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return "" }
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The bytes of the regular file at `path` (never through a link, never
  /// blocking on a FIFO), at most `limit`.
  static func readFile(_ path: String, limit: Int = 1 << 20) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while result.count < limit {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if count <= 0 { break }
      result.append(contentsOf: chunk[0..<count])
    }
    return result
  }

  static func parentPath(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func lastComponent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
