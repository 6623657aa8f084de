import Foundation
import Synchronization
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 10: gluon2tf must never delete, overwrite or write through what it
/// did not make. Each test builds the situation with real files, runs the real
/// binary (`convert`, `demo`, or the `watch` daemon as a child process), and
/// compares by bytes, with `lstat`, what was there before.
@Suite("Never destroy what is not ours", .serialized)
struct DataLossTests {
  /// resnet18_v1b.params as `gluon2tf demo` writes it, made once per run.
  static let sample = Result { () throws -> Data in
    let directory = TemporaryDirectory()
    let demo = try Gluon2TFCommand.run(
      ["demo", "--model", "resnet18_v1b", "--out", directory.path.string])
    guard demo.status == 0 else { throw SampleFailure(stderr: demo.stderr) }
    return try Data(
      contentsOf: URL(fileURLWithPath: directory.path.string + "/resnet18_v1b.params"))
  }

  struct SampleFailure: Error {
    var stderr: String
  }

  /// Removed when the test ends.
  let temporary = TemporaryDirectory()
  var root: String { temporary.path.string }

  func path(_ relative: String) -> String { root + "/" + relative }

  // MARK: 1. convert --force through a symlink

  /// `convert --force` whose OUT is a symlink to someone's directory: the
  /// directory behind it must survive, and the link must stay a link.
  @Test func forceRefusesAnOutputThatIsASymbolicLink() throws {
    try writeSample("model.params")
    try makeVictim("elsewhere")
    try link("link", to: "elsewhere")
    let before = TreeSnapshot(root)
    let elsewhere = TreeSnapshot(path("elsewhere"))

    let result = try Gluon2TFCommand.run([
      "convert", path("model.params"), "--out", path("link"), "--force", "--no-verify",
    ])
    #expect(result.status != 0, "convert succeeded: \(result.stdout)")
    #expect(result.stderr.contains("symbolic link"), "\(result.stderr)")
    expectUnchanged(path("elsewhere"), since: elsewhere)
    #expect(TreeSnapshot(path("link"))["."] == .symlink("elsewhere"))
    #expect(temporary.names(withPrefix: ".gluon2tf-staging").isEmpty)
    expectUnchanged(root, since: before)
  }

  // MARK: 2. The daemon's start-up sweep through a symlink

  /// A symlink in OUT named like a stale staging directory of a dead
  /// converter: the start-up sweep may remove the name, never what it points to.
  @Test func startupSweepDoesNotFollowAStagingNamedSymlink() async throws {
    try makeDirectory("in")
    try makeDirectory("out")
    try makeVictim("victim", withModel: true)
    try link("out/.gluon2tf-staging-x-999999-abc.old", to: path("victim"))
    let victim = TreeSnapshot(path("victim"))

    let daemon = try WatchProcess(watch: path("in"), out: path("out"), logPath: path("watch.log"))
    defer { daemon.terminate() }
    #expect(await daemon.ready(), "\(daemon.log)")
    try drop("good.params", into: "in")
    #expect(
      await eventually(timeout: .seconds(120)) { processed("in").contains("good.params") },
      "\(daemon.log)")
    #expect(await daemon.stop(), "\(daemon.log)")

