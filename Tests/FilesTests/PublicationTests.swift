import SystemPackage
import Testing

@testable import Files

#if canImport(Glibc)
  import Glibc
#endif

/// The checkpoint rule of `Converter.checkpointReplaceRule(protecting:)`,
/// said again here (FilesTests does not link Conversion).
func checkpointRule(protecting paths: [FilePath] = []) -> ReplaceRule {
  ReplaceRule(
    isOwnFile: { name in
      name == "checkpoint" || name == "report.json" || name.wholeMatch(of: /.+\.index/) != nil
        || name.wholeMatch(of: /.+\.data-[0-9]{5,}-of-[0-9]{5,}/) != nil
    },
    protected: paths.compactMap { Ancestry(of: $0) })
}

/// Stages a checkpoint whose index holds `marker`.
func stage(in parent: Directory, for name: String, marker: String) throws -> Publication {
  let publication = try Publication(in: parent, for: name)
  for (file, text) in [
    ("checkpoint", "model_checkpoint_path: \"m.ckpt\"\n"), ("m.ckpt.index", marker),
    ("m.ckpt.data-00000-of-00001", marker + marker),
  ] {
    let output = try publication.directory.createFile(file)
    try output.write(Array(text.utf8))
    try output.close()
  }
  return publication
}

extension FileTree {
  /// Entries left with a staging or temporary name.
  func leftovers(_ relative: String = "") -> [String] {
    names(relative).filter {
      $0.hasPrefix(Publication.stagingPrefix) || $0.hasPrefix(".gluon2tf-tmp-")
    }
  }
}

@Suite("Publication.publish")
struct PublishTests {
  @Test(arguments: ConflictPolicy.allCases)
  func publishesUnderTheNameWhenItIsFree(_ policy: ConflictPolicy) throws {
    let tree = FileTree()
    let parent = try tree.opened()
    let publication = try stage(in: parent, for: "ckpt", marker: "new")
    let outcome = try publication.publish(as: "ckpt", policy: policy, rule: checkpointRule())
    #expect(outcome.name == "ckpt")
    #expect(outcome.keptReplaced == nil)
    #expect(tree.names("ckpt") == ["checkpoint", "m.ckpt.data-00000-of-00001", "m.ckpt.index"])
    #expect(tree.contents("ckpt/m.ckpt.index") == "new")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func failLeavesTheExistingResultAndDiscardsTheStaging() throws {
    let tree = FileTree()
    tree.checkpoint("ckpt", marker: "old")
    let inode = tree.inode("ckpt")
    do {
      let publication = try stage(in: try tree.opened(), for: "ckpt", marker: "new")
      let error = try #require(throws: FileSystemError.self) {
        try publication.publish(as: "ckpt", policy: .fail, rule: checkpointRule())
      }
      #expect(error.code == .exists)
    }
    #expect(tree.inode("ckpt") == inode)
    #expect(tree.contents("ckpt/m.ckpt.index") == "old")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func suffixPublishesBesideWhatIsThere() throws {
    let tree = FileTree()
    tree.checkpoint("ckpt", marker: "old")
    tree.file("ckpt-2", "a file of someone's\n")
    let parent = try tree.opened()
    let outcome = try stage(in: parent, for: "ckpt", marker: "new")
      .publish(as: "ckpt", policy: .suffix, rule: checkpointRule())
    #expect(outcome.name == "ckpt-3")
    #expect(tree.contents("ckpt/m.ckpt.index") == "old")
    #expect(tree.contents("ckpt-2") == "a file of someone's\n")
    #expect(tree.contents("ckpt-3/m.ckpt.index") == "new")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func replaceSwapsTheNewInAndRemovesTheOld() throws {
    let tree = FileTree()
    tree.checkpoint("ckpt", marker: "old")
    tree.file("ckpt/report.json", "{}\n")
    let old = tree.inode("ckpt")
    let outcome = try stage(in: try tree.opened(), for: "ckpt", marker: "new")
      .publish(as: "ckpt", policy: .replace, rule: checkpointRule())
    #expect(outcome.name == "ckpt")
    #expect(outcome.keptReplaced == nil)
    #expect(tree.inode("ckpt") != old)
    #expect(tree.contents("ckpt/m.ckpt.index") == "new")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func replaceRefusesAForeignDirectoryAndKeepsIt() throws {
    let tree = FileTree()
    tree.checkpoint("ckpt", marker: "old")
    tree.file("ckpt/notes.txt", "mine\n")
    do {
      let publication = try stage(in: try tree.opened(), for: "ckpt", marker: "new")
      let error = try #require(throws: FileSystemError.self) {
        try publication.publish(as: "ckpt", policy: .replace, rule: checkpointRule())
      }
      #expect(error.code == .notOurs)
    }
    #expect(tree.names("ckpt").contains("notes.txt"))
    #expect(tree.contents("ckpt/m.ckpt.index") == "old")
    #expect(tree.leftovers().isEmpty)
  }

  @Test func aPublicationIsPublishedOnce() throws {
    let tree = FileTree()
    let publication = try stage(in: try tree.opened(), for: "ckpt", marker: "new")
    try publication.publish(as: "ckpt", policy: .fail, rule: checkpointRule())
    let error = try #require(throws: FileSystemError.self) {
      try publication.publish(as: "again", policy: .fail, rule: checkpointRule())
    }
    #expect(error.code == .notOurs)
    #expect(!tree.exists("again"))
  }
}

