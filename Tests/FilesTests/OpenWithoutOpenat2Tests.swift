import CLinux
import Files
import SystemPackage
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Where openat2 answers ENOSYS (systemd's `RestrictSUIDSGID=` filters it so,
/// and the hardened unit sets it), a single name is opened with openat and
/// the same refusals as openat2's: no link, no "..", no mount crossing.
@Suite("Opening a name without openat2")
struct OpenWithoutOpenat2Tests {
  /// Calls the fallback on `name` in `tree`'s root; returns the descriptor or the errno.
  func open(_ name: String, in tree: FileTree, flags: Int32 = O_RDONLY, sameMount: Bool = false)
    throws -> Result<Int32, Errno>
  {
    let directory = try tree.opened()
    let fd = g2t_openat_component(
      directory.descriptor.rawValue, name, flags | O_CLOEXEC, 0, sameMount ? 1 : 0)
    if fd < 0 { return .failure(Errno(rawValue: errno)) }
    close(fd)
    return .success(fd)
  }

  @Test func opensAFileAndADirectory() throws {
    let tree = FileTree()
    tree.file("a.params")
    tree.directory("sub")
    #expect(try open("a.params", in: tree).isSuccess)
    #expect(try open("sub", in: tree, flags: O_RDONLY | O_DIRECTORY, sameMount: true).isSuccess)
  }

  @Test func refusesASymbolicLink() throws {
    let tree = FileTree()
    tree.file("target")
    tree.link("link", to: "target")
    #expect(try open("link", in: tree) == .failure(.tooManySymbolicLinkLevels))
  }

  @Test func refusesTheParentAndLongerPaths() throws {
    let tree = FileTree()
    tree.directory("sub")
    tree.file("sub/a")
    #expect(try open("..", in: tree) == .failure(.improperLink))
    #expect(try open("sub/a", in: tree) == .failure(.noFunction))
  }

  @Test(.enabled(if: PrivateMounts.available, PrivateMounts.skipReason))
  func refusesAMountPointWhenAskedTo() throws {
    let tree = FileTree()
    tree.directory("mnt")
    #expect(PrivateMounts.mountTmpfs(at: tree.path("mnt")))
    defer { PrivateMounts.unmount(tree.path("mnt")) }
    #expect(
      try open("mnt", in: tree, flags: O_RDONLY | O_DIRECTORY, sameMount: true)
        == .failure(Errno.improperLink))
    #expect(try open("mnt", in: tree, flags: O_RDONLY | O_DIRECTORY).isSuccess)
  }
}

extension Result {
  fileprivate var isSuccess: Bool {
    if case .success = self { return true }
    return false
  }
}
