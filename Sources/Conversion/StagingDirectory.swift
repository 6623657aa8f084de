public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A private directory beside a destination, where a result is built and from
/// which it is published with one `rename(2)`.
///
/// Readers never see a half-written checkpoint: until ``publish()`` the files
/// live under a dot-name that tools skip, and the rename is atomic on one file
/// system. ``discard()`` (also done on deinit when not published) removes the
/// staging files.
public final class StagingDirectory {
  /// Names of staging directories start with this, so stale ones left by a
  /// killed process can be found and removed.
  public static let namePrefix = ".gluon2tf-staging-"

  /// The staging directory.
  public let path: FilePath
  /// Where ``publish()`` moves it.
  public let destination: FilePath
  private var published = false

  /// Creates the staging directory next to `destination` (mode 0755).
  public init(for destination: FilePath) throws(ConversionError) {
    guard let name = destination.lastComponent?.string, !name.isEmpty else {
      throw ConversionError(.destination, "\(destination) has no final path component")
    }
    let parent = destination.removingLastComponent()
    let directory = parent.isEmpty ? FilePath(".") : parent
    var random = SystemRandomNumberGenerator()
    let suffix = String(random.next() & 0xFFFF_FFFF, radix: 16)
    self.path = directory.appending("\(StagingDirectory.namePrefix)\(name)-\(getpid())-\(suffix)")
    self.destination = destination
    guard mkdir(path.string, 0o755) == 0 else {
      let error = Errno(rawValue: errno)
      throw ConversionError(
        .destination, "cannot create a staging directory in \(directory)", cause: "\(error)")
    }
  }

  deinit {
    if !published { discard() }
  }

  /// Fsyncs the directory, renames it to the destination and fsyncs the parent.
  ///
  /// With `replacing`, an existing destination is first moved aside and removed
  /// after the new one is in place; otherwise an existing destination is an error.
  public func publish(replacing: Bool) throws(ConversionError) {
    try StagingDirectory.fsyncDirectory(path)
    var displaced: FilePath?
    if StagingDirectory.exists(destination) {
      guard replacing else {
        throw ConversionError(
          .destination, "\(destination) already exists (use --force to replace it)")
      }
      let aside = FilePath(path.string + ".old")
      guard rename(destination.string, aside.string) == 0 else {
        throw ConversionError(
          .destination, "cannot move the existing \(destination) aside",
          cause: "\(Errno(rawValue: errno))")
      }
      displaced = aside
    }
    guard rename(path.string, destination.string) == 0 else {
      let error = Errno(rawValue: errno)
      if let displaced { _ = rename(displaced.string, destination.string) }
      throw ConversionError(.destination, "cannot publish \(destination)", cause: "\(error)")
    }
    published = true
    let parent = destination.removingLastComponent()
    try StagingDirectory.fsyncDirectory(parent.isEmpty ? FilePath(".") : parent)
    if let displaced { StagingDirectory.removeTree(displaced) }
  }

  /// Removes the staging directory and everything in it.
  public func discard() {
    StagingDirectory.removeTree(path)
  }

  static func exists(_ path: FilePath) -> Bool {
    var info = stat()
    return lstat(path.string, &info) == 0
  }

  static func fsyncDirectory(_ path: FilePath) throws(ConversionError) {
    let fd = open(path.string, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      throw ConversionError(
        .destination, "cannot open \(path) to sync it", cause: "\(Errno(rawValue: errno))")
    }
    defer { close(fd) }
    guard fsync(fd) == 0 else {
      throw ConversionError(.write, "fsync of \(path) failed", cause: "\(Errno(rawValue: errno))")
    }
  }

  /// Removes a directory of plain files (what staging holds), then the directory.
  /// Nested directories are removed recursively; symlinks are unlinked, never followed.
  public static func removeTree(_ path: FilePath) {
    guard let children = DirectoryListing.names(in: path) else {
      _ = unlink(path.string)
      return
    }
    for name in children {
      let child = path.appending(name)
      var info = stat()
      if lstat(child.string, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
        removeTree(child)
      } else {
        _ = unlink(child.string)
      }
    }
    _ = rmdir(path.string)
  }
}
