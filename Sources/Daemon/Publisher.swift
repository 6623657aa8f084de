import Conversion
public import SystemPackage

/// Publishes a finished checkpoint directory with one rename, following the
/// ``ConflictPolicy``, and finds checkpoints published earlier.
public enum Publisher {
  /// Renames `staged` to `OUT/<name>` (or `<name>-2`, … with `.suffix`) and
  /// syncs `OUT`. Before each attempt `prepare` is called with the target, so
  /// the report inside can name where the checkpoint is published. Returns the
  /// published path.
  public static func publish(
    _ staged: FilePath, as name: String, in out: FilePath, policy: ConflictPolicy,
    prepare: (FilePath) throws(DaemonError) -> Void = { _ in }
  ) throws(DaemonError) -> FilePath {
    var number = 1
    while true {
      let target = out.appending(number == 1 ? name : "\(name)-\(number)")
      if policy == .suffix, try FileStatus.of(target) != nil {
        number += 1
        guard number < 10_000 else {
          throw DaemonError(.publish, "no free name for \(name)", path: out)
        }
        continue
      }
      try prepare(target)
      guard let error = Rename.move(staged, to: target, options: .noReplace) else {
        try Directory.sync(out)
        return target
      }
      guard error == .fileExists || error == .directoryNotEmpty else {
        throw DaemonError(.publish, "cannot publish the checkpoint", path: target, errno: error)
      }
      switch policy {
      case .suffix:
        number += 1  // published by someone else meanwhile
        guard number < 10_000 else {
          throw DaemonError(.publish, "no free name for \(name)", path: out)
        }
      case .fail:
        throw DaemonError(.publish, "already exists (on-conflict = fail)", path: target)
      case .replace:
        if let error = Rename.move(staged, to: target, options: .exchange) {
          if error == .noSuchFileOrDirectory { continue }  // removed meanwhile
          throw DaemonError(.publish, "cannot replace the checkpoint", path: target, errno: error)
        }
        try Directory.sync(out)
        StagingTree.remove(staged)  // the old checkpoint, now at the staging name
        return target
      }
    }
  }

  /// A checkpoint under `out` whose `report.json` records `source` with
  /// `sha256`: how a restart recognises a conversion that was published just
  /// before a crash, so it is not converted twice.
  public static func findPublished(source: String, sha256: String, in out: FilePath) -> FilePath? {
    guard let names = try? Directory.names(in: out) else { return nil }
    var key = JSONWriter()
    key.object { $0.field("sourceName", source) }
    let sourceField = String(key.text.dropFirst().dropLast())
    for name in names where !name.hasPrefix(".") {
      let directory = out.appending(name)
      guard
        let report = try? SmallFile.read(directory.appending("report.json"), followSymlinks: false)
      else { continue }
      if report.contains("\"sha256\":\"\(sha256)\"") && report.contains(sourceField) {
        return directory
      }
    }
    return nil
  }
}
