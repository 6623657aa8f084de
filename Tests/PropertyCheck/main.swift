// fs-property: a seeded, replayable property check of gluon2tf's file-system
// invariant. Each case builds a fresh tree, plants traps (links, foreign
// files, hard links, tmpfs mounts, fake staging, swapped subfolders), takes
// a snapshot, runs a random sequence of gluon2tf's real operations, and
// checks that nothing gluon2tf did not create was removed, replaced, moved
// or written (see Oracle.swift for the exact rule).
//
//   fs-property [--seed S] [--cases N] [--case K] [--scratch DIR]
//               [--no-root-links] [--verbose]
//
// Mount points are planted only in a mount namespace of our own, e.g.
//   unshare --mount --propagation private fs-property --cases 2000

import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

struct Arguments {
  var seed: UInt64?
  var cases = 2000
  var onlyCase: Int?
  var scratch: String?
  var rootLinks = true
  var verbose = false
  var stats = false

  static let usage = """
    usage: fs-property [--seed S] [--cases N] [--case K] [--scratch DIR] [--no-root-links]
                       [--verbose] [--stats]
      --seed S         the run's seed (decimal or 0x-hex; default: random, printed)
      --cases N        how many cases (default 2000)
      --case K         replay case K of seed S alone, with its steps (implies --verbose)
      --scratch DIR    where the cases' trees are made (default: a new directory in /tmp,
                       or /dev/shm outside a private mount namespace)
      --no-root-links  plant no links to / (for runs of deliberately broken code)
      --verbose        print each failing case's steps and every violation
      --stats          print how often each operation outcome happened
    A case replays the same only with the same mount setting and --no-root-links.
    """

  static func parse(_ words: [String]) -> Arguments {
    var arguments = Arguments()
    var iterator = words.makeIterator()
    func value(_ flag: String) -> String {
      guard let value = iterator.next() else { fail("\(flag) needs a value") }
      return value
    }
    while let word = iterator.next() {
      switch word {
      case "--seed":
        let text = value(word)
        let parsed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let parsed else { fail("invalid seed \(text)") }
        arguments.seed = parsed
      case "--cases":
        guard let count = Int(value(word)), count > 0 else { fail("invalid --cases") }
        arguments.cases = count
      case "--case":
        guard let index = Int(value(word)), index >= 0 else { fail("invalid --case") }
        arguments.onlyCase = index
        arguments.verbose = true
      case "--scratch": arguments.scratch = value(word)
      case "--no-root-links": arguments.rootLinks = false
      case "--verbose": arguments.verbose = true
      case "--stats": arguments.stats = true
      case "--help", "-h":
        print(usage)
        exit(0)
      default: fail("unknown argument \(word)")
      }
    }
    return arguments
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write("fs-property: \(message)\n\(usage)\n")
    exit(2)
  }
}

enum FileHandle {
  case standardError
  func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
  }
}

/// What one case found.
enum CaseResult {
  case passed(trace: [String])
  case violated([Violation], trace: [String])
  case harness(String, trace: [String])
}

func runCase(
  seed: UInt64, index: Int, scratch: String, options: RunOptions, tally: inout [String: Int]
) -> CaseResult {
  let root = scratch + "/c\(index)"
  Posix.removeAll(root)
  do {
    try Posix.makeDirectory(root)
  } catch {
    return .harness("\(error)", trace: [])
  }
  if options.tmpfsPerCase && !Posix.mountTmpfs(at: root, size: "16m") {
    return .harness("cannot mount the case's tmpfs at \(root)", trace: [])
  }
  let testCase = PropertyCase(seed: seed, index: index, root: root, options: options)
  defer {
    tally.merge(testCase.tally, uniquingKeysWith: +)
    testCase.release()
    testCase.unmountAll()
    if options.tmpfsPerCase { Posix.unmount(root) }
    Posix.removeAll(root)
  }
  do {
    try testCase.build()
    if testCase.random.chance(0.5) {
      testCase.note("early start-up (before the traps)")
      testCase.startUp()
      testCase.sweptDirectories.removeAll()
    }
    try testCase.plantTraps()
    try testCase.swapSubfolders()
    try testCase.plantStaging()
  } catch {
    return .harness("\(error)", trace: testCase.trace)
  }
  let before = Snapshot.take(of: root)
  testCase.runOperations()
  testCase.recordDaemonDirectories()
  testCase.release()
  let after = Snapshot.take(of: root)
  let violations = Oracle(before: before, after: after, testCase: testCase).violations()
  return violations.isEmpty
    ? .passed(trace: testCase.trace) : .violated(violations, trace: testCase.trace)
}

