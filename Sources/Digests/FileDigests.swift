import Files
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// The SHA-256 and SHA-1 of a file's whole content, as lowercase hex; each
/// is `nil` when it was not asked for.
public struct FileDigests: Sendable, Equatable {
  public var sha256: String?
  public var sha1: String?

  public init(sha256: String? = nil, sha1: String? = nil) {
    self.sha256 = sha256
    self.sha1 = sha1
  }

  /// The bytes read at a time: small enough that a piece stays in L2 cache
  /// between the two digests of it, large enough that `pread` costs nothing.
  static let chunkSize = 128 << 10

  /// Hashes the open file `descriptor` from offset 0 to its end with every
  /// digest in `algorithms`, all in one read pass (`pread`, so the file
  /// offset is left alone; the source is never read twice).
  ///
  /// - Throws: ``DigestError`` with the failed `pread` in its chain, or when
  ///   libcrypto fails.
  public static func of(
    _ descriptor: FileDescriptor, _ algorithms: Set<Digest.Algorithm>, path: FilePath? = nil
  ) throws(DigestError) -> FileDigests {
    var sha256 = algorithms.contains(.sha256) ? try Digest(.sha256) : nil
    var sha1 = algorithms.contains(.sha1) ? try Digest(.sha1) : nil
    _ = posix_fadvise(descriptor.rawValue, 0, 0, POSIX_FADV_SEQUENTIAL)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64)
    defer { buffer.deallocate() }
    var offset: off_t = 0
    while true {
      let count = retryingInterrupts {
        pread(descriptor.rawValue, buffer.baseAddress, chunkSize, offset)
      }
      if count < 0 {
        throw DigestError(
          "cannot read it to hash it", path: path,
          cause: SystemCallError("pread", errno: .current, path: path))
      }
      if count == 0 { break }
      let piece = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
      sha256?.update(piece)
      sha1?.update(piece)
      offset += off_t(count)
    }
    return FileDigests(sha256: try hex(of: sha256.take()), sha1: try hex(of: sha1.take()))
  }

  private static func hex(of digest: consuming Digest?) throws(DigestError) -> String? {
    guard let digest else { return nil }
    return Digest.hex(try digest.finalize())
  }

  /// Opens `path` read-only and hashes it (``of(_:_:path:)``).
  public static func of(
    file path: FilePath, _ algorithms: Set<Digest.Algorithm>
  ) throws(DigestError) -> FileDigests {
    let descriptor: FileDescriptor
    do { descriptor = try ReadOnlyFile.open(path) } catch {
      throw DigestError("cannot open it to hash it", path: path, cause: error)
    }
    defer { try? descriptor.close() }
    return try of(descriptor, algorithms, path: path)
  }
}
