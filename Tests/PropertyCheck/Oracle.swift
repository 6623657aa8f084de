#if canImport(Glibc)
  import Glibc
#endif

/// A path gluon2tf changed although it could not prove it created it.
struct Violation: CustomStringConvertible {
  var path: String
  var message: String
  var description: String { "\(path.isEmpty ? "." : path): \(message)" }
}

/// The invariant, checked on two snapshots of a case's tree: the one taken
/// after the traps were planted and the one taken after the operations.
///
/// Every path in the first must be unchanged (kind, identity, bytes, link
/// target) in the second, except
/// - a source (a candidate regular file in the inbox or in a folder the
///   daemon uses as `.claimed`): it may move, but only into the inbox or the
///   daemon's folders, is never written, and may vanish only when
///   `on-success = delete` disposed of it;
/// - a checkpoint directory in OUT that a `replace` publication named and
///   that its rule allows (only checkpoint files, nothing protected), with
///   its files;
/// - stale staging of ours (a directory with a valid marker of this uid,
///   not locked) in a folder that was swept, with what is inside it; and an
///   empty directory with a staging name there (what a kill between `mkdir`
///   and the marker leaves; `rmdir` cannot remove anything else).
/// Mounted file systems and the victim area are compared byte for byte,
/// listings included. Other directories may gain entries only when they are
/// OUT, the inbox, or one of the daemon's folders.
struct Oracle {
  let before: Snapshot
  let after: Snapshot
  let testCase: PropertyCase

  func violations() -> [Violation] {
    var found: [Violation] = []
    guard let rootEntry = before[""], let inbox = before[testCase.inboxRel],
      let out = before[testCase.outRel]
    else { return [Violation(path: "", message: "the snapshot has no tree")] }
    let rootDevice = rootEntry.device
    let sourceFolders = testCase.claimedDirectories.union([inbox.identity])
    let destinations = testCase.sourceFolders.union([inbox.identity])
    let mayGain = testCase.daemonDirectories.union([inbox.identity, out.identity])

    for (path, entry) in before.entries.sorted(by: { $0.key < $1.key }) where !path.isEmpty {
      func violation(_ message: String) { found.append(Violation(path: path, message: message)) }
      let strict = entry.device != rootDevice || isWithin(path, testCase.victimRel)
      if !strict {
        if isSource(path, entry, in: sourceFolders) {
          found += checkSource(path, entry, allowedFolders: destinations)
          continue
        }
        if replaceablyReplaced(path) || inStaleStaging(path) {
          // It may go, and gluon2tf may put its own there; never written in place.
          if let now = after[path], now.identity == entry.identity, !now.sameFile(as: entry) {
            violation("changed in place: was \(entry), now \(now)")
          }
          continue
        }
      }
      guard let now = after[path] else {
        violation("removed (was \(entry))")
        continue
      }
      guard now.sameFile(as: entry) else {
        violation("changed: was \(entry), now \(now)")
        continue
      }
      if entry.kind == .directory {
        let added = Set(now.children).subtracting(entry.children).sorted()
        if strict && now.children != entry.children {
          violation("listing changed: was \(entry.children), now \(now.children)")
        } else if !added.isEmpty && !mayGain.contains(entry.identity) {
          violation("gained \(added) although it is no folder of gluon2tf's")
        }
      }
    }
    return found
  }

  // MARK: Sources

  func isSource(_ path: String, _ entry: Entry, in folders: Set<Entry.Identity>) -> Bool {
    guard entry.kind == .file, Oracle.isCandidate(name(of: path)),
      let folder = before[parent(of: path)]
    else { return false }
    return folders.contains(folder.identity)
  }

  /// The daemon's rule for source names (kept apart from `SourceName` on purpose).
  static func isCandidate(_ name: String) -> Bool {
    guard !name.hasPrefix("."), !name.isEmpty else { return false }
    for partial in [".part", ".tmp", "~", ".swp", ".crdownload", ".partial"]
    where name.hasSuffix(partial) {
      return false
    }
    return (name.hasSuffix(".params") && name.count > 7)
      || (name.hasSuffix(".params.lz4") && name.count > 11)
  }

