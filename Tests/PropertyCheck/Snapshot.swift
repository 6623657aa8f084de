#if canImport(Glibc)
  import Glibc
#endif

/// One entry of a tree as `lstat` saw it: never through a link.
struct Entry: Equatable, CustomStringConvertible {
  enum Kind: String { case file, directory, link, fifo, other }

  var kind: Kind
  var device: UInt64
  var inode: UInt64
  var size: Int
  /// FNV-1a of a regular file's bytes.
  var hash: UInt64 = 0
  /// A small regular file's bytes (markers are read from these).
  var bytes: [UInt8]? = nil
  /// A symbolic link's target.
  var target: String = ""
  /// A directory's entries, sorted.
  var children: [String] = []

  var identity: Identity { Identity(device: device, inode: inode) }

  struct Identity: Hashable, CustomStringConvertible {
    var device: UInt64
    var inode: UInt64
    var description: String { "\(device):\(inode)" }
  }

  /// Same file, same kind, same bytes, same link target (children aside).
  func sameFile(as other: Entry) -> Bool {
    guard kind == other.kind, identity == other.identity else { return false }
    switch kind {
    case .directory: return true  // a directory's size follows its entries
    case .file: return size == other.size && hash == other.hash
    case .link: return target == other.target
    case .fifo, .other: return true
    }
  }

  var description: String {
    switch kind {
    case .file: return "file \(identity) \(size)B #\(String(hash, radix: 16))"
    case .directory: return "dir \(identity) [\(children.joined(separator: ","))]"
    case .link: return "link → \(target)"
    case .fifo: return "fifo \(identity)"
    case .other: return "other \(identity)"
    }
  }
}

/// Every entry under a root, keyed by path relative to it ("" is the root).
struct Snapshot {
  var entries: [String: Entry] = [:]
  /// Paths by identity (hard links give more than one).
  var byIdentity: [Entry.Identity: [String]] = [:]

  subscript(path: String) -> Entry? { entries[path] }

  /// Walks `root` with `lstat`: links are recorded, never followed; mount
  /// points are entered (to compare their contents), nothing else is left.
  static func take(of root: String, limit: Int = 20_000) -> Snapshot {
    var snapshot = Snapshot()
    var pending: [String] = [""]
    while let relative = pending.popLast(), snapshot.entries.count < limit {
      let absolute = relative.isEmpty ? root : root + "/" + relative
      guard let info = Posix.status(absolute) else { continue }
      var entry = Entry(
        kind: kind(info.st_mode), device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
        size: Int(info.st_size))
      switch entry.kind {
      case .file:
        let bytes = Posix.readFile(absolute) ?? []
        entry.hash = fnv1a(bytes)
        if bytes.count <= 512 { entry.bytes = bytes }
      case .link:
        entry.target = Posix.linkTarget(absolute)
      case .directory:
        entry.children = Posix.listing(absolute)
        for child in entry.children {
          pending.append(relative.isEmpty ? child : relative + "/" + child)
        }
      case .fifo, .other:
        break
      }
      snapshot.entries[relative] = entry
      snapshot.byIdentity[entry.identity, default: []].append(relative)
    }
    return snapshot
  }

  private static func kind(_ mode: mode_t) -> Entry.Kind {
    switch mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    case S_IFLNK: return .link
    case S_IFIFO: return .fifo
    default: return .other
    }
  }
}

func fnv1a(_ bytes: [UInt8]) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes {
    hash ^= UInt64(byte)
    hash = hash &* 0x100_0000_01b3
  }
  return hash
}

/// `a/b/c` → `a/b`; a top-level name → "".
func parent(of relative: String) -> String {
  guard let slash = relative.lastIndex(of: "/") else { return "" }
  return String(relative[..<slash])
}

func name(of relative: String) -> String {
  guard let slash = relative.lastIndex(of: "/") else { return relative }
  return String(relative[relative.index(after: slash)...])
}

/// Whether `path` is `ancestor` or below it.
func isWithin(_ path: String, _ ancestor: String) -> Bool {
  path == ancestor || path.hasPrefix(ancestor + "/")
}
