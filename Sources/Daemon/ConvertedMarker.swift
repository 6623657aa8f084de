import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// With `on-success = keep`, the record that a source left in the watch
/// folder was converted: `.converted/<name>` holds the file's device, inode,
/// size and modification time, so the file is skipped until it changes.
public enum ConvertedMarker {
  /// Writes the marker for `name` with `status` and `sha256`.
  public static func write(
    _ name: String, status: FileStatus, sha256: String, in folder: WatchFolder
  ) throws(DaemonError) {
    try AtomicFile.write(text(status, sha256: sha256), to: folder.converted.appending(name))
  }

  /// Whether `.converted/<name>` describes the file with `status`.
  public static func matches(_ name: String, status: FileStatus, in folder: WatchFolder) -> Bool {
    guard
      let text = try? SmallFile.read(
        folder.converted.appending(name), limit: 4096, followSymlinks: false)
    else { return false }
    return text.hasPrefix(identity(status))
  }

  /// Removes the marker (when the file is gone or was converted again).
  public static func remove(_ name: String, in folder: WatchFolder) {
    unlink(folder.converted.appending(name).string)
  }

  static func identity(_ status: FileStatus) -> String {
    "\(status.device) \(status.inode) \(status.size) \(status.modified)"
  }

  static func text(_ status: FileStatus, sha256: String) -> String {
    identity(status) + " " + sha256 + "\n"
  }
}
