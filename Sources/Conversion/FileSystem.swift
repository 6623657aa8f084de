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
