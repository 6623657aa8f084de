public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a small file so that readers see either nothing or all of it:
/// the bytes go to a hidden temporary name in the same directory, are
/// fsynced, and are renamed over the final name.
public enum AtomicFile {
  /// Writes `text` to `path` (mode 0644), replacing any file there.
  public static func write(_ text: String, to path: FilePath) throws(DaemonError) {
    guard let name = path.lastComponent?.string else {
      throw DaemonError(.systemCall, "no file name", path: path)
    }
    let directory = path.removingLastComponent()
    let temporary = directory.appending(".\(name).\(getpid()).tmp")
    let fd = open(temporary.string, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else { throw .systemCall("open", path: temporary) }
    var failure: DaemonError?
    var copy = text
    copy.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = .systemCall("write", path: temporary)
          return
        }
        offset += written
      }
    }
    if failure == nil && fsync(fd) != 0 { failure = .systemCall("fsync", path: temporary) }
    close(fd)
    if failure == nil, rename(temporary.string, path.string) != 0 {
      failure = .systemCall("rename", path: path)
    }
    if let failure {
      unlink(temporary.string)
      throw failure
    }
  }
}
