public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A result built in a private staging directory and published under its
/// final name with one atomic rename: readers see nothing or all of it.
///
/// The one owner of staging in gluon2tf, for `convert`, `demo` and the daemon:
/// 1. ``init(in:for:)`` makes `.gluon2tf-staging-<name>-<random>` in the
///    destination's parent, holds an exclusive `flock` on it for as long as
///    this object lives, and writes a marker inside (owner, pid, boot id);
/// 2. the caller writes its files into ``directory``;
/// 3. ``publish(as:policy:rule:prepare:)`` fsyncs and renames it into place
///    with `renameat2(RENAME_NOREPLACE)`, or swaps it in with
///    `RENAME_EXCHANGE` under ``ConflictPolicy/replace`` — never a moment
///    without a complete result at the name — and then removes the old
///    result's own files only.
///
/// Unpublished staging is removed through its own descriptor on
/// ``discard()`` or deinit. Staging that a killed process left behind is
/// removed by ``sweepStale(in:)``, which recognises its own by the marker and
/// a free lock, never by the name alone.
public final class Publication: @unchecked Sendable {
  // @unchecked: used by one thread at a time (the job that owns it).

  /// Names of staging directories start with this.
  public static let stagingPrefix = ".gluon2tf-staging-"

  /// The directory the result is published in.
  public let parent: Directory
  /// The staging directory's name in ``parent``.
  public let stagingName: String
  /// The staging directory, open and locked: write the result here.
  public let directory: Directory
  private let identity: FileIdentity
  private var finished = false

  /// The staging directory's path (for readers that need one).
  public var stagingPath: FilePath { parent.path.appending(stagingName) }

  /// Creates the staging directory in `parent` for a result to be named `name`.
  public init(in parent: Directory, for name: String) throws(FileSystemError) {
    var random = SystemRandomNumberGenerator()
    let hint = String(
      String.UnicodeScalarView(
        name.unicodeScalars.prefix(40).filter {
          $0.isASCII && $0 != "/" && $0.value >= 0x20 && $0.value != 0x7F
        }))
    let suffix = String(random.next(), radix: 16)
    let stagingName = "\(Publication.stagingPrefix)\(hint)-\(suffix)"
    do {
      try parent.makeDirectory(stagingName, permissions: 0o755)
    } catch {
      throw FileSystemError(error, "cannot create a staging directory in \(parent.path)")
    }
    let directory: Directory
    do {
      directory = try parent.openDirectory(stagingName, sameMount: true)
      guard try directory.descriptor.tryLockExclusive(path: directory.path) else {
        throw FileSystemError(.notOurs, "is locked by another process", path: directory.path)
      }
      // Written in place (one small write), not renamed in: a kill leaves
      // the directory empty or marked, never holding a temporary file. Not
      // fsynced: after a power cut an empty marker only means the directory
      // is left alone, and a job pays no extra journal commit.
      let marker = try directory.createFile(StagingMarker.fileName)
      try marker.write(Array(StagingMarker.current().text.utf8))
      try marker.close()
      identity = try directory.status().identity
    } catch let error as FileSystemError {
      try? parent.removeTree(stagingName)
      throw error
    } catch {
      try? parent.removeTree(stagingName)
      throw FileSystemError(.systemCall, "cannot prepare the staging directory: \(error)")
    }
    self.parent = parent
    self.stagingName = stagingName
    self.directory = directory
  }

  deinit { discard() }

  /// What ``publish(as:policy:rule:prepare:)`` did.
  public struct Outcome: Sendable {
    /// The name the result was published under (`<name>` or `<name>-N`).
    public var name: String
    /// The published path.
    public var path: FilePath
    /// Under ``ConflictPolicy/replace``: where the replaced result is kept
    /// because it held files that appeared after it was checked (nothing of
    /// it was removed but its own files); `nil` when it was removed whole.
    public var keptReplaced: FilePath?
    /// What went wrong after the rename, when something did (the result is
    /// published all the same): the marker could not be removed, or an
    /// `fsync` of the directories failed, so the rename may not survive a
    /// power cut.
    public var problem: FileSystemError?
  }

