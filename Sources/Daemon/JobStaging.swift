import Conversion
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// One job's private directory in `OUT`, `.gluon2tf-staging-job-<pid>-<random>`,
/// where the checkpoint and its `report.json` are assembled before the one
/// rename that publishes them together.
///
/// The directory is `flock`ed for as long as the job runs, so a sweep by any
/// process (``StagingTree/removeStale(in:)``) can tell a live job from one a
/// killed process left behind, even across pid namespaces.
public final class JobStaging {
  /// The directory.
  public let path: FilePath
  private let lock: FileDescriptor

  /// The name prefix of job directories.
  public static let namePrefix = StagingDirectory.namePrefix + "job-"

  /// Creates and locks a new job directory in `out`.
  public init(in out: FilePath) throws(DaemonError) {
    var random = SystemRandomNumberGenerator()
    let suffix = String(random.next() & 0xFFFF_FFFF_FFFF, radix: 16)
    path = out.appending("\(JobStaging.namePrefix)\(getpid())-\(suffix)")
    guard mkdir(path.string, 0o755) == 0 else { throw .systemCall("mkdir", path: path) }
    let fd = open(path.string, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let error = DaemonError.systemCall("lock staging directory", path: path)
      if fd >= 0 { close(fd) }
      rmdir(path.string)
      throw error
    }
    lock = FileDescriptor(rawValue: fd)
  }

  /// Where the converter builds the checkpoint (it stages again inside, and
  /// renames its result here).
  public var checkpoint: FilePath { path.appending("checkpoint") }

  /// Removes whatever is left and releases the lock.
  public func discard() {
    StagingTree.remove(path)
  }

  deinit {
    StagingTree.remove(path)
    try? lock.close()
  }
}
