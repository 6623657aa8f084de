public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Small directory operations over `opendir(3)`, `mkdir(2)` and `fsync(2)`.
public enum Directory {
  /// The names in `path`, without `.` and `..`, in directory order.
  /// The corresponding C functions are `opendir` and `readdir`.
  public static func names(in path: FilePath) throws(DaemonError) -> [String] {
    guard let stream = opendir(path.string) else { throw .systemCall("opendir", path: path) }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Creates `path` (and missing parents) with `mode` unless it is a directory already.
  public static func create(_ path: FilePath, mode: UInt32 = 0o755) throws(DaemonError) {
    if let status = try FileStatus.of(path) {
      guard status.kind == .directory else {
        throw DaemonError(.configuration, "exists and is not a directory", path: path)
      }
      return
    }
    let parent = path.removingLastComponent()
    if !parent.isEmpty && parent != path { try create(parent, mode: mode) }
    guard mkdir(path.string, mode_t(mode)) == 0 || errno == EEXIST else {
      throw .systemCall("mkdir", path: path)
    }
  }

  /// Flushes a directory's entries to disk (after a rename into it).
  public static func sync(_ path: FilePath) throws(DaemonError) {
    let fd = open(path.string, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw .systemCall("open", path: path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw .systemCall("fsync", path: path) }
  }
}
