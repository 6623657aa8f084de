import Files
import SystemPackage

@testable import watchd

#if canImport(Glibc)
  import Glibc
#endif

/// How the whole run is set up.
struct RunOptions {
  /// Plant tmpfs mount points (only in a mount namespace of our own).
  var mounts: Bool
  /// Plant links to `/`. Off only for runs of deliberately broken code
  /// (a removal that follows links would otherwise walk the real root).
  var rootLinks: Bool
  /// Mount a tmpfs per case (fast, and freed whole at the end).
  var tmpfsPerCase: Bool
  /// Print the case's steps and every violation.
  var verbose: Bool
}

/// One case: a fresh tree with traps planted around gluon2tf's folders, a
/// random sequence of gluon2tf's real operations on it, then the check that
/// nothing gluon2tf did not create was changed.
final class PropertyCase {
  let index: Int
  let root: String
  let options: RunOptions
  var random: CaseRandom
  /// What was done, for a replay's report.
  var trace: [String] = []

  // Layout, relative to `root`.
  var outRel = "out"
  var inboxRel = "inbox"
  let victimRel = "victim"
  let elsewhereRel = "elsewhere"
  static let subfolders = [".claimed", ".converted", "processed", "failed"]

  var checkpoints: [String] = []
  /// Names planted directly in OUT (publish targets too).
  var outPlants: [String] = []
  /// Planted mount points, absolute, in mounting order.
  var mounts: [String] = []
  /// flock descriptors that stand for live gluon2tf processes.
  var lockDescriptors: [Int32] = []
  var lockedStaging: Set<String> = []
  /// A path the replace rule protects besides the inbox (a "source").
  var protectedExtra: String?

  // What the operations did, for the oracle.
  var folders: [WatchFolder] = []
  var claims: [Claim] = []
  var livePublications: [Publication] = []
  var sweptDirectories: Set<String> = []
  /// Names published under `replace`, with the paths that rule protected.
  var replacements: [(target: String, protected: [String])] = []
  var deletedSources: Set<Entry.Identity> = []
  var daemonDirectories: Set<Entry.Identity> = []
  var claimedDirectories: Set<Entry.Identity> = []
  /// `.claimed`, `processed` and `failed`: where a source may be moved.
  var sourceFolders: Set<Entry.Identity> = []

  init(seed: UInt64, index: Int, root: String, options: RunOptions) {
    self.index = index
    self.root = root
    self.options = options
    random = CaseRandom(seed: seed, index: index)
  }

  func path(_ relative: String) -> String { relative.isEmpty ? root : root + "/" + relative }
  var outPath: String { path(outRel) }
  var inboxPath: String { path(inboxRel) }
  var victim: String { path(victimRel) }

  /// How often each outcome happened (`--stats`).
  var tally: [String: Int] = [:]

  func note(_ line: @autoclosure () -> String) { if options.verbose { trace.append(line()) } }
  func count(_ key: String, _ amount: Int = 1) { tally[key, default: 0] += amount }

  // MARK: The tree

  func build() throws(HarnessError) {
    // Mostly apart; sometimes nested either way (which `gluon2tf watch`
    // refuses at start, but the replace rule must refuse on its own too).
    switch random.below(100) {
    case 0..<15: inboxRel = "out/drop"
    case 15..<25: outRel = "inbox/out"
    default: break
    }
    for directory in [outRel, inboxRel].sorted() { try Posix.makeDirectory(path(directory)) }
    for name in PropertyCase.subfolders { try Posix.makeDirectory(inboxPath + "/" + name) }
    note("layout: OUT=\(outRel) inbox=\(inboxRel)")

    try Posix.makeDirectory(victim)
    try Posix.writeFile(victim + "/v1.txt", random.bytes(random.int(1...40)))
    try Posix.writeFile(victim + "/v2.params", random.bytes(random.int(1...40)))
    try Posix.makeDirectory(victim + "/vdir")
    try Posix.writeFile(victim + "/vdir/f.txt", "users' file\n")
    try Posix.writeFile(victim + "/vdir/g.params", random.bytes(24))
    try Posix.makeDirectory(victim + "/vdir/sub")
    try Posix.writeFile(victim + "/vdir/sub/h.txt", "deeper\n")
    // Looks like live staging of ours, and like a checkpoint: only links lead here.
    try Posix.makeDirectory(victim + "/vstage")
    try Posix.writeFile(victim + "/vstage/.gluon2tf-staging-owner", PropertyCase.marker(getuid()))
    try Posix.writeFile(victim + "/vstage/data.txt", "not gluon2tf's\n")
    try Posix.makeDirectory(victim + "/vckpt")
    try Posix.writeFile(victim + "/vckpt/checkpoint", "model_checkpoint_path: \"m.ckpt\"\n")
    try Posix.writeFile(victim + "/vckpt/m.ckpt.index", random.bytes(16))
    try Posix.makeDirectory(path(elsewhereRel))

    var names = ["resnet18_v1b", "resnet50_v1d", "model"]
    for _ in 0..<random.int(1...3) {
      let name = names.remove(at: random.below(names.count))
      try writeCheckpoint(outPath + "/" + name, prefix: name, report: random.chance(0.7))
      checkpoints.append(name)
    }
    var sources = ["a.params", "b.params.lz4", "c.params"]
    for _ in 0..<random.int(0...3) {
      let name = sources.remove(at: random.below(sources.count))
      try Posix.writeFile(inboxPath + "/" + name, random.bytes(random.int(8...64)))
    }
    for name in ["o.params", "a.params"] where random.chance(0.3) {
      try Posix.writeFile(inboxPath + "/.claimed/" + name, random.bytes(20))  // an orphan
    }
    if random.chance(0.3), let checkpoint = checkpoints.first {
      protectedExtra = outRel + "/" + checkpoint + "/" + checkpoint + ".ckpt.index"
    } else if random.chance(0.5) {
      protectedExtra = victimRel + "/v2.params"
    }
    note("checkpoints \(checkpoints), protected extra \(protectedExtra ?? "-")")
  }

