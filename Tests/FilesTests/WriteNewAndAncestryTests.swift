import Files
import SystemPackage
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Directory.writeNew")
struct WriteNewTests {
  func write(_ text: String, as name: String, in tree: FileTree) throws -> Directory.NewFileOutcome
  {
    try tree.opened().writeNew(name) { try $0.write(Array(text.utf8)) }
  }

  @Test func writesANewFile() throws {
    let tree = FileTree()
    #expect(try write("sample\n", as: "s.params", in: tree) == .written)
    #expect(tree.contents("s.params") == "sample\n")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func leavesAFileWithTheSameBytesAsItIs() throws {
    let tree = FileTree()
    tree.file("s.params", "sample\n")
    let inode = tree.inode("s.params")
    #expect(try write("sample\n", as: "s.params", in: tree) == .identicalExists)
    #expect(tree.inode("s.params") == inode)
    #expect(tree.leftovers().isEmpty)
  }

  @Test func neverReplacesAFileWithOtherBytes() throws {
    let tree = FileTree()
    tree.file("s.params", "the user's own weights\n")
    let inode = tree.inode("s.params")
    let error = try #require(throws: FileSystemError.self) {
      try write("sample\n", as: "s.params", in: tree)
    }
    #expect(error.code == .exists)
    #expect(tree.inode("s.params") == inode)
    #expect(tree.contents("s.params") == "the user's own weights\n")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func neverReplacesOrFollowsALinkOrADirectory() throws {
    let tree = FileTree()
    tree.directory("victim")
    tree.file("victim/same.params", "sample\n")
    tree.link("link.params", to: tree.path("victim/same.params"))
    tree.link("dangling.params", to: tree.path("victim/absent.params"))
    tree.directory("dir.params")
    for name in ["link.params", "dangling.params", "dir.params"] {
      #expect(throws: (any Error).self, "\(name)") { try write("sample\n", as: name, in: tree) }
    }
    #expect(tree.names("victim") == ["same.params"])
    #expect(tree.contents("victim/same.params") == "sample\n")
    #expect(tree.names("dir.params").isEmpty)
    #expect(tree.leftovers().isEmpty)
    var info = stat()
    #expect(lstat(tree.path("link.params"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    #expect(lstat(tree.path("dangling.params"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
  }

  @Test func aFailedWriterLeavesNothing() throws {
    struct Refused: Error {}
    let tree = FileTree()
    #expect(throws: Refused.self) {
      try tree.opened().writeNew("s.params") { _ in throw Refused() }
    }
    #expect(tree.names("").isEmpty)
  }
}

@Suite("Ancestry")
struct AncestryTests {
  @Test func aPathOverlapsItselfItsParentsAndItsChildren() throws {
    let tree = FileTree()
    tree.directory("a")
    tree.directory("a/b")
    tree.directory("a/b/c")
    tree.directory("sibling")
    tree.file("a/b/file")
    let a = try #require(Ancestry(of: FilePath(tree.path("a"))))
    let c = try #require(Ancestry(of: FilePath(tree.path("a/b/c"))))
    let sibling = try #require(Ancestry(of: FilePath(tree.path("sibling"))))
    let file = try #require(Ancestry(of: FilePath(tree.path("a/b/file"))))

    #expect(a.overlaps(a))
    #expect(c.isInside(a) && !a.isInside(c))
    #expect(a.overlaps(c) && c.overlaps(a))
    #expect(!sibling.overlaps(a) && !a.overlaps(sibling) && !sibling.overlaps(c))
    #expect(file.isInside(a) && file.overlaps(a))
    #expect(!file.overlaps(c))
  }

  @Test func linksInTheSpellingDoNotHideThatPathsMeet() throws {
    let tree = FileTree()
    tree.directory("real")
    tree.directory("real/inner")
    tree.link("alias", to: tree.path("real"))
    tree.link("inner-alias", to: "real/inner")
    let real = try #require(Ancestry(of: FilePath(tree.path("real"))))
    let alias = try #require(Ancestry(of: FilePath(tree.path("alias"))))
    let throughAlias = try #require(Ancestry(of: FilePath(tree.path("alias/inner"))))
    let innerAlias = try #require(Ancestry(of: FilePath(tree.path("inner-alias"))))

    #expect(alias.overlaps(real) && real.overlaps(alias))
    #expect(throughAlias.isInside(real))
    #expect(innerAlias.isInside(real) && innerAlias.isInside(alias))
  }

  @Test func aHardLinkIsTheSameFile() throws {
    let tree = FileTree()
    tree.directory("d1")
    tree.directory("d2")
    tree.file("d1/f")
    tree.hardLink("d2/g", to: "d1/f")
    let f = try #require(Ancestry(of: FilePath(tree.path("d1/f"))))
    let g = try #require(Ancestry(of: FilePath(tree.path("d2/g"))))
    #expect(f.overlaps(g))
    #expect(f.identities.first == g.identities.first)
  }

  @Test func nothingThereHasNoAncestry() {
    let tree = FileTree()
    #expect(Ancestry(of: FilePath(tree.path("absent"))) == nil)
    tree.link("dangling", to: "absent")
    #expect(Ancestry(of: FilePath(tree.path("dangling"))) == nil)
  }

  @Test func theChainEndsAtTheRoot() throws {
    let root = try #require(Ancestry(of: "/"))
    #expect(root.identities.count == 1)
    let tree = FileTree()
    let here = try #require(Ancestry(of: tree.path))
    #expect(here.isInside(root))
  }
}
