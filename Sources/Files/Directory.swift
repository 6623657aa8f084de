internal import CLinux
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// An open directory, and every operation gluon2tf does in one: each by a
/// name relative to the open descriptor (`openat`, `mkdirat`, `renameat2`,
/// `unlinkat`, …), so nothing is resolved through a path that someone else
/// can swap for a symbolic link between two calls.
///
/// Names are single path components; a name with `/`, or `.`/`..`, is refused
/// with EINVAL. No operation follows a symbolic link in the last component:
/// links are opened never, and removed or renamed as links.
public final class Directory: @unchecked Sendable {
  // @unchecked: the descriptor is immutable and every call on it is a
  // system call the kernel serialises.

  /// The path the directory was opened at, for messages. It may be stale:
  /// the descriptor, not the path, is what the operations use.
  public let path: FilePath
  /// The open directory (`O_RDONLY | O_DIRECTORY | O_CLOEXEC`).
  public let descriptor: FileDescriptor

  init(path: FilePath, descriptor: FileDescriptor) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { try? descriptor.close() }

  /// Opens the directory at `path`, as the user who named it means it: a
  /// symbolic link in the path (the last component included) is followed
  /// here, once. Everything done through the result is relative to the
  /// directory opened, and follows no link.
  ///
  /// - Throws: ``FileSystemError`` `.wrongKind`, or `.systemCall`.
  public convenience init(opening path: FilePath) throws(FileSystemError) {
    let fd = retryingInterrupts { Glibc.open(path.string, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    guard fd >= 0 else { throw Directory.openFailure(path: path, errno: .current) }
    self.init(path: path, descriptor: FileDescriptor(rawValue: fd))
  }

  /// Opens `path`, creating it and any missing parents first (`mkdir -p`).
  /// Existing components are used as they are, links included.
  public static func create(
    _ path: FilePath, permissions: UInt32 = 0o755
  ) throws(FileSystemError) -> Directory {
    var missing: [FilePath] = []
    var probe = path
    while !probe.isEmpty, probe != probe.removingLastComponent() {
      let exists: Bool
      do { exists = try FileStatus.of(probe) != nil } catch { throw FileSystemError(error) }
      if exists { break }
      missing.append(probe)
      probe = probe.removingLastComponent()
    }
    for directory in missing.reversed() {
      guard mkdir(directory.string, mode_t(permissions)) == 0 || Errno.current == .fileExists
      else {
        throw FileSystemError(
          SystemCallError("mkdir", path: directory), "cannot create the directory")
      }
    }
    return try Directory(opening: path)
  }

  /// Opens the subdirectory `name`.
  ///
  /// - Parameter sameMount: refuse (`.mountPoint`) when `name` is a mount point.
  public func openDirectory(_ name: String, sameMount: Bool = false) throws(FileSystemError)
    -> Directory
  {
    try Directory.validate(name, in: path)
    let child = path.appending(name)
    let fd = open(name: name, flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW, sameMount: sameMount)
    guard fd >= 0 else { throw Directory.openFailure(path: child, errno: .current) }
    return Directory(path: child, descriptor: FileDescriptor(rawValue: fd))
  }

  /// `openat2` beneath this directory with no symbolic link anywhere (and
  /// no mount crossing with `sameMount`). Where openat2 answers ENOSYS (systemd's
  /// `RestrictSUIDSGID=` filters it so; kernels before 5.6 lack it), a single
  /// name is opened with `openat(O_NOFOLLOW)` and a mount ID check, which is as
  /// strict for one component; a longer path then fails with ENOSYS.
  func open(name: String, flags: Int32, permissions: UInt32 = 0, sameMount: Bool) -> Int32 {
    retryingInterrupts {
      g2t_openat_beneath(
        descriptor.rawValue, name, flags | O_CLOEXEC | O_NOFOLLOW, permissions, sameMount ? 1 : 0)
    }
  }

  static func openFailure(path: FilePath, errno: Errno) -> FileSystemError {
    let failure = SystemCallError("open", errno: errno, path: path)
    switch errno {
    case .tooManySymbolicLinkLevels:
      return FileSystemError(
        .symbolicLink, "is a symbolic link, which gluon2tf does not follow here", path: path,
        cause: failure)
    case .notDirectory:
      return FileSystemError(.wrongKind, "is not a directory", path: path, cause: failure)
    case .improperLink:
      return FileSystemError(
        .mountPoint, "is a mount point, which gluon2tf does not cross", path: path,
        cause: failure)
    default:
      return FileSystemError(failure, "cannot open the directory")
    }
  }

  /// Refuses names that are not one plain component.
  static func validate(_ name: String, in directory: FilePath) throws(FileSystemError) {
    guard !name.isEmpty, name != ".", name != "..", !name.utf8.contains(UInt8(ascii: "/")),
      !name.utf8.contains(0)
    else {
      throw FileSystemError(
        SystemCallError("validate name", errno: .invalidArgument, path: directory.appending(name)),
        "is not a single file name")
    }
  }

  // MARK: Status and listing

  /// `fstat` of the directory itself.
  public func status() throws(SystemCallError) -> FileStatus {
    try FileStatus.of(descriptor, path: path)
  }

  /// `fstatat(name, AT_SYMLINK_NOFOLLOW)`; `nil` when there is no such entry.
  public func status(of name: String) throws(SystemCallError) -> FileStatus? {
    var info = stat()
    let result = fstatat(descriptor.rawValue, name, &info, AT_SYMLINK_NOFOLLOW)
    guard result == 0 else {
      let error = Errno.current
      if error == .noSuchFileOrDirectory { return nil }
      throw SystemCallError("fstatat", errno: error, path: path.appending(name))
    }
    return FileStatus(info)
  }

  /// The entries' names as raw bytes (no `.`/`..`), in directory order.
  /// A name that is not UTF-8 is kept as it is, so it can still be acted on.
  public func rawNames() throws(SystemCallError) -> [[CChar]] {
    let copy = retryingInterrupts { dup(descriptor.rawValue) }
    guard copy >= 0, let stream = fdopendir(copy) else {
      if copy >= 0 { close(copy) }
      throw SystemCallError("fdopendir", path: path)
    }
    defer { closedir(stream) }
    rewinddir(stream)  // the duplicate shares the offset of earlier listings
    var names: [[CChar]] = []
    while true {
      errno = 0
      guard let entry = readdir(stream) else {
        if errno != 0 { throw SystemCallError("readdir", path: path) }
        break
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 }) + [0]
      }
      if name == [46, 0] || name == [46, 46, 0] { continue }
      names.append(name)
    }
    return names
  }

