import Files
import MMapIO
import SystemPackage
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A file truncated by another process while it is mapped: reads past the new
/// end would raise SIGBUS; through a ``MappedFile`` they read zeros and the
/// first missing page is recorded.
@Suite("MappedFile: SIGBUS guard for files truncated while mapped")
struct MappingGuardTests {
  let directory = TemporaryDirectory()

  /// A file of `pages` pages, each filled with its page number + 1.
  func pagedFile(_ name: String, pages: Int) throws -> FilePath {
    let page = MappedFile.pageSize
    var bytes = [UInt8](repeating: 0, count: pages * page)
    for index in 0..<pages {
      for offset in 0..<page { bytes[index * page + offset] = UInt8((index + 1) & 0xFF) }
    }
    return try directory.write(name, bytes)
  }

  @Test func readsPastATruncationSeeZerosAndTheOffsetIsRecorded() throws {
    let page = MappedFile.pageSize
    let path = try pagedFile("shrinks.bin", pages: 64)
    let file = try MappedFile(path: path)
    #expect(file.isGuarded)
    #expect(file.vanishedOffset == nil)
    let bytes = file.bytes
    #expect(bytes[40 * page + 7] == 41)  // resident before the truncation
    #expect(truncate(path.string, Int(10 * page + 100)) == 0)

    // The page read is gone, and the guard replaced it and every later one.
    #expect(bytes[40 * page + 7] == 0)
    #expect(file.vanishedOffset == 40 * page)
    #expect(bytes[63 * page] == 0)
    // Pages that still hold data read it, including the partial last page.
    #expect(bytes[3 * page] == 4)
    #expect(bytes[10 * page + 50] == 11)
    #expect(file.vanishedOffset == 40 * page)
    // An earlier missing page faults too, and the lowest offset is kept.
    #expect(bytes[11 * page] == 0)
    #expect(file.vanishedOffset == 11 * page)
  }

  @Test func aSecondTruncationRecordsTheLowerOffset() throws {
    let page = MappedFile.pageSize
    let path = try pagedFile("twice.bin", pages: 32)
    let file = try MappedFile(path: path)
    #expect(truncate(path.string, Int(20 * page)) == 0)
    #expect(file.bytes[25 * page] == 0)
    #expect(file.vanishedOffset == 25 * page)
    #expect(truncate(path.string, Int(5 * page)) == 0)
    #expect(file.bytes[6 * page] == 0)
    #expect(file.vanishedOffset == 6 * page)
  }

  @Test func mappingsAreGuardedIndependently() throws {
    let page = MappedFile.pageSize
    let kept = try MappedFile(path: pagedFile("kept.bin", pages: 8))
    let cut = try pagedFile("cut.bin", pages: 8)
    let shrunk = try MappedFile(path: cut)
    #expect(truncate(cut.string, 0) == 0)
    #expect(shrunk.bytes[page] == 0)
    #expect(shrunk.vanishedOffset == page)
    #expect(kept.bytes[7 * page] == 8)
    #expect(kept.vanishedOffset == nil)
  }

  @Test func aFileRewrittenInPlaceIsNoticedByItsSnapshot() throws {
    let path = try pagedFile("rewritten.bin", pages: 4)
    let snapshot = try FileSnapshot(path: path)
    try snapshot.checkUnchanged()
    // Same size, new bytes. The kernel stamps writes with a coarse clock, so
    // two writes in one tick can share a time: set a distinct one, as a write
    // a tick later would.
    try directory.write("rewritten.bin", [UInt8](repeating: 9, count: 4 * MappedFile.pageSize))
    var times = [
      timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0),
    ]
    #expect(utimensat(AT_FDCWD, path.string, &times, 0) == 0)
    #expect {
      try snapshot.checkUnchanged()
    } throws: { error in
      (error as? MMapIOError)?.code == .sourceChanged
        && "\(error)".contains("rewritten.bin") && "\(error)".contains("modified")
    }
  }

  @Test func aTruncatedFileIsNamedWithItsNewSizeByItsSnapshot() throws {
    let path = try pagedFile("snap.bin", pages: 4)
    let snapshot = try FileSnapshot(path: path)
    #expect(truncate(path.string, 1000) == 0)
    #expect {
      try snapshot.checkUnchanged()
    } throws: { error in
      guard let error = error as? MMapIOError else { return false }
      return error.code == .sourceChanged && error.offset == 1000
        && "\(error)".contains("truncated")
    }
  }

  /// SIGBUS outside every guarded mapping still kills the process: the guard
  /// passes it on, so real crashes are not hidden.
  @Test func aFaultOutsideGuardedMappingsStillKills() async throws {
    await #expect(processExitsWith: .signal(SIGBUS)) {
      // Runs in a child process, which makes its own file (no captures).
      let page = MappedFile.pageSize
      let path = "/tmp/gluon2tf-unguarded-\(getpid()).bin"
      let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
      unlink(path)
      _ = ftruncate(fd, off_t(4 * page))
      // Whatever handled SIGBUS before (a sanitizer, the Swift backtracer)
      // would report the fault its own way: start from the default action,
      // so the guard's pass-on is what kills the process.
      signal(SIGBUS, SIG_DFL)
      // A guarded mapping installs the handler.
      let guarded = try? MappedFile(path: FilePath("/proc/self/fd/\(fd)"))
      _ = guarded?.bytes[0]
      let raw = mmap(nil, 4 * page, PROT_READ, MAP_SHARED, fd, 0)
      _ = ftruncate(fd, 0)
      guard let raw, raw != MAP_FAILED else { return }
      print(raw.load(fromByteOffset: page, as: UInt8.self))
    }
  }
}