@Suite("Publication.checkReplaceable")
struct CheckReplaceableTests {
  func refusal(
    _ tree: FileTree, _ name: String, rule: ReplaceRule = checkpointRule()
  ) throws -> FileSystemError.Code? {
    let parent = try tree.opened()
    do {
      _ = try Publication.checkReplaceable(name, in: parent, rule: rule)
      return nil
    } catch {
      return error.code
    }
  }

  @Test func acceptsACheckpointDirectoryAndSaysWhichOne() throws {
    let tree = FileTree()
    tree.checkpoint("ckpt")
    tree.file("ckpt/report.json", "{}\n")
    let identity = try Publication.checkReplaceable(
      "ckpt", in: try tree.opened(), rule: checkpointRule())
    #expect(identity?.inode == tree.inode("ckpt"))
    #expect(
      try Publication.checkReplaceable("absent", in: tree.opened(), rule: checkpointRule()) == nil)
  }

  @Test func refusesALinkEvenToACheckpoint() throws {
    let tree = FileTree()
    tree.checkpoint("real")
    tree.link("ckpt", to: tree.path("real"))
    tree.link("dangling", to: "nowhere")
    #expect(try refusal(tree, "ckpt") == .symbolicLink)
    #expect(try refusal(tree, "dangling") == .symbolicLink)
  }

  @Test func refusesAnythingButADirectory() throws {
    let tree = FileTree()
    tree.file("file")
    #expect(mkfifo(tree.path("fifo"), 0o644) == 0)
    #expect(try refusal(tree, "file") == .wrongKind)
    #expect(try refusal(tree, "fifo") == .wrongKind)
  }

  @Test func refusesADirectoryHoldingAnythingButCheckpointFiles() throws {
    let tree = FileTree()
    for (name, add) in [
      ("foreign-file", { (tree: FileTree, dir: String) in tree.file(dir + "/notes.txt") }),
      ("subdirectory", { tree, dir in tree.directory(dir + "/m.ckpt.index.d") }),
      ("link-named-like-an-index", { tree, dir in tree.link(dir + "/x.ckpt.index", to: "/") }),
      (
        "fifo-named-checkpoint",
        { tree, dir in _ = mkfifo(tree.path(dir + "/checkpoint2.index"), 0o644) }
      ),
    ] {
      tree.checkpoint(name)
      add(tree, name)
      #expect(try refusal(tree, name) == .notOurs, "\(name)")
    }
  }

  @Test func refusesWhatIsHoldsOrIsInsideAProtectedPath() throws {
    let tree = FileTree()
    tree.checkpoint("is")
    tree.checkpoint("holds")
    tree.checkpoint("outer")
    tree.checkpoint("linked")
    tree.file("source.params", "weights")
    tree.hardLink("linked/source.ckpt.index", to: "source.params")
    let root = tree.path
    #expect(
      try refusal(tree, "is", rule: checkpointRule(protecting: [root.appending("is")])) == .nested)
    #expect(
      try refusal(
        tree, "holds", rule: checkpointRule(protecting: [root.appending("holds/m.ckpt.index")]))
        == .nested)
    // The watch folder inside OUT: replacing OUT's parent entry would swap it out.
    tree.directory("outer/watch")
    #expect(
      try refusal(tree, "outer", rule: checkpointRule(protecting: [root.appending("outer/watch")]))
        == .nested)
    #expect(
      try refusal(
        tree, "linked", rule: checkpointRule(protecting: [root.appending("source.params")]))
        == .nested)
    // A protected path spelled through a link is the same path.
    tree.link("alias", to: tree.path("is"))
    #expect(
      try refusal(tree, "is", rule: checkpointRule(protecting: [root.appending("alias")]))
        == .nested)
    // Inside a protected directory.
    tree.directory("protected")
    tree.checkpoint("protected/ckpt")
    let inner = try Directory(opening: root.appending("protected"))
    let error = try #require(throws: FileSystemError.self) {
      _ = try Publication.checkReplaceable(
        "ckpt", in: inner, rule: checkpointRule(protecting: [root.appending("protected")]))
    }
    #expect(error.code == .nested)
  }

  @Test(.enabled(if: PrivateMounts.available, PrivateMounts.skipReason))
  func refusesAMountPoint() throws {
    let tree = FileTree()
    tree.directory("ckpt")
    try #require(PrivateMounts.mountTmpfs(at: tree.path("ckpt")))
    defer { PrivateMounts.unmount(tree.path("ckpt")) }
    tree.file("ckpt/checkpoint")
    #expect(try refusal(tree, "ckpt") == .mountPoint)
    do {
      let publication = try stage(in: try tree.opened(), for: "ckpt", marker: "new")
      #expect(throws: FileSystemError.self) {
        try publication.publish(as: "ckpt", policy: .replace, rule: checkpointRule())
      }
    }
    #expect(tree.names("ckpt") == ["checkpoint"])
  }
}

