internal import CMappingGuard
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory with `mmap(2)`.
///
/// The mapping is private and read-only, so nothing done through it can change
/// the file on disk. Pages that the reader has finished with can be dropped from
/// the process's resident set with ``release(_:)``; that is how a multi-hundred
/// megabyte model is streamed in a few MiB of RSS.
///
/// The mapping is guarded against the file shrinking under it (another
/// process truncating it): a read past the new end of file would
/// raise SIGBUS and kill the process; here it reads zeros instead, and
/// ``vanishedOffset`` gives the offset of the first page that was gone. Readers
/// check it before they trust what they read (``FileSnapshot`` also catches a
/// file rewritten in place, which no read can notice).
///
/// The corresponding C functions are `open`, `fstat`, `mmap`, `madvise` and `munmap`.
public final class MappedFile: @unchecked Sendable {
  // @unchecked: the mapping is immutable after init; `release` only drops pages
  // from the page tables, which is safe to call concurrently. `releaseBehind`
  // keeps a high-water mark and belongs to the single streaming reader.

  /// The path the file was opened from.
  public let path: FilePath
  /// The file's size in bytes at the time it was mapped.
  public let count: Int
  /// Device and inode of the mapped file, to recognise it later.
  public let identity: FileIdentity
  /// Identity, size and change times when mapped, to tell whether the file
  /// has been modified since.
  public let version: FileVersion
  private let base: UnsafeMutableRawPointer?
  /// The mapping's slot in the SIGBUS guard, or -1 if unguarded.
  private let guardSlot: Int32
  /// Bytes at the front already released by ``releaseBehind(_:)``.
  private var releasedPrefix = 0

  /// Maps the file at `path`.
  ///
  /// - Throws: ``FileSystemError``: `.wrongKind` for a directory, FIFO,
  ///   socket or device (never blocking on one), `.systemCall` with the errno.
  public init(path: FilePath) throws(FileSystemError) {
    self.path = path
    let fd = try ReadOnlyFile.open(path)
    defer { try? fd.close() }
    let status: FileStatus
    do { status = try FileStatus.of(fd, path: path) } catch { throw FileSystemError(error) }
    self.count = status.size
    self.identity = status.identity
    self.version = status.version
    if count == 0 {
      self.base = nil
      self.guardSlot = -1
      return
    }
    // Installed before the first mapping: from here on a truncated file
    // cannot kill the process through this mapping.
    _ = g2t_mapping_guard_install()
    let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd.rawValue, 0)
    guard let address, address != MAP_FAILED else {
      throw FileSystemError(SystemCallError("mmap", path: path), "cannot map the file")
    }
    self.base = address
    self.guardSlot = g2t_mapping_guard_register(address, count)
    // The file is read front to back once: let the kernel read ahead.
    _ = madvise(address, count, MADV_SEQUENTIAL)
  }

  deinit {
    if let base {
      g2t_mapping_guard_unregister(guardSlot)
      munmap(base, count)
    }
  }

  /// The lowest page-aligned offset at which a read found the data gone
  /// because the file shrank after it was mapped, or `nil` if every read
  /// found its data.
  /// Cheap (one atomic load): stream readers ask after each tensor.
  public var vanishedOffset: Int? {
    let offset = g2t_mapping_guard_fault_offset(guardSlot)
    return offset >= 0 ? Int(offset) : nil
  }

  /// Whether the mapping is guarded against SIGBUS (false only if the
  /// process maps more than 256 files at once).
  public var isGuarded: Bool { guardSlot >= 0 || base == nil }

  /// All bytes of the file. Valid for the lifetime of this object.
  public var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base, count: count)
  }

  /// Drops the pages that hold `range` from this process's resident set.
  ///
  /// The mapping stays valid; a later read faults the page back in from the
  /// page cache. Only whole pages inside the range are released, so bytes next
  /// to the range are never affected. The C function is `madvise(MADV_DONTNEED)`.
  public func release(_ range: Range<Int>) {
    guard let base else { return }
    let page = MappedFile.pageSize
    let start = (range.lowerBound + page - 1) / page * page
    let end = min(range.upperBound, count) / page * page
    guard end > start else { return }
    _ = madvise(base + start, end - start, MADV_DONTNEED)
  }

  /// Drops every page that lies wholly before `offset` from the resident set.
  ///
  /// For a reader that moves front to back: unlike ``release(_:)`` this also
  /// drops the pages that an earlier, smaller range only partly covered (many
  /// small tensors share pages), so nothing behind the cursor stays resident.
  ///
  /// Meant for the one reader that streams the file; calls from several
  /// threads at once are not supported.
  public func releaseBehind(_ offset: Int) {
    guard let base else { return }
    let end = min(offset, count) / MappedFile.pageSize * MappedFile.pageSize
    guard end > releasedPrefix else { return }
    _ = madvise(base + releasedPrefix, end - releasedPrefix, MADV_DONTNEED)
    releasedPrefix = end
  }

  /// Drops every resident page of the mapping.
  public func releaseAll() {
    guard let base else { return }
    _ = madvise(base, count, MADV_DONTNEED)
    releasedPrefix = 0
  }

  /// The system page size.
  public static let pageSize: Int = Int(sysconf(Int32(_SC_PAGESIZE)))
}