  /// The entries' names that are valid UTF-8 (no `.`/`..`), in directory order;
  /// ``rawNames()`` has the others too.
  public func names() throws(SystemCallError) -> [String] {
    try rawNames().compactMap { raw in
      raw.withUnsafeBufferPointer { String(validatingCString: $0.baseAddress!) }
    }
  }

  // MARK: Changes

  /// `mkdirat(name, permissions)`.
  public func makeDirectory(_ name: String, permissions: UInt32 = 0o755) throws(SystemCallError) {
    guard mkdirat(descriptor.rawValue, name, mode_t(permissions)) == 0 else {
      throw SystemCallError("mkdir", path: path.appending(name))
    }
  }

  /// Flags of ``rename(_:to:as:options:)`` (`renameat2(2)`).
  public struct RenameOptions: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Fail with EEXIST rather than replace the target (RENAME_NOREPLACE).
    public static let noReplace = RenameOptions(rawValue: UInt32(G2T_RENAME_NOREPLACE))
    /// Swap the two names atomically; both must exist (RENAME_EXCHANGE).
    public static let exchange = RenameOptions(rawValue: UInt32(G2T_RENAME_EXCHANGE))
  }

  /// Renames `name` here to `newName` in `target` (`renameat2`). A symbolic
  /// link is renamed as a link, never followed.
  public func rename(
    _ name: String, to target: Directory, as newName: String, options: RenameOptions = []
  ) throws(SystemCallError) {
    let result = g2t_renameat2(
      descriptor.rawValue, name, target.descriptor.rawValue, newName, options.rawValue)
    guard result == 0 else {
      throw SystemCallError("renameat2", path: target.path.appending(newName))
    }
  }

  /// Removes the entry `name` that is not a directory (a link is removed as a link).
  public func removeFile(_ name: String) throws(SystemCallError) {
    guard unlinkat(descriptor.rawValue, name, 0) == 0 else {
      throw SystemCallError("unlinkat", path: path.appending(name))
    }
  }

  /// Removes the empty directory `name`.
  public func removeEmptyDirectory(_ name: String) throws(SystemCallError) {
    guard unlinkat(descriptor.rawValue, name, AT_REMOVEDIR) == 0 else {
      throw SystemCallError("rmdir", path: path.appending(name))
    }
  }

  /// Makes creations, renames and removals in the directory durable (`fsync`).
  public func sync() throws(SystemCallError) {
    guard fsync(descriptor.rawValue) == 0 else { throw SystemCallError("fsync", path: path) }
  }

  // MARK: Files

  /// Creates the regular file `name`, which must not exist (`O_EXCL`, never
  /// through a link), for writing.
  public func createFile(_ name: String, permissions: UInt32 = 0o644) throws(SystemCallError)
    -> OutputFile
  {
    let fd = open(
      // Read and write: a checkpoint shard reads back what it wrote by position
      // (``OutputFile/read(into:at:)``) to checksum a tensor scattered into it.
      name: name, flags: O_RDWR | O_CREAT | O_EXCL, permissions: permissions, sameMount: false)
    guard fd >= 0 else { throw SystemCallError("open", path: path.appending(name)) }
    return OutputFile(descriptor: FileDescriptor(rawValue: fd), path: path.appending(name))
  }

  /// Opens the regular file `name` read-only, never through a link, without
  /// blocking on a FIFO or device (`.wrongKind` for anything but a regular file).
  public func openForReading(_ name: String) throws(FileSystemError) -> FileDescriptor {
    try Directory.validate(name, in: path)
    let fd = open(name: name, flags: O_RDONLY | O_NONBLOCK | O_NOCTTY, sameMount: false)
    guard fd >= 0 else {
      throw Directory.readFailure(path: path.appending(name), errno: .current)
    }
    return try ReadOnlyFile.checkedRegular(
      FileDescriptor(rawValue: fd), path: path.appending(name))
  }

  static func readFailure(path: FilePath, errno: Errno) -> FileSystemError {
    if errno == .tooManySymbolicLinkLevels {
      return FileSystemError(
        .symbolicLink, "is a symbolic link, which gluon2tf does not follow here", path: path,
        cause: SystemCallError("open", errno: errno, path: path))
    }
    return FileSystemError(SystemCallError("open", errno: errno, path: path), "cannot open")
  }

  /// The bytes of the small regular file `name` (not through a link), refusing
  /// files over `limit` bytes.
  public func read(_ name: String, limit: Int = 1 << 20) throws(FileSystemError) -> [UInt8] {
    let descriptor = try openForReading(name)
    defer { try? descriptor.close() }
    return try ReadOnlyFile.readAll(descriptor, path: path.appending(name), limit: limit)
  }

  /// Writes `bytes` as `name` so that readers see the old entry or all of the
  /// new file, never a part: a new hidden file here, `fsync`, then one rename
  /// onto `name`. With `replacing` false an existing `name` is an error
  /// (`.exists`) and is left as it was. The directory itself is not synced.
  public func writeAtomically(
    _ bytes: some Collection<UInt8>, as name: String, replacing: Bool,
    permissions: UInt32 = 0o644
  ) throws(FileSystemError) {
    try Directory.validate(name, in: path)
    var random = SystemRandomNumberGenerator()
    let temporary = ".gluon2tf-tmp-\(String(random.next(), radix: 16))"
    do throws(SystemCallError) {
      let file = try createFile(temporary, permissions: permissions)
      let contents = Array(bytes)
      let written = contents.withUnsafeBytes { buffer in
        Result { () throws(SystemCallError) in try file.write(buffer) }
      }
      try written.get()
      try file.sync()
      try file.close()
      try rename(temporary, to: self, as: name, options: replacing ? [] : .noReplace)
    } catch {
      try? removeFile(temporary)
      if error.errno == .fileExists && !replacing {
        throw FileSystemError(.exists, "already exists", path: path.appending(name), cause: error)
      }
      throw FileSystemError(error, "cannot write the file")
    }
  }
}