    expectUnchanged(path("victim"), since: victim, daemon.log)
  }

  // MARK: 3. --on-conflict replace through a symlink

  /// `OUT/<scope>` is a symlink to someone's directory: replacing the
  /// "checkpoint" must not empty the directory behind it.
  @Test func replaceDoesNotFollowASymlinkedCheckpoint() async throws {
    try makeDirectory("in")
    try makeDirectory("out")
    try makeVictim("target")
    try link("out/resnet18_v1b", to: path("target"))
    let target = TreeSnapshot(path("target"))
    let bytes = try Self.sample.get()

    let daemon = try WatchProcess(
      watch: path("in"), out: path("out"), ["--on-conflict", "replace"],
      logPath: path("watch.log"))
    defer { daemon.terminate() }
    #expect(await daemon.ready(), "\(daemon.log)")
    try drop("f.params", into: "in")
    #expect(
      await eventually(timeout: .seconds(120)) { handled("f.params", by: daemon) }, "\(daemon.log)")
    #expect(await daemon.stop(), "\(daemon.log)")

    expectUnchanged(path("target"), since: target, daemon.log)
    #expect(TreeSnapshot(path("out/resnet18_v1b"))["."] == .symlink(path("target")))
    #expect(
      !TreeSnapshot(path("in")).files(containing: bytes).isEmpty,
      "the source's bytes are nowhere in in/: \(daemon.log)")
  }

  // MARK: 4. convert --force over the source, its folder, or a user's folder

  /// (a) OUT is the source file itself.
  @Test func forceDoesNotReplaceTheSourceItself() throws {
    try writeSample("src.params")
    let before = TreeSnapshot(root)
    let result = try Gluon2TFCommand.run([
      "convert", path("src.params"), "--out", path("src.params"), "--force", "--no-verify",
    ])
    #expect(result.status != 0, "convert succeeded: \(result.stdout)")
    expectUnchanged(root, since: before, result.stderr)
  }

  /// (b) OUT is the folder that holds the source and its siblings.
  @Test func forceDoesNotReplaceTheFolderHoldingTheSource() throws {
    try makeDirectory("models")
    try writeSample("models/a.params")
    try writeSample("models/b.params")
    let before = TreeSnapshot(root)
    let result = try Gluon2TFCommand.run([
      "convert", path("models/a.params"), "--out", path("models"), "--force", "--no-verify",
    ])
    #expect(result.status != 0, "convert succeeded: \(result.stdout)")
    expectUnchanged(root, since: before, result.stderr)
  }

  /// (c) OUT is a user's folder that is not a checkpoint.
  @Test func forceDoesNotReplaceAFolderThatIsNotACheckpoint() throws {
    try writeSample("model.params")
    try makeDirectory("userdir")
    try write("userdir/notes.txt", "my notes\n")
    let before = TreeSnapshot(root)
    let result = try Gluon2TFCommand.run([
      "convert", path("model.params"), "--out", path("userdir"), "--force", "--no-verify",
    ])
    #expect(result.status != 0, "convert succeeded: \(result.stdout)")
    expectUnchanged(root, since: before, result.stderr)
  }

  /// What the fixes must keep: `--force` still replaces a checkpoint that
  /// `convert` made (and touches nothing else).
  @Test func forceStillReplacesAnEarlierCheckpoint() throws {
    try writeSample("model.params")
    let first = try Gluon2TFCommand.run([
      "convert", path("model.params"), "--out", path("ckpt"), "--no-verify",
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let source = TreeSnapshot(path("model.params"))
    let again = try Gluon2TFCommand.run([
      "convert", path("model.params"), "--out", path("ckpt"), "--force", "--no-verify",
    ])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(TreeSnapshot.names(in: path("ckpt")).contains("resnet18_v1b.ckpt.index"))
    expectUnchanged(path("model.params"), since: source)
    #expect(temporary.names(withPrefix: ".gluon2tf-staging").isEmpty)
  }

  // MARK: 5. demo over files it did not write

  /// What of `DIR/resnet18_v1b.params` and `DIR/resnet18_v1b/` is someone else's.
  enum Foreign: String, CaseIterable, Sendable {
    case sampleAndCheckpoint, sampleOnly, checkpointOnly
  }

  /// `demo --out DIR` where the sample's or the checkpoint's name is taken by
  /// other files: they are kept, and demo says why it stops.
  @Test(arguments: Foreign.allCases) func demoKeepsFilesItDidNotWrite(_ foreign: Foreign)
    throws
  {
    try makeDirectory("demo")
    if foreign != .checkpointOnly {
      try write("demo/resnet18_v1b.params", String(repeating: "not a model, mine\n", count: 6))
    }
    if foreign != .sampleOnly {
      try makeDirectory("demo/resnet18_v1b")
      try write("demo/resnet18_v1b/other.txt", "other\n")
    }
    let before = TreeSnapshot(path("demo"))
    let result = try Gluon2TFCommand.run([
      "demo", "--model", "resnet18_v1b", "--out", path("demo"),
    ])
    #expect(result.status != 0, "demo succeeded: \(result.stdout)")
    #expect(result.stderr.contains("resnet18_v1b"), "no explanation: \(result.stderr)")
    expectKept(path("demo"), since: before, result.stderr)
  }

  /// What the fix must keep: `demo` run again over its own output succeeds
  /// (scripts/bootstrap.sh runs it repeatedly).
  @Test func demoRunsAgainOverItsOwnOutput() throws {
    for run in 1...2 {
      let result = try Gluon2TFCommand.run([
        "demo", "--model", "resnet18_v1b", "--out", path("demo"),
      ])
      #expect(result.status == 0, "run \(run): \(result.stderr)")
    }
    #expect(TreeSnapshot(path("demo"))["resnet18_v1b.params"] == .file(try Self.sample.get()))
    #expect(
      TreeSnapshot.names(in: path("demo/resnet18_v1b")).contains("resnet18_v1b.ckpt.index"))
  }

  // MARK: 6. Inbox subfolders swapped for symlinks while the daemon runs

  /// `.claimed/`, `failed/` and `processed/` become symlinks to other folders
  /// while the daemon runs: it must not adopt, move or write anything there.
  @Test func inboxFoldersSwappedForSymlinksAreNotFollowed() async throws {
    try makeDirectory("in")
    try makeDirectory("out")
    try makeVictim("victim-claimed", withModel: true)
    try makeVictim("victim-failed")
    try makeVictim("victim-processed", withModel: true)
    let victims = ["victim-claimed", "victim-failed", "victim-processed"]
    let before = victims.map { TreeSnapshot(path($0)) }

    let daemon = try WatchProcess(watch: path("in"), out: path("out"), logPath: path("watch.log"))
    defer { daemon.terminate() }
    #expect(await daemon.ready(), "\(daemon.log)")
    for (folder, victim) in zip([".claimed", "failed", "processed"], victims) {
      try FileManager.default.moveItem(
        atPath: path("in/\(folder)"), toPath: path("in/\(folder).orig"))
      try link("in/\(folder)", to: path(victim))
    }
    // Several rescans (every second) see the symlinks.
    try await Task.sleep(for: .seconds(3.5))
    try drop("good.params", into: "in")
    try write(".bad.params", String(repeating: "garbage ", count: 64))
    try FileManager.default.moveItem(atPath: path(".bad.params"), toPath: path("in/bad.params"))
    _ = await eventually(timeout: .seconds(30)) {
      !daemon.isRunning
        || (handled("good.params", by: daemon) && handled("bad.params", by: daemon))
    }
    #expect(await daemon.stop(), "\(daemon.log)")

    for (victim, snapshot) in zip(victims, before) {
      expectUnchanged(path(victim), since: snapshot, daemon.log)
    }
  }

  // MARK: 7. Watch folder and output folder nested

  /// The watch folder is `OUT/<scope>`: a publish with `replace` would swap
  /// the checkpoint over the inbox. The daemon must refuse to start.
  @Test func watchFolderInsideTheOutputIsRefused() async throws {
    try makeDirectory("out/resnet18_v1b")
    try writeSample("out/resnet18_v1b/model.params")
    try makeVictim("out/other")
    let before = TreeSnapshot(path("out"))

    let daemon = try WatchProcess(
      watch: path("out/resnet18_v1b"), out: path("out"), ["--on-conflict", "replace"],
      logPath: path("watch.log"))
    defer { daemon.terminate() }
    let exited = await daemon.waitForExit(timeout: .seconds(15))
    #expect(exited, "the daemon started: \(daemon.log)")
    if exited {
      #expect(daemon.status != 0)
      #expect(Self.saysTheyNest(daemon.log), "\(daemon.log)")
    }
    daemon.terminate()
    expectUnchanged(path("out"), since: before, daemon.log)
  }

  /// The output folder inside the watch folder (`--out IN/ckpt`) is refused too.
  @Test func outputFolderInsideTheWatchFolderIsRefused() async throws {
    try makeDirectory("in")
    try writeSample("in/model.params")
    let before = TreeSnapshot(path("in"))

    let daemon = try WatchProcess(
      watch: path("in"), out: path("in/ckpt"), logPath: path("watch.log"))
    defer { daemon.terminate() }
    let exited = await daemon.waitForExit(timeout: .seconds(15))
    #expect(exited, "the daemon started: \(daemon.log)")
    if exited {
      #expect(daemon.status != 0)
      #expect(Self.saysTheyNest(daemon.log), "\(daemon.log)")
    }
    daemon.terminate()
    expectUnchanged(path("in"), since: before, daemon.log)
  }

  static func saysTheyNest(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.contains("nest") || lower.contains("inside")
  }

  // MARK: The replace window

  /// With `--on-conflict replace`, a reader listing `OUT/resnet18_v1b` over
  /// and over never finds that directory without its index, across six
  /// replacements.
  @Test func replaceNeverShowsACheckpointWithoutItsIndex() async throws {
    try makeDirectory("in")
    try makeDirectory("out")
    let daemon = try WatchProcess(
      watch: path("in"), out: path("out"), ["--on-conflict", "replace"],
      logPath: path("watch.log"))
    defer { daemon.terminate() }
    #expect(await daemon.ready(), "\(daemon.log)")

    let reader = ListingReader(
      directory: path("out/resnet18_v1b"), required: "resnet18_v1b.ckpt.index")
    reader.start()
    let names = ["a", "b", "c", "d", "e", "f"].map { "\($0).params" }
    for name in names {
      try drop(name, into: "in")
      let done = await eventually(timeout: .seconds(120)) { processed("in").contains(name) }
      #expect(done, "\(name) was not published: \(daemon.log)")
      if !done { break }
    }
    let (listings, violations) = reader.finish()
    #expect(await daemon.stop(), "\(daemon.log)")

    #expect(listings > 0)
    #expect(
      violations.isEmpty,
      "\(violations.count) of \(listings) listings lacked the index, e.g. \(violations.prefix(3))")
    #expect(
      TreeSnapshot.names(in: path("out/resnet18_v1b")).contains("resnet18_v1b.ckpt.index"))
    let bytes = try Self.sample.get()
    #expect(TreeSnapshot(path("in/processed")).files(containing: bytes) == names)
  }

  // MARK: Helpers

  func makeDirectory(_ relative: String) throws {
    try FileManager.default.createDirectory(
      atPath: path(relative), withIntermediateDirectories: true)
  }

  func write(_ relative: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
  }

  func writeSample(_ relative: String) throws {
    try Self.sample.get().write(to: URL(fileURLWithPath: path(relative)))
  }

  func link(_ relative: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: path(relative), withDestinationPath: target)
  }

  /// Someone else's folder: a text file, a binary file in a subfolder, and
  /// (`withModel`) a copy of the sample model.
  func makeVictim(_ relative: String, withModel: Bool = false) throws {
    try makeDirectory(relative + "/sub")
    try write(relative + "/keep.txt", "keep\n")
    try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(
      to: URL(fileURLWithPath: path(relative + "/sub/data.bin")))
    if withModel { try writeSample(relative + "/mine.params") }
  }

  /// Writes the sample beside the inbox, then renames it in (one event, never half a file).
  func drop(_ name: String, into inbox: String) throws {
    try writeSample(".drop-" + name)
    try FileManager.default.moveItem(
      atPath: path(".drop-" + name), toPath: path(inbox + "/" + name))
  }

  /// Names in `INBOX/processed`.
  func processed(_ inbox: String) -> [String] { TreeSnapshot.names(in: path(inbox + "/processed")) }

  /// Whether the daemon is done with `name`: it logged an outcome, or an
  /// error or warning about it, or it exited.
  func handled(_ name: String, by daemon: WatchProcess) -> Bool {
    !daemon.isRunning || daemon.logsOutcome(of: name)
      || daemon.log.split(separator: "\n").contains { line in
        line.contains(name)
          && (line.hasPrefix("error") || line.hasPrefix("warning") || line.hasPrefix("critical"))
      }
  }
}

