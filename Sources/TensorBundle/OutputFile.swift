internal import CLinux
internal import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file opened for writing, with every failure reported as a
/// ``TensorBundleError`` carrying the path and errno.
///
/// The corresponding C functions are `open(O_WRONLY|O_CREAT|O_EXCL|O_CLOEXEC)`,
/// `write`, `fsync` and `close`.
final class OutputFile {
  let path: FilePath
  private var descriptor: FileDescriptor?
  /// Bytes written so far.
  private(set) var size = 0

  /// Creates the file; fails if it exists unless `exclusive` is false (then it
  /// is opened as is, without truncation: used by tests to write to /dev/full).
  init(creating path: FilePath, exclusive: Bool = true) throws(TensorBundleError) {
    self.path = path
    var options: FileDescriptor.OpenOptions = [.create, .closeOnExec]
    if exclusive { options.insert(.exclusiveCreate) }
    do {
      descriptor = try FileDescriptor.open(
        path, .writeOnly, options: options,
        permissions: [.ownerReadWrite, .groupRead, .otherRead])
    } catch let error as Errno {
      throw TensorBundleError(systemCall: "open", errno: error, path: path)
    } catch {
      throw TensorBundleError(.systemCall, "open failed: \(error)", path: path)
    }
  }

  deinit {
    try? descriptor?.close()
  }

  /// Writes all of `bytes` (retrying short writes and EINTR).
  func write(_ bytes: UnsafeRawBufferPointer) throws(TensorBundleError) {
    guard let descriptor else {
      throw TensorBundleError(.invalidState, "write after close", path: path)
    }
    do {
      let start = size
      size += try descriptor.writeAll(bytes)
      startWriteback(descriptor, from: start, count: bytes.count)
    } catch let error as Errno {
      throw TensorBundleError(systemCall: "write", errno: error, path: path, offset: size)
    } catch {
      throw TensorBundleError(.systemCall, "write failed: \(error)", path: path, offset: size)
    }
  }

  func write(_ bytes: [UInt8]) throws(TensorBundleError) {
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(TensorBundleError) in try write(buffer) }
    }
    try result.get()
  }

  /// Starts writing the range to the device now, without waiting.
  ///
  /// Why: the checkpoint is fsynced before it is published. Left alone, the
  /// kernel writes the dirty pages back only at that fsync, which then waits
  /// for the whole file. Starting writeback as each buffer lands overlaps the
  /// device's work with ours, so the final fsync finds little left to do.
  /// Best effort: an error here resurfaces at fsync. The C function is
  /// `sync_file_range(SYNC_FILE_RANGE_WRITE)`.
  private func startWriteback(_ descriptor: FileDescriptor, from offset: Int, count: Int) {
    #if os(Linux)
      _ = g2t_start_writeback(descriptor.rawValue, off_t(offset), off_t(count))
    #endif
  }

  /// Flushes the file's data and metadata to the device. The C function is `fsync`.
  func sync() throws(TensorBundleError) {
    guard let descriptor else {
      throw TensorBundleError(.invalidState, "sync after close", path: path)
    }
    if fsync(descriptor.rawValue) != 0 {
      throw TensorBundleError(systemCall: "fsync", errno: Errno(rawValue: errno), path: path)
    }
  }

  /// Closes the file; later calls do nothing. Reports errors of `close`, which on
  /// some file systems is where a deferred write error surfaces.
  func close() throws(TensorBundleError) {
    guard let descriptor else { return }
    self.descriptor = nil
    do {
      try descriptor.close()
    } catch let error as Errno {
      throw TensorBundleError(systemCall: "close", errno: error, path: path)
    } catch {
      throw TensorBundleError(.systemCall, "close failed: \(error)", path: path)
    }
  }
}
