import Files
import MMapIO
import SystemPackage

/// Whether a `.params` parses completely, found off the daemon's loop thread.
///
/// Parsing walks every array header and the names table, which a hostile or
/// merely large file can make take seconds; on the loop thread that would
/// starve `WATCHDOG=1` (and systemd would kill the daemon). So the loop only
/// opens the file and hands the descriptor over: one probe thread at a time
/// parses it and reports back through a callback (the daemon's mailbox).
///
/// Verdicts are remembered by ``FileVersion`` (inode, size, mtime, ctime):
/// hard links share an inode, so a hundred links to one file cost one parse,
/// and an unchanged file is never parsed twice. Owned by the loop thread.
struct CompletenessProbe {
  /// A finished probe, handed back to the loop.
  struct Result: Sendable {
    var version: FileVersion
    var parses: Bool
  }

  /// What is known about a version.
  enum Verdict: Equatable {
    case parses
    case unparsable
    /// A probe of this version is running.
    case probing
    /// Nothing yet, and no probe can start now (one is running).
    case busy
    /// A probe was just started on the descriptor given.
    case started
  }

  private var verdicts: [FileVersion: Bool] = [:]
  private var running: FileVersion?

  /// The verdict for `version`, starting a probe on the file that
  /// `open` opens (read-only; the probe closes it) when none is known and
  /// none runs. `report` is called on the probe thread when it ends.
  mutating func verdict(
    for version: FileVersion, open: () -> FileDescriptor?,
    report: @escaping @Sendable (Result) -> Void
  ) -> Verdict {
    if let parses = verdicts[version] { return parses ? .parses : .unparsable }
    if let running { return running == version ? .probing : .busy }
    guard let descriptor = open() else { return .busy }
    let probe: @Sendable () -> Void = {
      let parses =
        (try? ParamsFile(path: FilePath("/proc/self/fd/\(descriptor.rawValue)"))) != nil
      try? descriptor.close()
      report(Result(version: version, parses: parses))
    }
    do {
      try OSThread.detach(probe)
    } catch {
      try? descriptor.close()
      return .busy
    }
    running = version
    return .started
  }

  /// Whether a verdict for `version` is known.
  func isSettled(_ version: FileVersion) -> Bool { verdicts[version] != nil }

  /// Records a finished probe.
  mutating func record(_ result: Result) {
    if running == result.version { running = nil }
    verdicts[result.version] = result.parses
  }

  /// Forgets verdicts of versions no longer seen, so the memory stays bounded
  /// by the files waiting in the folder.
  mutating func keep(only versions: Set<FileVersion>) {
    verdicts = verdicts.filter { versions.contains($0.key) }
  }
}
