import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Everything under a path, seen with `lstat` (symlinks are recorded, never
/// followed): relative path → kind, symlink target, file bytes.
struct TreeSnapshot: Equatable {
  enum Entry: Equatable, CustomStringConvertible {
    case directory
    case file(Data)
    case symlink(String)
    case other(mode_t)
    case missing

    var description: String {
      switch self {
      case .directory: "a directory"
      case .file(let bytes): "a file of \(bytes.count) bytes"
      case .symlink(let target): "a symlink to \(target)"
      case .other(let mode): "a special file (mode \(String(mode, radix: 8)))"
      case .missing: "nothing"
      }
    }
  }

  /// By path relative to the root; the root itself is `.`.
  private(set) var entries: [String: Entry] = [:]

  init(_ root: String) {
    record(root, as: ".")
  }

  private mutating func record(_ path: String, as relative: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      entries[relative] = .missing
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      entries[relative] = .directory
      for name in Self.names(in: path) {
        record(path + "/" + name, as: relative == "." ? name : relative + "/" + name)
      }
    case S_IFREG:
      entries[relative] = .file(FileManager.default.contents(atPath: path) ?? Data())
    case S_IFLNK:
      entries[relative] = .symlink(
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
    default:
      entries[relative] = .other(info.st_mode)
    }
  }

  subscript(relative: String) -> Entry { entries[relative] ?? .missing }

  /// One line per path that differs from `earlier`, sorted.
  func changes(since earlier: TreeSnapshot) -> [String] {
    Set(entries.keys).union(earlier.entries.keys).sorted().compactMap { path in
      let before = earlier[path]
      let now = self[path]
      guard before != now else { return nil }
      return Self.change(path, before, now)
    }
  }

  private static func change(_ path: String, _ before: Entry, _ now: Entry) -> String {
    if case .file(let old) = before, case .file(let new) = now {
      return "\(path): other bytes (\(old.count) bytes before, \(new.count) now)"
    }
    return "\(path): was \(before), now \(now)"
  }

  /// Paths that existed in `earlier` and are now gone or different
  /// (new paths are not counted).
  func lost(since earlier: TreeSnapshot) -> [String] {
    earlier.entries.keys.sorted().compactMap { path in
      let before = earlier[path]
      let now = self[path]
      guard before != now else { return nil }
      return Self.change(path, before, now)
    }
  }

  /// Relative paths of the regular files whose bytes are `bytes`.
  func files(containing bytes: Data) -> [String] {
    entries.filter { $0.value == .file(bytes) }.keys.sorted()
  }

  /// Sorted names in `path` without `.` and `..`; empty if it cannot be listed.
  static func names(in path: String) -> [String] { DirectoryNames.sorted(in: path) }
}

/// Expects the tree at `path` to be exactly as `before` recorded it.
func expectUnchanged(
  _ path: String, since before: TreeSnapshot, _ context: @autoclosure () -> String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let changes = TreeSnapshot(path).changes(since: before)
  #expect(
    changes.isEmpty,
    "\(path) changed:\n\(changes.prefix(20).joined(separator: "\n"))\n\(context())",
    sourceLocation: sourceLocation)
}

/// Expects every entry `before` recorded under `path` to be still there, unchanged.
func expectKept(
  _ path: String, since before: TreeSnapshot, _ context: @autoclosure () -> String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let lost = TreeSnapshot(path).lost(since: before)
  #expect(
    lost.isEmpty,
    "\(path) lost what was there:\n\(lost.prefix(20).joined(separator: "\n"))\n\(context())",
    sourceLocation: sourceLocation)
}
