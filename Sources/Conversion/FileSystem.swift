public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Creates `path` and any missing parents (mode 0755), like `mkdir -p`.
/// Returns whether the directory exists afterwards.
public func mkdirAll(_ path: FilePath) -> Bool {
  var info = stat()
  if stat(path.string, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR }
  let parent = path.removingLastComponent()
  if !parent.isEmpty && parent != path { _ = mkdirAll(parent) }
  return mkdir(path.string, 0o755) == 0
    || (stat(path.string, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
}

/// Reading a directory's entries without Foundation.
public enum DirectoryListing {
  /// The names in `directory`, without `.` and `..`, or `nil` if it cannot be
  /// opened as a directory. The C functions are `opendir`, `readdir`, `closedir`.
  public static func names(in directory: FilePath) -> [String]? {
    guard let handle = opendir(directory.string) else { return nil }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