  /// Publishes the staging directory as `name` in ``parent``.
  ///
  /// `prepare` runs before each attempt with the name about to be taken, so
  /// a report inside can say where the result is published.
  ///
  /// - Throws: `.exists` under ``ConflictPolicy/fail``; under
  ///   ``ConflictPolicy/replace``, whatever ``checkReplaceable(_:in:rule:)``
  ///   refuses; `.systemCall` for a failed call (ENOSPC, EROFS, …).
  @discardableResult
  public func publish(
    as name: String, policy: ConflictPolicy, rule: ReplaceRule,
    prepare: (_ name: String) throws(FileSystemError) -> Void = { _ in }
  ) throws(FileSystemError) -> Outcome {
    guard !finished else {
      throw FileSystemError(.notOurs, "was already published or discarded", path: stagingPath)
    }
    try Directory.validate(name, in: parent.path)
    guard !name.hasPrefix(Publication.stagingPrefix) else {
      throw FileSystemError(
        .notOurs, "names starting with \(Publication.stagingPrefix) are gluon2tf's staging names",
        path: parent.path.appending(name))
    }
    var number = 1
    while number < 10_000 {
      let target = number == 1 ? name : "\(name)-\(number)"
      let path = parent.path.appending(target)
      if policy == .suffix, (try? parent.status(of: target)) != nil {
        number += 1
        continue
      }
      try prepare(target)
      do {
        try directory.sync()
        try parent.rename(stagingName, to: parent, as: target, options: .noReplace)
        finished = true
        return Outcome(name: target, path: path, keptReplaced: nil, problem: finishPublished())
      } catch where error.errno == .fileExists || error.errno == .directoryNotEmpty {
        switch policy {
        case .suffix:
          number += 1  // taken meanwhile
        case .fail:
          throw FileSystemError(.exists, "already exists", path: path, cause: error)
        case .replace:
          guard let old = try Publication.checkReplaceable(target, in: parent, rule: rule) else {
            continue  // removed meanwhile
          }
          do {
            try parent.rename(stagingName, to: parent, as: target, options: .exchange)
          } catch  where error.errno == .noSuchFileOrDirectory {
            continue
          } catch {
            throw FileSystemError(error, "cannot swap the new result in")
          }
          finished = true
          let problem = finishPublished()
          let kept = removeReplaced(old, rule: rule)
          return Outcome(name: target, path: path, keptReplaced: kept, problem: problem)
        }
      } catch {
        throw FileSystemError(error, "cannot publish")
      }
    }
    throw FileSystemError(.exists, "no free name for \(name)", path: parent.path)
  }

  /// After the rename: the marker goes (through the descriptor, which now
  /// names the published directory), then both directories are synced. The
  /// marker stays inside until the result is published, so staging left by a
  /// kill at any earlier moment is recognised and swept; a kill between the
  /// rename and this leaves only the hidden marker in the published result,
  /// which ``checkReplaceable(_:in:rule:)`` counts as the result's own.
  /// The result is published whatever this finds: it returns the problem
  /// rather than throwing, so no caller takes a published result for a failed one.
  private func finishPublished() -> FileSystemError? {
    do {
      try directory.removeFile(StagingMarker.fileName)
    } catch {
      if error.errno != .noSuchFileOrDirectory {
        return FileSystemError(error, "published, but the staging marker is left inside")
      }
    }
    // Only the parent is synced, for the rename: the files were synced before
    // it, and a marker that comes back after a power cut is counted as the
    // result's own.
    do {
      try parent.sync()
    } catch {
      return FileSystemError(error, "published, but fsync failed")
    }
    return nil
  }

