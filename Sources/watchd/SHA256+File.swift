import Files
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

extension SHA256 {
  /// The hex SHA-256 of an open file's whole content, read with `pread(2)`
  /// from offset 0 in 1 MiB pieces (the file offset is left alone).
  static func hash(of descriptor: FileDescriptor, path: FilePath? = nil) throws(DaemonError)
    -> String
  {
    _ = posix_fadvise(descriptor.rawValue, 0, 0, POSIX_FADV_SEQUENTIAL)
    var hasher = SHA256()
    let chunk = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 64)
    defer { buffer.deallocate() }
    var offset: off_t = 0
    while true {
      let count = retryingInterrupts {
        pread(descriptor.rawValue, buffer.baseAddress, chunk, offset)
      }
      if count < 0 { throw .systemCall("pread", path: path) }
      if count == 0 { break }
      hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      offset += off_t(count)
    }
    return hex(hasher.finalize())
  }
}