@Suite("Publication.sweepStale")
struct SweepStaleTests {
  static let staging = Publication.stagingPrefix

  func marker(owner: UInt32) -> String {
    StagingMarker(owner: owner, pid: 4_000_000, bootID: "00000000-0000-0000-0000-000000000000").text
  }

  @Test func removesStaleStagingOfOursWithWhatIsInsideButNotBeyondIt() throws {
    let tree = FileTree()
    tree.directory("outside")
    tree.file("outside/keep.txt", "users' file\n")
    let name = Self.staging + "model-1"
    tree.directory(name)
    tree.file(name + "/" + StagingMarker.fileName, marker(owner: getuid()))
    tree.file(name + "/m.ckpt.index")
    tree.link(name + "/link", to: tree.path("outside"))
    tree.hardLink(name + "/hard", to: "outside/keep.txt")
    tree.directory(name + "/sub")
    tree.file(name + "/sub/part")

    let sweep = Publication.sweepStale(in: try tree.opened())

    #expect(sweep.removed.map(\.string) == [tree.path(name)])
    #expect(!tree.exists(name))
    #expect(tree.names("outside") == ["keep.txt"])
    #expect(tree.contents("outside/keep.txt") == "users' file\n")
  }

  @Test func leavesLookAlikesAloneAndSaysWhy() throws {
    let tree = FileTree()
    tree.directory("elsewhere")
    tree.file("elsewhere/" + StagingMarker.fileName, marker(owner: getuid()))
    let noMarker = Self.staging + "no-marker"
    tree.directory(noMarker)
    tree.file(noMarker + "/data")
    let garbage = Self.staging + "garbage"
    tree.directory(garbage)
    tree.file(garbage + "/" + StagingMarker.fileName, "not a marker\n")
    let foreign = Self.staging + "foreign-uid"
    tree.directory(foreign)
    tree.file(foreign + "/" + StagingMarker.fileName, marker(owner: getuid() &+ 4242))
    let linkedMarker = Self.staging + "linked-marker"
    tree.directory(linkedMarker)
    tree.link(
      linkedMarker + "/" + StagingMarker.fileName,
      to: tree.path("elsewhere/" + StagingMarker.fileName))
    let link = Self.staging + "link"
    tree.link(link, to: tree.path("elsewhere"))
    let file = Self.staging + "file"
    tree.file(file)
    tree.directory("not-staging")
    tree.file("not-staging/" + StagingMarker.fileName, marker(owner: getuid()))

    let sweep = Publication.sweepStale(in: try tree.opened())

    #expect(sweep.removed.isEmpty)
    let reasons = Dictionary(
      uniqueKeysWithValues: sweep.leftAlone.map { ($0.path.lastComponent!.string, $0.reason) })
    #expect(reasons[noMarker]?.contains("no gluon2tf marker") == true)
    #expect(reasons[garbage]?.contains("no gluon2tf marker") == true)
    #expect(reasons[foreign]?.contains("uid") == true)
    #expect(reasons[linkedMarker] != nil)
    #expect(reasons[link]?.contains("symbolic link") == true)
    #expect(reasons[file] != nil)
    #expect(reasons["not-staging"] == nil)
    for name in [noMarker, garbage, foreign, linkedMarker, link, file, "not-staging", "elsewhere"] {
      #expect(tree.exists(name), "\(name)")
    }
    #expect(tree.names(noMarker) == ["data"])
    #expect(tree.names("elsewhere") == [StagingMarker.fileName])
  }