/// A new directory `prefix-XXXXXX`.
func temporaryDirectory(in parent: String) -> String? {
  var template = Array("\(parent)/fs-property-XXXXXX".utf8CString)
  return template.withUnsafeMutableBufferPointer { buffer in
    guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
    return String(cString: base)
  }
}

func main() -> Int32 {
  let arguments = Arguments.parse(Array(CommandLine.arguments.dropFirst()))
  var systemRandom = SystemRandomNumberGenerator()
  let seed = arguments.seed ?? systemRandom.next()

  // Mounts only where they cannot leak: a mount namespace of our own, made
  // private first.
  var mounts = false
  var mountNote = "off (not in a mount namespace of its own; run under unshare --mount)"
  if MountNamespace.isOwn() {
    if geteuid() == 0 && Posix.makeMountsPrivate() {
      mounts = true
      mountNote = "on (private mount namespace)"
    } else {
      mountNote =
        "off (cannot make the mount namespace private: \(String(cString: strerror(errno))))"
    }
  }

  let scratch: String
  var removeScratch = false
  if let given = arguments.scratch {
    scratch = given
    if !Posix.exists(scratch) { try? Posix.makeDirectory(scratch) }
  } else {
    let parent = !mounts && Posix.exists("/dev/shm") ? "/dev/shm" : "/tmp"
    guard let made = temporaryDirectory(in: parent) else {
      Arguments.fail("cannot make a scratch directory in \(parent)")
    }
    scratch = made
    removeScratch = true
  }
  let options = RunOptions(
    mounts: mounts, rootLinks: arguments.rootLinks, tmpfsPerCase: mounts,
    verbose: arguments.verbose)

  let indices = arguments.onlyCase.map { [$0] } ?? Array(0..<arguments.cases)
  print(
    "fs-property: seed \(seed), \(indices.count) case(s), scratch \(scratch), mounts \(mountNote)"
      + (arguments.rootLinks ? "" : ", no links to /"))
  let start = ContinuousClock.now
  var passed = 0
  var failed = 0
  var tally: [String: Int] = [:]
  let replayCommand =
    (mounts ? "unshare --mount --propagation private " : "") + "fs-property --seed \(seed)"
    + (arguments.rootLinks ? "" : " --no-root-links")
  for index in indices {
    let result = runCase(
      seed: seed, index: index, scratch: scratch, options: options, tally: &tally)
    let replay = "replay: \(replayCommand) --case \(index)"
    switch result {
    case .passed(let trace):
      passed += 1
      if arguments.onlyCase != nil {
        for line in trace { print("    step: \(line)") }
        print("case \(index) passed")
      }
    case .violated(let violations, let trace):
      failed += 1
      print(
        "FAIL seed=\(seed) case=\(index): \(violations.count) violation(s), first: \(violations[0]); \(replay)"
      )
      if arguments.verbose {
        for line in trace { print("    step: \(line)") }
        for violation in violations { print("    violation: \(violation)") }
      }
    case .harness(let message, let trace):
      failed += 1
      print("FAIL seed=\(seed) case=\(index): harness error: \(message); \(replay)")
      if arguments.verbose { for line in trace { print("    step: \(line)") } }
    }
  }
  if removeScratch { rmdir(scratch) }
  let elapsed = ContinuousClock.now - start
  if arguments.stats {
    for (key, count) in tally.sorted(by: { $0.key < $1.key }) { print("  \(key): \(count)") }
  }
  print("fs-property: \(indices.count) case(s) in \(elapsed)")
  print("property: \(passed) passed, \(failed) failed (seed \(seed))")
  return failed == 0 ? 0 : 1
}

exit(main())
