import Conversion
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Sweeps `OUT` for staging directories that killed processes left behind.
public enum StagingTree {
  /// Removes `path` and everything in it (symlinks are unlinked, not followed).
  public static func remove(_ path: FilePath) { StagingDirectory.removeTree(path) }

  /// Removes every stale staging directory in `out`, and returns them:
  /// - the daemon's job directories (``JobStaging``) whose lock is free;
  /// - the converter's own `.gluon2tf-staging-<name>-<pid>-<hex>` directories
  ///   (from `gluon2tf convert` into `OUT`) whose process no longer exists.
  @discardableResult
  public static func removeStale(in out: FilePath) -> [FilePath] {
    guard let names = try? Directory.names(in: out) else { return [] }
    var removed: [FilePath] = []
    for name in names where name.hasPrefix(StagingDirectory.namePrefix) {
      let path = out.appending(name)
      if name.hasPrefix(JobStaging.namePrefix) {
        guard removeIfUnlocked(path) else { continue }
      } else {
        if let pid = converterOwner(of: name), isAlive(pid) { continue }
        remove(path)
      }
      removed.append(path)
    }
    return removed
  }

  /// Removes a job directory when its lock can be taken.
  static func removeIfUnlocked(_ path: FilePath) -> Bool {
    let fd = open(path.string, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else {
      // Not a directory (or a symlink): nothing a job holds; remove the name.
      let error = errno
      guard error == ENOTDIR || error == ELOOP else { return false }
      unlink(path.string)
      return true
    }
    defer { close(fd) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
    remove(path)
    return true
  }

  /// The pid in the converter's `.gluon2tf-staging-<name>-<pid>-<hex>[.old]`.
  static func converterOwner(of name: String) -> Int32? {
    let parts = name.dropFirst(StagingDirectory.namePrefix.count).split(separator: "-")
    guard parts.count >= 2 else { return nil }
    return Int32(parts[parts.count - 2])
  }

  /// Whether a process with `pid` exists (`kill(pid, 0)`; EPERM means it does).
  static func isAlive(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