  func writeCheckpoint(_ directory: String, prefix: String, report: Bool) throws(HarnessError) {
    try Posix.makeDirectory(directory)
    try Posix.writeFile(directory + "/checkpoint", "model_checkpoint_path: \"\(prefix).ckpt\"\n")
    try Posix.writeFile(directory + "/\(prefix).ckpt.index", random.bytes(random.int(8...48)))
    try Posix.writeFile(
      directory + "/\(prefix).ckpt.data-00000-of-00001", random.bytes(random.int(8...96)))
    if report { try Posix.writeFile(directory + "/report.json", "{\"source\": \"x\"}\n") }
  }

  static func marker(_ owner: UInt32) -> String {
    "gluon2tf staging v1\nowner \(owner)\npid 999999\nboot 00000000-0000-0000-0000-000000000000\n"
  }

  // MARK: Traps

  var linkTargets: [String] {
    var targets = [
      victim + "/v1.txt", victim + "/vdir", victim + "/vstage", victim + "/vckpt",
      "missing-\(index)", inboxPath, "../victim/vdir",
    ]
    if options.rootLinks { targets.append("/") }
    return targets
  }

  func stagingName() -> String {
    "\(Publication.stagingPrefix)\(random.pick(["model", "job", "resnet18_v1b"]))-\(random.hex())"
  }

  static let namePool = [
    "notes.txt", "x.params", "a.params", "b.params.lz4", "c.params", "o.params", "model",
    "resnet18_v1b", "resnet50_v1d", "report.json", "checkpoint", "m.ckpt.index",
    "m.ckpt.data-00000-of-00001", "a.params.error.json", "job", "fresh",
  ]

  enum Trap: CaseIterable {
    case link, file, hardLink, fifo, mount, directory
  }

  /// Plants random traps around OUT, the inbox, its subfolders and the
  /// published checkpoints.
  func plantTraps() throws(HarnessError) {
    var places = [outRel, inboxRel] + PropertyCase.subfolders.map { inboxRel + "/" + $0 }
    places += checkpoints.map { outRel + "/" + $0 }
    for _ in 0..<random.int(2...8) {
      let place = random.pick(places)
      let name = random.chance(0.15) ? stagingName() : random.pick(PropertyCase.namePool)
      guard !Posix.exists(path(place + "/" + name)) else { continue }
      try plant(random.pick(Trap.allCases), at: place + "/" + name)
      if place == outRel { outPlants.append(name) }
    }
  }

  func plant(_ trap: Trap, at relative: String) throws(HarnessError) {
    let target = path(relative)
    switch trap {
    case .link:
      let to = random.pick(linkTargets)
      try Posix.symbolicLink(to, at: target)
      note("plant link \(relative) → \(to)")
    case .file:
      try Posix.writeFile(target, random.bytes(random.int(0...40)))
      note("plant file \(relative)")
    case .hardLink:
      var to = victim + random.pick(["/v1.txt", "/v2.params", "/vdir/g.params"])
      if !Posix.exists(to) { to = victim + "/v1.txt" }  // vdir may have been swapped in
      try Posix.hardLink(to, at: target)
      note("plant hard link \(relative) = \(to)")
    case .fifo:
      try Posix.fifo(at: target)
      note("plant fifo \(relative)")
    case .mount:
      guard options.mounts else { return try plant(.directory, at: relative) }
      try Posix.makeDirectory(target)
      guard Posix.mountTmpfs(at: target) else { throw .call("mount tmpfs", target) }
      mounts.append(target)
      count("plant: tmpfs mount")
      if random.chance(0.3) {  // checkpoint-shaped: only the mount point itself says no
        try Posix.writeFile(target + "/checkpoint", "model_checkpoint_path: \"m.ckpt\"\n")
        try Posix.writeFile(target + "/m.ckpt.index", random.bytes(8))
      } else {
        try Posix.writeFile(target + "/m.txt", random.bytes(random.int(1...32)))
      }
      if Posix.lastComponent(target).hasPrefix(Publication.stagingPrefix) || random.chance(0.3) {
        try Posix.writeFile(target + "/.gluon2tf-staging-owner", PropertyCase.marker(getuid()))
      }
      note("plant tmpfs mount \(relative)")
    case .directory:
      try Posix.makeDirectory(target)
      try Posix.writeFile(target + "/notes.txt", random.bytes(8))
      if random.chance(0.5) { try Posix.writeFile(target + "/z.params", random.bytes(8)) }
      note("plant foreign directory \(relative)")
    }
  }

