internal import CLinux
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// A new file opened for writing, with every failure reported as a
/// ``SystemCallError`` carrying the path and errno.
///
/// Made by ``Directory/createFile(_:permissions:)`` (exclusively, never
/// through a link), or by ``init(creating:exclusive:)`` for a path.
public final class OutputFile {
  public let path: FilePath
  private var descriptor: FileDescriptor?
  /// Bytes written so far.
  public private(set) var size = 0

  init(descriptor: FileDescriptor, path: FilePath) {
    self.descriptor = descriptor
    self.path = path
  }

  /// Creates the file at `path`; fails if it exists unless `exclusive` is
  /// false (then it is opened as it is, without truncation: tests use it to
  /// write to /dev/full).
  public convenience init(creating path: FilePath, exclusive: Bool = true) throws(SystemCallError) {
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL | O_NOFOLLOW : 0)
    let fd = retryingInterrupts { open(path.string, flags, 0o644) }
    guard fd >= 0 else { throw SystemCallError("open", path: path) }
    self.init(descriptor: FileDescriptor(rawValue: fd), path: path)
  }

  deinit { try? descriptor?.close() }

  /// Writes all of `bytes` (swift-system retries short writes and EINTR).
  public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemCallError) {
    guard let descriptor else {
      throw SystemCallError("write", errno: .badFileDescriptor, path: path)
    }
    do {
      let start = size
      size += try descriptor.writeAll(bytes)
      startWriteback(descriptor, from: start, count: bytes.count)
    } catch {
      throw SystemCallError("write", errno: error as? Errno ?? .ioError, path: path)
    }
  }

  /// Writes all of `bytes` at `offset` (`pwrite`); ``size`` and the append
  /// position grow to cover the range.
  ///
  /// Why: a tensor whose layout change scatters every source row across the
  /// whole destination is written in place, band by band, instead of being
  /// assembled in memory first.
  public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(SystemCallError) {
    guard let descriptor else {
      throw SystemCallError("pwrite", errno: .badFileDescriptor, path: path)
    }
    do {
      let written = try descriptor.writeAll(toAbsoluteOffset: Int64(offset), bytes)
      if offset + written > size {
        // Appends write at the file position: keep it at the end, past this range.
        size = offset + written
        _ = try descriptor.seek(offset: Int64(size), from: .start)
      }
    } catch {
      throw SystemCallError("pwrite", errno: error as? Errno ?? .ioError, path: path)
    }
  }

  /// Fills `buffer` from `offset` (`pread`); fails if the file ends first.
  /// Needs a file opened for reading too (``Directory/createFile(_:permissions:)``).
  public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int)
    throws(SystemCallError)
  {
    guard let descriptor else {
      throw SystemCallError("pread", errno: .badFileDescriptor, path: path)
    }
    var filled = 0
    while filled < buffer.count {
      let got: Int
      do {
        got = try descriptor.read(
          fromAbsoluteOffset: Int64(offset + filled),
          into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]),
          retryOnInterrupt: true)
      } catch {
        throw SystemCallError("pread", errno: error as? Errno ?? .ioError, path: path)
      }
      guard got > 0 else { throw SystemCallError("pread", errno: .ioError, path: path) }
      filled += got
    }
  }

  /// Starts writeback of `count` bytes from `offset` (see the append path).
  public func startWriteback(from offset: Int, count: Int) {
    guard let descriptor else { return }
    startWriteback(descriptor, from: offset, count: count)
  }

  /// Writes all of `bytes`.
  public func write(_ bytes: [UInt8]) throws(SystemCallError) {
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(SystemCallError) in try write(buffer) }
    }
    try result.get()
  }

  /// Starts writing the range to the device now, without waiting.
  ///
  /// Why: a checkpoint is fsynced before it is published. Left alone, the
  /// kernel writes the dirty pages back only at that fsync, which then waits
  /// for the whole file. Starting writeback as each buffer lands overlaps the
  /// device's work with ours, so the final fsync finds little left to do.
  /// Best effort: an error here resurfaces at fsync. The C function is
  /// `sync_file_range(SYNC_FILE_RANGE_WRITE)`.
  private func startWriteback(_ descriptor: FileDescriptor, from offset: Int, count: Int) {
    _ = g2t_start_writeback(descriptor.rawValue, off_t(offset), off_t(count))
  }

  /// Flushes the file's data and metadata to the device (`fsync`).
  public func sync() throws(SystemCallError) {
    guard let descriptor else {
      throw SystemCallError("fsync", errno: .badFileDescriptor, path: path)
    }
    guard fsync(descriptor.rawValue) == 0 else { throw SystemCallError("fsync", path: path) }
  }

  /// Closes the file; later calls do nothing. Reports errors of `close`, which
  /// on some file systems is where a deferred write error surfaces.
  public func close() throws(SystemCallError) {
    guard let descriptor else { return }
    self.descriptor = nil
    do {
      try descriptor.close()
    } catch {
      throw SystemCallError("close", errno: error as? Errno ?? .ioError, path: path)
    }
  }
}
