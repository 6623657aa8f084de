public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// What `lstat(2)`/`fstat(2)` say about a file, reduced to what the daemon
/// compares: its kind, identity, size and modification time.
public struct FileStatus: Sendable, Equatable {
  /// The file type, from `st_mode`.
  public enum Kind: Sendable, Equatable {
    case regular, directory, symbolicLink, other
  }

  public var kind: Kind
  public var device: UInt64
  public var inode: UInt64
  public var size: Int
  /// Modification time in nanoseconds since the epoch.
  public var modified: Int64

  init(_ info: stat) {
    switch info.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
  }

  /// Whether `other` is the same file (device and inode).
  public func isSameFile(as other: FileStatus) -> Bool {
    device == other.device && inode == other.inode
  }

  /// The status of `path` itself, never following a symlink; `nil` when it
  /// does not exist. The corresponding C function is `lstat`.
  public static func of(_ path: FilePath) throws(DaemonError) -> FileStatus? {
    var info = stat()
    guard lstat(path.string, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw .systemCall("lstat", path: path)
    }
    return FileStatus(info)
  }

  /// The status of an open file. The corresponding C function is `fstat`.
  public static func of(_ descriptor: FileDescriptor) throws(DaemonError) -> FileStatus {
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0 else { throw .systemCall("fstat") }
    return FileStatus(info)
  }
}
