#if canImport(Glibc)
  import Glibc
#endif

/// How much room the file system holding a directory has.
public struct FileSystemCapacity: Sendable, Equatable {
  /// Bytes an unprivileged writer may still use (`f_bavail`).
  public var availableBytes: Int
  /// The file system's size (`f_blocks`).
  public var totalBytes: Int

  public init(availableBytes: Int, totalBytes: Int) {
    self.availableBytes = availableBytes
    self.totalBytes = totalBytes
  }
}

extension Directory {
  /// The capacity of the file system this directory is on (`fstatvfs`).
  public func capacity() throws(SystemCallError) -> FileSystemCapacity {
    var info = statvfs()
    guard fstatvfs(descriptor.rawValue, &info) == 0 else {
      throw SystemCallError("fstatvfs", path: path)
    }
    let unit = UInt64(info.f_frsize)
    // Saturate: a file system larger than Int.max bytes is simply "large".
    func bytes(_ blocks: UInt64) -> Int {
      let (product, overflow) = blocks.multipliedReportingOverflow(by: unit)
      return overflow || product > UInt64(Int.max) ? Int.max : Int(product)
    }
    return FileSystemCapacity(
      availableBytes: bytes(UInt64(info.f_bavail)), totalBytes: bytes(UInt64(info.f_blocks)))
  }
}
