import Files
import SystemPackage
import Testing

@Suite("Directory.removeTree")
struct RemoveTreeTests {
  @Test func removesATreeWithoutFollowingLinksOut() throws {
    let tree = FileTree()
    tree.directory("outside")
    tree.file("outside/keep.txt", "users' file\n")
    tree.directory("outside/dir")
    tree.file("outside/dir/inner.txt")
    tree.directory("t")
    tree.directory("t/sub")
    tree.file("t/sub/a.txt")
    tree.link("t/to-dir", to: tree.path("outside/dir"))
    tree.link("t/sub/to-file", to: tree.path("outside/keep.txt"))
    tree.link("t/relative", to: "../outside")
    tree.link("t/dangling", to: "nowhere")
    tree.link("t/root", to: "/")

    try tree.opened().removeTree("t")

    #expect(!tree.exists("t"))
    #expect(tree.names("outside") == ["dir", "keep.txt"])
    #expect(tree.names("outside/dir") == ["inner.txt"])
    #expect(tree.contents("outside/keep.txt") == "users' file\n")
  }

  @Test func aLinkToADirectoryInsideTheTreeIsUnlinkedAsALink() throws {
    let tree = FileTree()
    tree.directory("t")
    tree.directory("t/target")
    tree.file("t/target/x.txt")
    tree.link("t/a-link", to: "target")  // listed before its target
    tree.directory("other")
    tree.file("other/y.txt")
    tree.link("t/b-link", to: tree.path("other"))

    try tree.opened().removeTree("t")

    #expect(!tree.exists("t"))
    #expect(tree.names("other") == ["y.txt"])
  }

  @Test func theNamedEntryMayItselfBeALinkOrAFile() throws {
    let tree = FileTree()
    tree.directory("dir")
    tree.file("dir/z.txt")
    tree.link("link", to: tree.path("dir"))
    tree.file("plain")

    try tree.opened().removeTree("link")
    try tree.opened().removeTree("plain")
    try tree.opened().removeTree("missing")  // nothing there: nothing to do

    #expect(!tree.exists("link") && !tree.exists("plain"))
    #expect(tree.names("dir") == ["z.txt"])
  }

  @Test func refusesNamesThatAreNotOneComponent() throws {
    let tree = FileTree()
    tree.directory("a")
    tree.directory("a/b")
    for name in ["", ".", "..", "a/b"] {
      #expect(throws: FileSystemError.self) { try tree.opened().removeTree(name) }
    }
    #expect(tree.exists("a/b"))
  }

  @Test(.enabled(if: PrivateMounts.available, PrivateMounts.skipReason))
  func aMountPointInsideIsLeftWithItsContentsAndReported() throws {
    let tree = FileTree()
    tree.directory("t")
    tree.file("t/a.txt")
    tree.directory("t/mnt")
    try #require(PrivateMounts.mountTmpfs(at: tree.path("t/mnt")))
    defer { PrivateMounts.unmount(tree.path("t/mnt")) }
    tree.file("t/mnt/mounted.txt", "on the tmpfs\n")
    tree.directory("t/mnt/deeper")

    let error = try #require(throws: FileSystemError.self) { try tree.opened().removeTree("t") }

    #expect(error.code == .mountPoint)
    #expect(error.path?.string.hasSuffix("t/mnt") == true)
    #expect(tree.names("t") == ["mnt"])
    #expect(tree.names("t/mnt") == ["deeper", "mounted.txt"])
    #expect(tree.contents("t/mnt/mounted.txt") == "on the tmpfs\n")
  }

  @Test func removeContentsKeepsTheDirectoryItself() throws {
    let tree = FileTree()
    tree.directory("t")
    tree.file("t/a")
    tree.directory("t/d")
    tree.file("t/d/b")
    tree.directory("outside")
    tree.file("outside/c")
    tree.link("t/l", to: tree.path("outside"))
    let before = tree.inode("t")

    try tree.opened("t").removeContents()

    #expect(tree.names("t").isEmpty)
    #expect(tree.inode("t") == before)
    #expect(tree.names("outside") == ["c"])
  }
}
