public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Where a file or directory really is: its identity and those of every
/// directory above it, up to `/`, found by opening `..` from descriptors (so
/// symbolic links and bind-mount aliases in the spelling of a path do not
/// hide that two paths meet).
public struct Ancestry: Sendable {
  /// The path it was computed for, for messages.
  public let path: FilePath
  /// The file itself first, then its parent, …, then `/`.
  public let identities: [FileIdentity]

  /// The ancestry of what `path` names (following symbolic links, as the
  /// user naming it means); `nil` when nothing exists there.
  public init?(of path: FilePath) {
    self.path = path
    guard let status = try? FileStatus.following(path) else { return nil }
    var chain = [status.identity]
    var directoryPath = path
    if status.kind != .directory {
      // A file: continue from the directory that really holds it.
      guard let real = Ancestry.realPath(path) else { return nil }
      directoryPath = real.removingLastComponent()
    }
    var fd = open(directoryPath.string, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    if status.kind == .directory {
      // `chain` holds it already; start from its parent.
    } else if let identity = Ancestry.identity(fd) {
      chain.append(identity)
    }
    for _ in 0..<4096 {
      let parent = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      close(fd)
      guard parent >= 0, let identity = Ancestry.identity(parent) else {
        if parent >= 0 { close(parent) }
        break
      }
      fd = parent
      if identity == chain.last {
        close(fd)
        fd = -1
        break  // `/`: its `..` is itself
      }
      chain.append(identity)
    }
    if fd >= 0 { close(fd) }
    identities = chain
  }

  /// Whether `other` is this file or one of the directories above it.
  public func isInside(_ other: Ancestry) -> Bool {
    guard let target = other.identities.first else { return false }
    return identities.contains(target)
  }

  /// Whether the two are the same, or one is inside the other.
  public func overlaps(_ other: Ancestry) -> Bool { isInside(other) || other.isInside(self) }

  private static func identity(_ fd: Int32) -> FileIdentity? {
    try? FileStatus.of(FileDescriptor(rawValue: fd)).identity
  }

  private static func realPath(_ path: FilePath) -> FilePath? {
    guard let resolved = realpath(path.string, nil) else { return nil }
    defer { free(resolved) }
    return FilePath(String(cString: resolved))
  }
}

extension Ancestry {
  /// Whether `a` and `b` are the same, or one is inside the other, where
  /// either may not exist yet: a missing path is placed by its nearest
  /// existing ancestor, and two missing paths under the same one are
  /// compared by their spelling.
  public static func nest(_ a: FilePath, _ b: FilePath) -> Bool {
    let (first, firstRest) = nearestExisting(a)
    let (second, secondRest) = nearestExisting(b)
    guard let first, let second else { return false }
    if firstRest.isEmpty && second.isInside(first) { return true }  // b in a
    if secondRest.isEmpty && first.isInside(second) { return true }  // a in b
    if first.identities.first == second.identities.first {
      // Both hang below one existing directory: compare what is missing.
      return firstRest.starts(with: secondRest) || secondRest.starts(with: firstRest)
    }
    return false
  }

  /// The ancestry of `path`'s nearest existing ancestor (itself if it
  /// exists), and the missing components below it.
  private static func nearestExisting(_ path: FilePath) -> (Ancestry?, [String]) {
    var probe = path.isAbsolute ? path : FilePath(".").pushing(path)
    probe.lexicallyNormalize()
    var missing: [String] = []
    while true {
      if let ancestry = Ancestry(of: probe) { return (ancestry, missing.reversed()) }
      guard let last = probe.lastComponent?.string, !probe.removingLastComponent().isEmpty
      else { return (nil, []) }
      missing.append(last)
      probe = probe.removingLastComponent()
    }
  }
}