extension Directory {
  /// What ``writeNew(_:contents:)`` did.
  public enum NewFileOutcome: Sendable, Equatable {
    /// The file did not exist and was written.
    case written
    /// A file with the same bytes was there already; it was left as it was.
    case identicalExists
  }

  /// Writes a new regular file `name` whose bytes `contents` produces, never
  /// replacing anything: it is written under a hidden name and renamed with
  /// `RENAME_NOREPLACE`. When `name` exists it is left alone: that is fine
  /// when it holds the same bytes (``NewFileOutcome/identicalExists``) and an
  /// error (`.exists`) otherwise.
  public func writeNew(
    _ name: String, contents: (OutputFile) throws -> Void
  ) throws -> NewFileOutcome {
    try Directory.validate(name, in: path)
    var random = SystemRandomNumberGenerator()
    let temporary = ".gluon2tf-tmp-\(String(random.next(), radix: 16))"
    defer { try? removeFile(temporary) }
    try contents(try createFile(temporary))
    let renamed = Result { () throws(SystemCallError) in
      try rename(temporary, to: self, as: name, options: .noReplace)
    }
    guard case .failure(let error) = renamed else { return .written }
    guard error.errno == .fileExists else { throw FileSystemError(error, "cannot create") }
    let written = try openForReading(temporary)
    defer { try? written.close() }
    let existing = try openForReading(name)
    defer { try? existing.close() }
    guard try ReadOnlyFile.haveSameContents(written, existing) else {
      throw FileSystemError(
        .exists, "exists with other contents; it is left as it is", path: path.appending(name))
    }
    return .identicalExists
  }
}
