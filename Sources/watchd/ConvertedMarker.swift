import Files

/// With `on-success = keep`, the record that a source left in the watch
/// folder was converted: `.converted/<name>` holds the file's device, inode,
/// size and modification time, so the file is skipped until it changes.
enum ConvertedMarker {
  /// Writes the marker for `name` with `status` and `sha256`.
  static func write(
    _ name: String, status: FileStatus, sha256: String, in converted: Directory
  ) throws(DaemonError) {
    do {
      try converted.writeAtomically(
        Array(text(status, sha256: sha256).utf8), as: name, replacing: true)
    } catch {
      throw DaemonError(error)
    }
  }

  /// Whether `.converted/<name>` describes the file with `status`.
  static func matches(_ name: String, status: FileStatus, in converted: Directory) -> Bool {
    guard let bytes = try? converted.read(name, limit: 4096) else { return false }
    return String(decoding: bytes, as: UTF8.self).hasPrefix(identity(status))
  }

  static func identity(_ status: FileStatus) -> String {
    "\(status.identity.device) \(status.identity.inode) \(status.size) \(status.modified)"
  }

  static func text(_ status: FileStatus, sha256: String) -> String {
    identity(status) + " " + sha256 + "\n"
  }
}