  /// Checks that `target` in `parent` may be replaced under `rule`, and
  /// returns its identity; `nil` when nothing is there.
  ///
  /// Refused: a symbolic link (`.symbolicLink`); anything but a directory
  /// (`.wrongKind`); a mount point (`.mountPoint`); a directory holding
  /// anything but regular files that `rule` calls its own (`.notOurs`); one
  /// that is, holds, or is inside a protected path (`.nested`).
  public static func checkReplaceable(
    _ target: String, in parent: Directory, rule: ReplaceRule
  ) throws(FileSystemError) -> FileIdentity? {
    let path = parent.path.appending(target)
    let status: FileStatus
    do {
      guard let found = try parent.status(of: target) else { return nil }
      status = found
    } catch {
      throw FileSystemError(error, "cannot inspect what would be replaced")
    }
    switch status.kind {
    case .directory: break
    case .symbolicLink:
      throw FileSystemError(
        .symbolicLink,
        "is a symbolic link: gluon2tf replaces only a checkpoint directory, never through a link",
        path: path)
    default:
      throw FileSystemError(
        .wrongKind,
        "exists and is \(status.kind.rawValue), not a checkpoint directory: not replaced",
        path: path)
    }
    let ancestry = Ancestry(of: path)
    for protected in rule.protected where ancestry.map({ $0.overlaps(protected) }) ?? false {
      throw FileSystemError(
        .nested, "is, holds or is inside \(protected.path): not replaced", path: path)
    }
    let old = try parent.openDirectory(target, sameMount: true)
    let names: [[CChar]]
    do { names = try old.rawNames() } catch { throw FileSystemError(error, "cannot list") }
    for raw in names {
      let name = raw.withUnsafeBufferPointer { String(validatingCString: $0.baseAddress!) }
      let entry = name.flatMap { try? old.status(of: $0) }
      guard let name, let entry, entry.kind == .regular,
        rule.isOwnFile(name) || name == StagingMarker.fileName
      else {
        let shown =
          name ?? String(decoding: raw.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw FileSystemError(
          .notOurs,
          "holds \(shown.debugDescription), which is not a checkpoint file: not replaced",
          path: path)
      }
      if rule.protected.contains(where: { $0.identities.first == entry.identity }) {
        throw FileSystemError(
          .nested, "holds \(name) (a protected file, such as the source): not replaced",
          path: path)
      }
    }
    return status.identity
  }

  /// After an exchange the old result sits at the staging name: remove its
  /// own files and the directory; keep it (and return its path) when it is
  /// no longer what was checked or holds anything else.
  private func removeReplaced(_ old: FileIdentity, rule: ReplaceRule) -> FilePath? {
    guard let replaced = try? parent.openDirectory(stagingName, sameMount: true),
      (try? replaced.status().identity) == old
    else { return stagingPath }
    for name in (try? replaced.names()) ?? []
    where rule.isOwnFile(name) || name == StagingMarker.fileName {
      if (try? replaced.status(of: name))?.kind == .regular { try? replaced.removeFile(name) }
    }
    do {
      try parent.removeEmptyDirectory(stagingName)
      try? parent.sync()
      return nil
    } catch {
      return stagingPath
    }
  }

  /// Removes the staging directory and what was written in it, through its
  /// own descriptor. Does nothing once published.
  public func discard() {
    guard !finished else { return }
    finished = true
    try? Publication.remove(directory, named: stagingName, identity: identity, in: parent)
  }

  /// Removes a staging directory through its descriptor: everything but the
  /// marker, then the marker, then the (empty) directory, if `name` still
  /// refers to it. In that order a kill at any moment leaves either a marked
  /// directory or an empty one, and ``sweepStale(in:)`` removes both.
  static func remove(
    _ staging: Directory, named name: String, identity: FileIdentity, in parent: Directory
  ) throws(FileSystemError) {
    let names: [[CChar]]
    do { names = try staging.rawNames() } catch {
      throw FileSystemError(error, "cannot list the staging directory")
    }
    let marker = Array(StagingMarker.fileName.utf8CString)
    var first: FileSystemError?
    for entry in names where entry != marker {
      do { try staging.removeTree(rawName: entry) } catch { first = first ?? error }
    }
    if let first { throw first }
    do {
      try staging.removeFile(StagingMarker.fileName)
    } catch  where error.errno == .noSuchFileOrDirectory {
    } catch {
      throw FileSystemError(error, "cannot remove the marker")
    }
    guard (try? parent.status(of: name))?.identity == identity else { return }
    do { try parent.removeEmptyDirectory(name) } catch {
      throw FileSystemError(error, "cannot remove the staging directory")
    }
  }

  /// What ``sweepStale(in:)`` found.
  public struct Sweep: Sendable {
    /// Staging directories of dead gluon2tf processes, removed.
    public var removed: [FilePath] = []
    /// Entries with a staging name that were left alone, and why.
    public var leftAlone: [(path: FilePath, reason: String)] = []
  }

  /// Removes the staging directories in `parent` that a gluon2tf process of
  /// this user left when it died: each must be a real directory on the same
  /// mount, carry the marker, and have a free lock. Anything else with a
  /// staging name is left alone and reported.
  public static func sweepStale(in parent: Directory) -> Sweep {
    var sweep = Sweep()
    let owner = getuid()
    for name in (try? parent.names()) ?? [] where name.hasPrefix(stagingPrefix) {
      let path = parent.path.appending(name)
      func leave(_ reason: String) { sweep.leftAlone.append((path, reason)) }
      guard let status = try? parent.status(of: name) else { continue }
      guard status.kind == .directory else {
        leave("it is \(status.kind.rawValue), not a directory gluon2tf made")
        continue
      }
      let staging: Directory
      do { staging = try parent.openDirectory(name, sameMount: true) } catch {
        leave("\(error.message)")
        continue
      }
      let entries = (try? staging.rawNames()) ?? [[]]
      if entries.isEmpty {
        // Empty: what a kill right after `mkdir` (or at the end of a removal)
        // leaves. Removing an empty directory cannot lose anything.
        if (try? parent.removeEmptyDirectory(name)) != nil { sweep.removed.append(path) }
        continue
      }
      guard let bytes = try? staging.read(StagingMarker.fileName, limit: 4096),
        let marker = StagingMarker(parsing: bytes)
      else {
        leave("it has no gluon2tf marker")
        continue
      }
      guard marker.owner == owner else {
        leave("it belongs to uid \(marker.owner)")
        continue
      }
      guard (try? staging.descriptor.tryLockExclusive()) == true else { continue }  // alive
      do {
        try remove(staging, named: name, identity: status.identity, in: parent)
        sweep.removed.append(path)
      } catch {
        leave(error.description)
      }
    }
    return sweep
  }
}
