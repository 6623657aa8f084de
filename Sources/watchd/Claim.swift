import Files
import SystemPackage

/// A source this process owns: moved into `.claimed/` while holding an
/// exclusive `flock(2)` on it, so no other daemon on the same folder converts it.
///
/// The protocol, which is safe between any number of processes:
/// 1. open the name relative to the drop folder's descriptor, never through a
///    symbolic link and never blocking (a FIFO or device is not a source), and
///    check that it is a regular file;
/// 2. `flock(LOCK_EX | LOCK_NB)`: whoever holds the lock owns the file;
/// 3. check that the name still refers to the locked inode (it may have been
///    claimed and replaced meanwhile);
/// 4. `renameat2(RENAME_NOREPLACE)` it into `.claimed/`.
///
/// The lock belongs to the open file, so it follows the rename and is released
/// when the process exits, however it exits. A file in `.claimed/` whose lock
/// can be taken is therefore an orphan of a dead process: ``adopt(_:in:)``
/// takes it over.
final class Claim: @unchecked Sendable {
  // @unchecked: owned by one job at a time; `directory`/`currentName` change
  // only in that job's moves.

  /// The outcome of trying to claim a name.
  enum Attempt {
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
  let name: String
  /// The folder the file is in now, and its name there.
  private(set) var directory: Directory
  private(set) var currentName: String
  /// The locked, read-only descriptor.
  let descriptor: FileDescriptor
  /// The file's status when claimed.
  let status: FileStatus
  /// A record kept beside the claim (``RecoveryLedger``), removed as the
  /// file leaves its folder.
  private var record: (name: String, directory: Directory)?

  private init(
    name: String, directory: Directory, descriptor: FileDescriptor, status: FileStatus
  ) {
    self.name = name
    self.directory = directory
    self.currentName = name
    self.descriptor = descriptor
    self.status = status
  }

  deinit { try? descriptor.close() }

  /// Where the file is now, for messages.
  var path: FilePath { directory.path.appending(currentName) }

  /// A path that opens exactly the claimed file, whatever happens to its
  /// name: `/proc/self/fd/<descriptor>`.
  var openPath: FilePath { FilePath("/proc/self/fd/\(descriptor.rawValue)") }

  /// Claims `name` from the drop folder `root` into `claimed`.
  static func acquire(_ name: String, from root: Directory, into claimed: Directory) -> Attempt {
    switch lock(name, in: root) {
    case .held: return .busy
    case .gone: return .gone
    case .failed(let error): return .failed(error)
    case .locked(let descriptor, let status):
      do {
        try root.rename(name, to: claimed, as: name, options: .noReplace)
      } catch {
        try? descriptor.close()
        switch error.errno {
        case .fileExists: return .nameInUse
        case .noSuchFileOrDirectory: return .gone
        default:
          return .failed(
            DaemonError(
              .systemCall, "cannot claim (rename into .claimed/)", path: root.path.appending(name),
              cause: error))
        }
      }
      return .claimed(
        Claim(name: name, directory: claimed, descriptor: descriptor, status: status))
    }
  }

  /// Takes over `name` in `claimed` when its owner is dead (its lock is
  /// free); `nil` when a live process holds it, or it is not a regular file.
  static func adopt(_ name: String, in claimed: Directory) -> Claim? {
    guard case .locked(let descriptor, let status) = lock(name, in: claimed) else { return nil }
    return Claim(name: name, directory: claimed, descriptor: descriptor, status: status)
  }

  /// What ``lock(_:in:)`` found.
  enum LockResult {
    case locked(FileDescriptor, FileStatus)
    /// Another open file holds the lock.
    case held
    /// Missing, a symlink, not a regular file, or replaced while locking.
    case gone
    case failed(DaemonError)
  }

  /// Opens `name` in `directory` (never through a link), takes the exclusive
  /// lock, and checks that the name still refers to the locked regular file.
  static func lock(_ name: String, in directory: Directory) -> LockResult {
    let descriptor: FileDescriptor
    do {
      descriptor = try directory.openForReading(name)
    } catch {
      switch error.code {
      case .symbolicLink, .wrongKind: return .gone
      default:
        return error.cause?.errno == .noSuchFileOrDirectory ? .gone : .failed(DaemonError(error))
      }
    }
    do {
      let status = try FileStatus.of(descriptor, path: directory.path.appending(name))
      guard try descriptor.tryLockExclusive(path: directory.path.appending(name)) else {
        try? descriptor.close()
        return .held
      }
      guard let current = try directory.status(of: name), current.isSameFile(as: status) else {
        try? descriptor.close()
        return .gone
      }
      return .locked(descriptor, status)
    } catch {
      try? descriptor.close()
      return .failed(DaemonError(FileSystemError(error)))
    }
  }

  /// Whether the name the file had is still this file.
  private var isStillAtItsName: Bool {
    (try? directory.status(of: currentName))?.isSameFile(as: status) ?? false
  }

  /// Keeps the record `name` in `directory` until the file leaves.
  func attachRecord(_ name: String, in directory: Directory) { record = (name, directory) }

  /// Removes the attached record: just before the file leaves, so nothing of
  /// the claim is left behind once it is gone.
  private func dropRecord() {
    guard let record else { return }
    try? record.directory.removeFile(record.name)
    self.record = nil
  }

  /// Moves the claimed file to `newName` in `target`, never replacing what is
  /// there; returns the errno on failure. The lock is kept.
  func move(to target: Directory, as newName: String) -> Errno? {
    guard isStillAtItsName else { return .noSuchFileOrDirectory }
    dropRecord()
    do {
      try directory.rename(currentName, to: target, as: newName, options: .noReplace)
    } catch {
      return error.errno
    }
    directory = target
    currentName = newName
    return nil
  }

  /// Deletes the claimed file, if its name still refers to it.
  func delete() -> Errno? {
    guard isStillAtItsName else { return .noSuchFileOrDirectory }
    dropRecord()
    do { try directory.removeFile(currentName) } catch { return error.errno }
    return nil
  }
}
