import Files
import Synchronization
import SystemPackage

/// The drop folder and the folders the daemon keeps inside it, each opened
/// once and used through its descriptor:
///
/// - `.claimed/`: files being converted. A file is claimed by moving it here
///   with one rename while holding an exclusive `flock(2)` on it; the lock
///   lasts as long as the claiming process, so a claim whose lock is free
///   belongs to a dead process and is recovered.
/// - `.converted/`: with `on-success = keep`, one marker per converted source.
/// - `processed/`: sources converted successfully (with `on-success = move`).
/// - `failed/`: sources that cannot be converted, each with `<name>.error.json`.
///
/// Every operation is relative to these descriptors, so a subfolder that is
/// renamed away and replaced by a symbolic link is never followed: the daemon
/// goes on with the folder it opened (``Subfolder``), and makes a new one
/// only when its own was deleted and the name is free.
final class WatchFolder: @unchecked Sendable {
  // @unchecked: the subfolders' descriptors are swapped under a lock.

  /// The drop folder, as configured.
  let path: FilePath
  /// The drop folder, open.
  let root: Directory
  let claimed: Subfolder
  let converted: Subfolder
  let processed: Subfolder
  let failed: Subfolder

  /// The names of the subfolders.
  static let claimedName = ".claimed"
  static let convertedName = ".converted"
  static let processedName = "processed"
  static let failedName = "failed"
  /// Every one of them.
  static let subfolderNames: Set<String> = [claimedName, convertedName, processedName, failedName]

  /// Opens the drop folder (creating it and its subfolders when missing).
  init(opening path: FilePath) throws(DaemonError) {
    self.path = path
    do {
      root = try Directory.create(path)
    } catch {
      // A link is followed once, here; say so when what it leads to is no folder.
      if (try? FileStatus.of(path))?.kind == .symbolicLink {
        throw DaemonError(
          .configuration,
          "is a symbolic link, followed once at start, to something that is not a usable folder: "
            + error.message, path: path, cause: error)
      }
      throw DaemonError(error, code: .configuration)
    }
    claimed = try Subfolder(WatchFolder.claimedName, in: root, permissions: 0o750)
    converted = try Subfolder(WatchFolder.convertedName, in: root, permissions: 0o750)
    processed = try Subfolder(WatchFolder.processedName, in: root, permissions: 0o2775)
    failed = try Subfolder(WatchFolder.failedName, in: root, permissions: 0o2775)
  }

  /// The path of `name` in the folder itself (for messages and reports).
  func source(_ name: String) -> FilePath { path.appending(name) }
}

/// One of the daemon's folders inside the drop folder, opened once.
///
/// ``directory()`` checks that the name still refers to the folder opened;
/// when it does not, the folder opened is used all the same wherever it now
/// is (a rename does not change a descriptor), and a folder that was deleted
/// is made again once the name is free. What stands at the name instead (a
/// symbolic link, another directory) is never used and never removed.
final class Subfolder: Sendable {
  let name: String
  let permissions: UInt32
  private let root: Directory
  private struct State {
    var current: Directory
    var warned = false
  }
  private let state: Mutex<State>

  init(_ name: String, in root: Directory, permissions: UInt32) throws(DaemonError) {
    self.name = name
    self.root = root
    self.permissions = permissions
    state = Mutex(
      State(current: try Subfolder.openOrCreate(name, in: root, permissions: permissions)))
  }

  private static func openOrCreate(
    _ name: String, in root: Directory, permissions: UInt32
  ) throws(DaemonError) -> Directory {
    do {
      if try root.status(of: name) == nil {
        do { try root.makeDirectory(name, permissions: permissions) } catch {
          if error.errno != .fileExists { throw FileSystemError(error, "cannot create") }
        }
      }
      return try root.openDirectory(name, sameMount: true)
    } catch let error as FileSystemError {
      throw DaemonError(error, code: .configuration)
    } catch let error as SystemCallError {
      throw DaemonError(FileSystemError(error), code: .configuration)
    } catch {
      throw DaemonError(.configuration, "\(error)", path: root.path.appending(name))
    }
  }

  /// What ``directory()`` found when the name no longer names the folder.
  enum Change: Equatable {
    /// The name stands for something else; the folder opened is still used.
    case replaced(String)
    /// The folder was deleted and has been made again.
    case recreated
  }

  /// The folder, checked against its name. `change` reports (once) what
  /// was found when the name no longer refers to it.
  func directory() throws(DaemonError) -> (Directory, Change?) {
    try state.withLock { (state) throws(DaemonError) -> (Directory, Change?) in
      let held: FileStatus
      do { held = try state.current.status() } catch let error as SystemCallError {
        throw DaemonError(FileSystemError(error))
      } catch {
        throw DaemonError(.systemCall, "\(error)", path: root.path.appending(name))
      }
      let named = try? root.status(of: name)
      if let named, named.identity == held.identity {
        state.warned = false
        return (state.current, nil)
      }
      if held.linkCount > 0 {
        // Moved away (or the name was swapped): keep using what was opened.
        guard !state.warned else { return (state.current, nil) }
        state.warned = true
        let what =
          named.map { "is now \($0.kind.rawValue) that gluon2tf did not make" } ?? "is gone"
        return (state.current, .replaced(what))
      }
      // Deleted. Make it again when the name is free; never replace anything.
      if let named {
        throw DaemonError(
          .configuration,
          "was deleted and its name is taken by \(named.kind.rawValue); not touched",
          path: root.path.appending(name))
      }
      state.current = try Subfolder.openOrCreate(name, in: root, permissions: permissions)
      state.warned = false
      return (state.current, .recreated)
    }
  }
}