/// Lists a directory as fast as it can on a thread of its own, and keeps the
/// listings that lacked a required name while that directory was (still) the
/// one at the path.
final class ListingReader: @unchecked Sendable {
  let directory: String
  let required: String
  private let stopped = Atomic<Bool>(false)
  private let results = Mutex<(listings: Int, violations: [String])>((0, []))
  private let done = DispatchSemaphore(value: 0)

  init(directory: String, required: String) {
    self.directory = directory
    self.required = required
  }

  func start() {
    Thread.detachNewThread {
      while !self.stopped.load(ordering: .relaxed) { self.listOnce() }
      self.done.signal()
    }
  }

  /// Stops the thread; returns how many listings it made and the bad ones.
  func finish() -> (listings: Int, violations: [String]) {
    stopped.store(true, ordering: .relaxed)
    done.wait()
    return results.withLock { $0 }
  }

  private func listOnce() {
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }  // not there (yet): fine
    var listed = stat()
    guard fstat(fd, &listed) == 0, let handle = fdopendir(fd) else {
      close(fd)
      return
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      names.append(
        withUnsafeBytes(of: entry.pointee.d_name) {
          String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        })
    }
    closedir(handle)
    var violation: String?
    if !names.contains(required) {
      // A directory replaced while it was read (and then removed) is not one
      // a reader opening the path now would see: count only the one still there.
      var current = stat()
      if stat(directory, &current) == 0 && current.st_ino == listed.st_ino
        && current.st_dev == listed.st_dev
      {
        violation = names.sorted().joined(separator: ",")
      }
    }
    results.withLock {
      $0.listings += 1
      if let violation { $0.violations.append(violation) }
    }
  }
}