  func checkSource(_ path: String, _ entry: Entry, allowedFolders: Set<Entry.Identity>)
    -> [Violation]
  {
    var found: [Violation] = []
    let partners = Set(before.byIdentity[entry.identity] ?? [])
    let now = (after.byIdentity[entry.identity] ?? []).filter { after[$0]?.kind == .file }
    var inFolders = false
    for location in now {
      guard let file = after[location] else { continue }
      if file.size != entry.size || file.hash != entry.hash {
        found.append(Violation(path: path, message: "source was written (now at \(location))"))
      }
      let folder = after[parent(of: location)]?.identity
      if let folder, allowedFolders.contains(folder) {
        inFolders = true
      } else if !partners.contains(location) {
        found.append(
          Violation(path: path, message: "source moved out of the daemon's folders to \(location)"))
      }
    }
    if !inFolders && !testCase.deletedSources.contains(entry.identity) {
      found.append(
        Violation(
          path: path,
          message:
            "source gone without on-success=delete (now at \(now.isEmpty ? "nowhere" : "\(now)"))"))
    }
    return found
  }

  // MARK: Replaced checkpoints

  /// Whether `path` is, or is in, a checkpoint directory of OUT that a
  /// `replace` publication took and whose rule allowed it.
  func replaceablyReplaced(_ path: String) -> Bool {
    let out = testCase.outRel
    let directory: String
    if parent(of: path) == out {
      directory = path
    } else if parent(of: parent(of: path)) == out {
      directory = parent(of: path)
    } else {
      return false
    }
    return testCase.replacements.contains { replacement in
      replacement.target == name(of: directory)
        && isReplaceable(directory, protected: replacement.protected)
    }
  }

  /// The replace rule, said again from the snapshot: a real directory on
  /// the same mount holding only regular files with checkpoint names, none
  /// of them protected, and not overlapping a protected path.
  func isReplaceable(_ directory: String, protected: [String]) -> Bool {
    guard let entry = before[directory], entry.kind == .directory,
      entry.device == before[""]?.device
    else { return false }
    if protected.contains(where: { isWithin($0, directory) || isWithin(directory, $0) }) {
      return false
    }
    let protectedIdentities = Set(protected.compactMap { before[$0]?.identity })
    return entry.children.allSatisfy { child in
      guard let file = before[directory + "/" + child], file.kind == .file else { return false }
      return Oracle.isCheckpointName(child) && !protectedIdentities.contains(file.identity)
    }
  }

  static func isCheckpointName(_ name: String) -> Bool {
    name == "checkpoint" || name == "report.json" || name.wholeMatch(of: /.+\.index/) != nil
      || name.wholeMatch(of: /.+\.data-[0-9]{5,}-of-[0-9]{5,}/) != nil
  }

  // MARK: Stale staging

  func inStaleStaging(_ path: String) -> Bool {
    var candidate = path
    while !candidate.isEmpty {
      let container = parent(of: candidate)
      if testCase.sweptDirectories.contains(container) && isStaleStaging(candidate) { return true }
      candidate = container
    }
    return false
  }

  /// Ours and dead: a real directory (not a mount point) with a staging
  /// name, a regular marker file naming this uid, and no lock held; or such
  /// a directory that is empty.
  func isStaleStaging(_ path: String) -> Bool {
    guard name(of: path).hasPrefix(".gluon2tf-staging-"), let entry = before[path],
      entry.kind == .directory, entry.device == before[""]?.device
    else { return false }
    if entry.children.isEmpty { return true }
    guard !testCase.lockedStaging.contains(path),
      let marker = before[path + "/.gluon2tf-staging-owner"], marker.kind == .file,
      let bytes = marker.bytes
    else { return false }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    return lines.count == 4 && lines[0] == "gluon2tf staging v1" && lines[1] == "owner \(getuid())"
      && lines[2].hasPrefix("pid ") && Int32(lines[2].dropFirst(4)) != nil
      && lines[3].hasPrefix("boot ")
  }
}
