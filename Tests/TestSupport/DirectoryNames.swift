#if canImport(Glibc)
  import Glibc
#endif

/// The names in a directory, read with plain `opendir`/`readdir` (not with
/// the `Files` module, so tests that check `Files` do not trust it to look).
public enum DirectoryNames {
  /// The names in `path` (no `.`/`..`), sorted; empty when it cannot be read.
  /// With `followingLink` false a symbolic link at `path` is not listed through.
  public static func sorted(in path: String, followingLink: Bool = true) -> [String] {
    let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW)
    let fd = open(path, flags)
    guard fd >= 0, let stream = fdopendir(fd) else {
      if fd >= 0 { close(fd) }
      return []
    }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }
}
