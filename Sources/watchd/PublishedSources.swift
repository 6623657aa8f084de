import Files
import Synchronization
import SystemPackage

/// The daemon's memory of the sources it published, so that none is
/// published twice: not when it cannot be moved on afterwards (its claim
/// would be adopted again at every rescan), nor when its `.converted/`
/// marker cannot be written (it would look new at every rescan).
///
/// A source is known by its name in the watch folder and its file (device
/// and inode) as it was when claimed (size and modification time; a rename
/// changes neither): a hard link dropped under another name, or the same
/// name with new contents, is another drop. The entry keeps the source's
/// SHA-256 and where it was published. The durable records stay
/// `report.json` (name and SHA-256, read back after a restart) and the
/// `.converted/` marker; this one holds even when writing those failed.
/// Shared by the loop and the jobs; bounded (the oldest entries go first).
final class PublishedSources: Sendable {
  /// Which drop: its name and its file, unchanged.
  struct Key: Hashable {
    var name: String
    var identity: FileIdentity
    var size: Int
    var modified: Int64

    init(_ name: String, _ status: FileStatus) {
      self.name = name
      identity = status.identity
      size = status.size
      modified = status.modified
    }
  }

  /// One publication.
  struct Entry: Sendable {
    var sha256: String
    var destination: FilePath
  }

  /// At most this many entries are kept (about 10 MiB).
  static let capacity = 65_536

  private struct State {
    var entries: [Key: Entry] = [:]
    var order: [Key] = []
  }
  private let state = Mutex(State())

  /// Records that the source `name`, the file with `status`, was published
  /// at `destination`.
  func record(_ name: String, _ status: FileStatus, sha256: String, destination: FilePath) {
    let key = Key(name, status)
    state.withLock { state in
      if state.entries.updateValue(
        Entry(sha256: sha256, destination: destination), forKey: key) == nil
      {
        state.order.append(key)
      }
      if state.order.count > Self.capacity {
        let evicted = state.order.prefix(state.order.count - Self.capacity)
        for old in evicted { state.entries[old] = nil }
        state.order.removeFirst(evicted.count)
      }
    }
  }

  /// The publication of the source `name`, the file with `status`, if it
  /// was published unchanged.
  func entry(for name: String, _ status: FileStatus) -> Entry? {
    state.withLock { $0.entries[Key(name, status)] }
  }
}