  @Test func leavesStagingThatALivePublicationHolds() throws {
    let tree = FileTree()
    let parent = try tree.opened()
    var publication: Publication? = try stage(in: parent, for: "ckpt", marker: "new")
    let name = try #require(publication?.stagingName)

    let first = Publication.sweepStale(in: parent)
    #expect(first.removed.isEmpty)
    #expect(tree.names(name).contains(StagingMarker.fileName))
    #expect(tree.names(name).contains("m.ckpt.index"))

    publication = nil
    #expect(!tree.exists(name), "discarded when the publication goes")
  }

  @Test func sweepsStagingWhoseHolderDied() throws {
    let tree = FileTree()
    let name = Self.staging + "dead-1"
    tree.directory(name)
    tree.file(name + "/" + StagingMarker.fileName, marker(owner: getuid()))
    // A live holder: an open descriptor with the flock.
    let fd = open(tree.path(name), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    try #require(fd >= 0)
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    #expect(Publication.sweepStale(in: try tree.opened()).removed.isEmpty)
    #expect(tree.exists(name))
    close(fd)  // the holder dies
    #expect(Publication.sweepStale(in: try tree.opened()).removed.count == 1)
    #expect(!tree.exists(name))
  }

  @Test(.enabled(if: PrivateMounts.available, PrivateMounts.skipReason))
  func leavesAMountPointWithAStagingNameAndAMarker() throws {
    let tree = FileTree()
    let name = Self.staging + "mounted"
    tree.directory(name)
    try #require(PrivateMounts.mountTmpfs(at: tree.path(name)))
    defer { PrivateMounts.unmount(tree.path(name)) }
    tree.file(name + "/" + StagingMarker.fileName, marker(owner: getuid()))
    tree.file(name + "/data")
    let sweep = Publication.sweepStale(in: try tree.opened())
    #expect(sweep.removed.isEmpty)
    #expect(tree.names(name) == [StagingMarker.fileName, "data"])
  }
}