  /// Directories and links with staging names: stale staging of ours (which
  /// a sweep may remove), and look-alikes that must be left alone.
  func plantStaging() throws(HarnessError) {
    for _ in 0..<random.int(0...3) {
      let place = random.chance(0.75) ? outRel : random.pick([inboxRel, elsewhereRel])
      let relative = place + "/" + stagingName()
      let target = path(relative)
      switch random.below(9) {
      case 0, 1:  // ours, stale: may be swept, contents and all
        try Posix.makeDirectory(target)
        try Posix.writeFile(target + "/.gluon2tf-staging-owner", PropertyCase.marker(getuid()))
        try fillStaging(relative)
        note("plant stale staging \(relative)")
      case 2:
        try Posix.makeDirectory(target)
        try Posix.writeFile(target + "/.gluon2tf-staging-owner", PropertyCase.marker(4242))
        try fillStaging(relative)
        note("plant staging of uid 4242 \(relative)")
      case 3:
        try Posix.makeDirectory(target)
        if random.chance(0.5) {
          try Posix.writeFile(target + "/.gluon2tf-staging-owner", "not a marker\n")
        }
        try fillStaging(relative)
        note("plant staging without a valid marker \(relative)")
      case 4:
        try Posix.makeDirectory(target)
        try Posix.symbolicLink(
          victim + "/vstage/.gluon2tf-staging-owner", at: target + "/.gluon2tf-staging-owner")
        try fillStaging(relative)
        note("plant staging whose marker is a link \(relative)")
      case 5:  // ours, but a live process holds it
        try Posix.makeDirectory(target)
        try Posix.writeFile(target + "/.gluon2tf-staging-owner", PropertyCase.marker(getuid()))
        try fillStaging(relative)
        lockDescriptors.append(try Posix.lockDirectory(target))
        lockedStaging.insert(relative)
        note("plant locked staging \(relative)")
      case 6:
        try plant(.mount, at: relative)
      case 7:
        let to = random.pick(
          [victim + "/vstage", victim + "/vdir"] + (options.rootLinks ? ["/"] : []))
        try Posix.symbolicLink(to, at: target)
        note("plant staging-named link \(relative) → \(to)")
      default:
        try Posix.writeFile(target, random.bytes(8))
        note("plant staging-named file \(relative)")
      }
      if place == outRel { outPlants.append(Posix.lastComponent(relative)) }
    }
  }

  private func fillStaging(_ relative: String) throws(HarnessError) {
    for _ in 0..<random.int(0...3) {
      let name = random.pick(["part.bin", "m.ckpt.index", "inner", "link", "x.params"])
      guard !Posix.exists(path(relative + "/" + name)) else { continue }
      try plant(random.pick(Trap.allCases), at: relative + "/" + name)
    }
  }

  /// Swaps the inbox's subfolders: the real one moves away (or is deleted),
  /// and a link, a foreign (victim) directory or a mount point takes its name.
  func swapSubfolders() throws(HarnessError) {
    for name in PropertyCase.subfolders where random.chance(0.12) {
      let real = inboxPath + "/" + name
      if random.chance(0.2) {
        Posix.removeAll(real)
        note("swap: deleted \(name)")
        count("swap: subfolder deleted")
      } else {
        let away = random.chance(0.5) ? path(elsewhereRel) + "/" + name + "-away" : real + "-old"
        try Posix.move(real, to: away)
        note("swap: moved \(name) to \(away.dropFirst(root.count + 1))")
        count("swap: subfolder moved away")
      }
      switch random.below(5) {
      case 0:
        let to = random.pick(
          [victim + "/vdir", victim + "/vstage"] + (options.rootLinks ? ["/"] : []))
        try Posix.symbolicLink(to, at: real)
        note("swap: \(name) is a link → \(to)")
      case 1 where Posix.exists(victim + "/vdir"):
        try Posix.move(victim + "/vdir", to: real)
        note("swap: victim/vdir moved in as \(name)")
      case 2:
        try plant(.directory, at: inboxRel + "/" + name)
      case 3:
        try plant(.mount, at: inboxRel + "/" + name)
      default:
        note("swap: \(name) left free")
      }
    }
  }

  // MARK: Cleaning up

  /// Releases every claim, publication, folder and lock (in that order).
  func release() {
    claims.removeAll()
    livePublications.removeAll()
    folders.removeAll()
    for descriptor in lockDescriptors { close(descriptor) }
    lockDescriptors.removeAll()
  }

  func unmountAll() {
    for mount in mounts.reversed() { Posix.unmount(mount) }
    mounts.removeAll()
  }
}
