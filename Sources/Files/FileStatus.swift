public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Device and inode numbers: what makes a file the same file across renames.
public struct FileIdentity: Sendable, Hashable {
  public var device: UInt64
  public var inode: UInt64
  public init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }
}

/// A file as it was at one moment: which file, its size, and when its data
/// (`st_mtim`) and its inode (`st_ctim`, which no user call can set back)
/// last changed. Two equal versions mean that, as far as the file system
/// records, nothing was written to the file in between.
public struct FileVersion: Sendable, Hashable {
  public var identity: FileIdentity
  /// Size in bytes.
  public var size: Int
  /// Last data change (`st_mtim`), in nanoseconds since the epoch.
  public var modified: Int64
  /// Last inode change (`st_ctim`), in nanoseconds since the epoch.
  public var changed: Int64

  public init(identity: FileIdentity, size: Int, modified: Int64, changed: Int64) {
    self.identity = identity
    self.size = size
    self.modified = modified
    self.changed = changed
  }
}

/// What `lstat(2)`/`fstat(2)` say about a file: the one reading of `struct
/// stat` in gluon2tf.
public struct FileStatus: Sendable, Equatable {
  /// The file type, from `st_mode`.
  public enum Kind: String, Sendable, Equatable {
    case regular = "a regular file"
    case directory = "a directory"
    case symbolicLink = "a symbolic link"
    case fifo = "a FIFO"
    case socket = "a socket"
    case device = "a device"
  }

  public var kind: Kind
  public var version: FileVersion
  /// The permission bits (`st_mode & 07777`).
  public var permissions: UInt32
  public var owner: UInt32
  public var linkCount: Int

  public var identity: FileIdentity { version.identity }
  public var size: Int { version.size }
  /// Modification time in nanoseconds since the epoch.
  public var modified: Int64 { version.modified }

  /// Whether `other` is the same file (device and inode).
  public func isSameFile(as other: FileStatus) -> Bool { identity == other.identity }

  init(_ info: stat) {
    switch info.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    case S_IFIFO: kind = .fifo
    case S_IFSOCK: kind = .socket
    default: kind = .device
    }
    version = FileVersion(
      identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)),
      size: Int(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
      changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    permissions = UInt32(info.st_mode & 0o7777)
    owner = UInt32(info.st_uid)
    linkCount = Int(info.st_nlink)
  }

  /// The status of `path` itself, never following a symlink; `nil` when it
  /// does not exist. The C function is `lstat`.
  public static func of(_ path: FilePath) throws(SystemCallError) -> FileStatus? {
    var info = stat()
    guard lstat(path.string, &info) == 0 else {
      let error = Errno.current
      if error == .noSuchFileOrDirectory || error == .notDirectory { return nil }
      throw SystemCallError("lstat", errno: error, path: path)
    }
    return FileStatus(info)
  }

  /// The status of `path`, following symlinks (`stat`); `nil` when missing.
  public static func following(_ path: FilePath) throws(SystemCallError) -> FileStatus? {
    var info = stat()
    guard stat(path.string, &info) == 0 else {
      let error = Errno.current
      if error == .noSuchFileOrDirectory || error == .notDirectory { return nil }
      throw SystemCallError("stat", errno: error, path: path)
    }
    return FileStatus(info)
  }

  /// The status of an open file (`fstat`); `path` only names it in errors.
  public static func of(
    _ descriptor: FileDescriptor, path: FilePath? = nil
  ) throws(SystemCallError) -> FileStatus {
    var info = stat()
    guard fstat(descriptor.rawValue, &info) == 0 else {
      throw SystemCallError("fstat", path: path)
    }
    return FileStatus(info)
  }
}
