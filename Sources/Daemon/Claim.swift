public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A source this process owns: moved into `.claimed/` while holding an
/// exclusive `flock(2)` on it, so no other daemon on the same folder converts it.
///
/// The protocol, which is safe between any number of processes:
/// 1. open the file with `O_NOFOLLOW` (a symlink is never followed) and check
///    that it is a regular file;
/// 2. `flock(LOCK_EX | LOCK_NB)`: whoever holds the lock owns the file;
/// 3. check that the name still refers to the locked inode (it may have been
///    claimed and replaced meanwhile);
/// 4. `renameat2(RENAME_NOREPLACE)` it into `.claimed/`.
///
/// The lock belongs to the open file, so it follows the rename and is released
/// when the process exits, however it exits. A file in `.claimed/` whose lock
/// can be taken is therefore an orphan of a dead process: ``adopt(_:in:)``
/// takes it over.
public final class Claim: @unchecked Sendable {
  /// The outcome of trying to claim a name.
  public enum Attempt {
    case claimed(Claim)
    /// Another process holds the file (it is converting it).
    case busy
    /// The name no longer exists, or is not a regular file (symlinks included).
    case gone
    /// A file of the same name is still being converted; try again later.
    case nameInUse
    case failed(DaemonError)
  }

  /// The source's name in the watch folder.
  public let name: String
  /// Where it is now (`.claimed/<name>`).
  public private(set) var path: FilePath
  /// The locked, read-only descriptor.
  public let descriptor: FileDescriptor
  /// The file's status when claimed.
  public let status: FileStatus

  private init(name: String, path: FilePath, descriptor: FileDescriptor, status: FileStatus) {
    self.name = name
    self.path = path
    self.descriptor = descriptor
    self.status = status
  }

  deinit { try? descriptor.close() }

  /// Claims `name` in `folder`.
  public static func acquire(_ name: String, in folder: WatchFolder) -> Attempt {
    let source = folder.source(name)
    let target = folder.claimed.appending(name)
    switch lock(source) {
    case .held: return .busy
    case .gone: return .gone
    case .failed(let error): return .failed(error)
    case .locked(let descriptor, let status):
      if let error = Rename.move(source, to: target, options: .noReplace) {
        try? descriptor.close()
        switch error {
        case .fileExists: return .nameInUse
        case .noSuchFileOrDirectory: return .gone
        default:
          return .failed(
            DaemonError(
              .systemCall, "cannot claim (rename into .claimed/)", path: source, errno: error))
        }
      }
      return .claimed(Claim(name: name, path: target, descriptor: descriptor, status: status))
    }
  }

  /// Takes over `.claimed/<name>` when its owner is dead (its lock is free);
  /// `nil` when a live process holds it or it is gone.
  public static func adopt(_ name: String, in folder: WatchFolder) -> Claim? {
    let path = folder.claimed.appending(name)
    guard case .locked(let descriptor, let status) = lock(path) else { return nil }
    return Claim(name: name, path: path, descriptor: descriptor, status: status)
  }

  /// What ``lock(_:)`` found.
  enum LockResult {
    case locked(FileDescriptor, FileStatus)
    /// Another open file holds the lock.
    case held
    /// Missing, a symlink, not a regular file, or replaced while locking.
    case gone
    case failed(DaemonError)
  }

  /// Opens `path` without following a symlink, takes the exclusive lock, and
  /// checks that `path` still names the locked regular file.
  static func lock(_ path: FilePath) -> LockResult {
    let fd = open(path.string, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else {
      let error = Errno.last
      return error == .noSuchFileOrDirectory || error == .tooManySymbolicLinkLevels
        ? .gone : .failed(.systemCall("open", path: path, errno: error))
    }
    let descriptor = FileDescriptor(rawValue: fd)
    let result = lockOpened(descriptor, path: path)
    if case .locked = result { return result }
    try? descriptor.close()
    return result
  }

  private static func lockOpened(_ descriptor: FileDescriptor, path: FilePath) -> LockResult {
    do {
      let status = try FileStatus.of(descriptor)
      guard status.kind == .regular else { return .gone }
      guard flock(descriptor.rawValue, LOCK_EX | LOCK_NB) == 0 else {
        let error = Errno.last
        return error == .wouldBlock
          ? .held : .failed(.systemCall("flock", path: path, errno: error))
      }
      guard let current = try FileStatus.of(path), current.isSameFile(as: status) else {
        return .gone
      }
      return .locked(descriptor, status)
    } catch {
      return .failed(error)
    }
  }

  /// Moves the claimed file to `target` (never replacing a file there);
  /// returns the errno on failure. The lock is kept.
  public func move(to target: FilePath) -> Errno? {
    if let error = Rename.move(path, to: target, options: .noReplace) { return error }
    path = target
    return nil
  }

  /// Deletes the claimed file.
  public func delete() -> Errno? {
    unlink(path.string) == 0 ? nil : .last
  }
}
