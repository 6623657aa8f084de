public import SystemPackage

/// The drop folder and the folders the daemon keeps inside it:
///
/// - `.claimed/`: files being converted. A file is claimed by moving it here
///   with one rename while holding an exclusive `flock(2)` on it; the lock
///   lasts as long as the claiming process, so a claim whose lock is free
///   belongs to a dead process and is recovered.
/// - `.converted/`: with `on-success = keep`, one marker per converted source.
/// - `processed/`: sources converted successfully (with `on-success = move`).
/// - `failed/`: sources that cannot be converted, each with `<name>.error.json`.
public struct WatchFolder: Sendable {
  public let root: FilePath

  public init(_ root: FilePath) { self.root = root }

  public var claimed: FilePath { root.appending(".claimed") }
  public var converted: FilePath { root.appending(".converted") }
  public var processed: FilePath { root.appending("processed") }
  public var failed: FilePath { root.appending("failed") }

  /// Creates the folder and its subfolders when missing.
  public func prepare() throws(DaemonError) {
    try Directory.create(root)
    for path in [claimed, converted, processed, failed] { try Directory.create(path) }
  }

  /// The path of `name` in the folder itself.
  public func source(_ name: String) -> FilePath { root.appending(name) }
}
