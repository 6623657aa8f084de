import Files

/// With `on-success = keep`, the record that a source left in the watch
/// folder was converted: `.converted/<name>` holds the file's device, inode,
/// size and modification time, so the file is skipped until it changes.
enum ConvertedMarker {
  /// Writes the marker for `name` with `status` and `sha256`. An entry
  /// already at that name is replaced only when it is one of these markers
  /// (a regular file in their format); anything else is left alone.
  static func write(
    _ name: String, status: FileStatus, sha256: String, in converted: Directory
  ) throws(DaemonError) {
    let bytes = Array(text(status, sha256: sha256).utf8)
    do {
      try converted.writeAtomically(bytes, as: name, replacing: false)
      return
    } catch  where error.code != .exists {
      throw DaemonError(error)
    } catch {}
    guard (try? converted.status(of: name))?.kind == .regular,
      let existing = try? converted.read(name, limit: 4096), isMarker(existing)
    else {
      throw DaemonError(
        .systemCall, "holds something that is not a gluon2tf marker; left alone",
        path: converted.path.appending(name))
    }
    do {
      try converted.writeAtomically(bytes, as: name, replacing: true)
    } catch {
      throw DaemonError(error)
    }
  }

  /// Whether `bytes` are a marker: `<device> <inode> <size> <mtime> <sha256>`.
  static func isMarker(_ bytes: [UInt8]) -> Bool {
    let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
    guard fields.count == 5, fields[0..<4].allSatisfy({ Int64($0) != nil }) else { return false }
    let digest = fields[4].filter { $0 != "\n" }
    return digest.count == 64 && digest.allSatisfy(\.isHexDigit)
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
