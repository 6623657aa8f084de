public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Opening a user's file to read it: never to write, never blocking.
public enum ReadOnlyFile {
  /// Opens `path` read-only. A FIFO, socket or device is refused
  /// (`.wrongKind`) instead of blocking in `open` or `read`; so is a directory.
  /// Symbolic links in the path are followed, as a user naming a file expects.
  public static func open(_ path: FilePath) throws(FileSystemError) -> FileDescriptor {
    let fd = retryingInterrupts {
      Glibc.open(path.string, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    }
    guard fd >= 0 else {
      throw FileSystemError(SystemCallError("open", path: path), "cannot open")
    }
    return try checkedRegular(FileDescriptor(rawValue: fd), path: path)
  }

  /// Checks that `descriptor` (opened with `O_NONBLOCK`) is a regular file
  /// and makes its reads blocking again; closes it and throws otherwise.
  static func checkedRegular(
    _ descriptor: FileDescriptor, path: FilePath
  ) throws(FileSystemError) -> FileDescriptor {
    let status: FileStatus
    do {
      status = try FileStatus.of(descriptor, path: path)
    } catch {
      try? descriptor.close()
      throw FileSystemError(error)
    }
    guard status.kind == .regular else {
      try? descriptor.close()
      throw FileSystemError(
        .wrongKind, "is \(status.kind.rawValue), not a regular file", path: path)
    }
    let flags = fcntl(descriptor.rawValue, F_GETFL)
    _ = fcntl(descriptor.rawValue, F_SETFL, flags & ~O_NONBLOCK)
    return descriptor
  }

  /// Reads all of `descriptor` from its current offset, refusing more than `limit` bytes.
  public static func readAll(
    _ descriptor: FileDescriptor, path: FilePath, limit: Int
  ) throws(FileSystemError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count: Int
      do {
        count = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0) }
      } catch {
        throw FileSystemError(
          SystemCallError("read", errno: error as? Errno ?? .ioError, path: path), "cannot read")
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw FileSystemError(.wrongKind, "is larger than \(limit) bytes", path: path)
      }
    }
  }
}

extension ReadOnlyFile {
  /// Whether two open regular files hold the same bytes (sizes first, then
  /// 1 MiB at a time with `pread`, so the offsets are left alone).
  public static func haveSameContents(
    _ first: FileDescriptor, _ second: FileDescriptor
  ) throws(SystemCallError) -> Bool {
    let size = try FileStatus.of(first).size
    guard try FileStatus.of(second).size == size else { return false }
    let chunk = 1 << 20
    var left = [UInt8](repeating: 0, count: chunk)
    var right = [UInt8](repeating: 0, count: chunk)
    var offset = 0
    while offset < size {
      let count = min(chunk, size - offset)
      try readExactly(first, into: &left, count: count, at: offset)
      try readExactly(second, into: &right, count: count, at: offset)
      if left[0..<count] != right[0..<count] { return false }
      offset += count
    }
    return true
  }

  private static func readExactly(
    _ descriptor: FileDescriptor, into buffer: inout [UInt8], count: Int, at offset: Int
  ) throws(SystemCallError) {
    var filled = 0
    while filled < count {
      let got = buffer.withUnsafeMutableBytes { raw in
        retryingInterrupts {
          pread(
            descriptor.rawValue, raw.baseAddress! + filled, count - filled, off_t(offset + filled))
        }
      }
      guard got > 0 else {
        throw SystemCallError("pread", errno: got == 0 ? .ioError : .current)
      }
      filled += got
    }
  }
}
