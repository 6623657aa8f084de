import Conversion
import Files
import Logging
import SystemPackage

@testable import watchd

/// gluon2tf's real operations, chosen at random.
extension PropertyCase {
  enum Operation: CaseIterable {
    case publish, sweep, writeNew, startUp, rescan, fail, dispose, putBack, job
  }

  static let weights: [(Operation, Int)] = [
    (.publish, 3), (.sweep, 2), (.writeNew, 1), (.startUp, 2), (.rescan, 3), (.fail, 1),
    (.dispose, 2), (.putBack, 1), (.job, 2),
  ]

  func chooseOperation() -> Operation {
    var roll = random.below(PropertyCase.weights.reduce(0) { $0 + $1.1 })
    for (operation, weight) in PropertyCase.weights {
      if roll < weight { return operation }
      roll -= weight
    }
    return .sweep
  }

  func runOperations() {
    for _ in 0..<random.int(2...7) {
      let operation = chooseOperation()
      perform(operation)
      recordDaemonDirectories()
    }
  }

  func perform(_ operation: Operation) {
    switch operation {
    case .publish: publish()
    case .sweep: sweep()
    case .writeNew: writeNew()
    case .startUp: startUp()
    case .rescan: rescan()
    case .fail: failClaim()
    case .dispose: disposeClaim()
    case .putBack: putBackClaim()
    case .job: job()
    }
  }

  var logger: Logger { Logger(label: "fs-property") { _ in SwiftLogNoOpLogHandler() } }

  func configuration(onSuccess: SuccessAction = .move, onConflict: ConflictPolicy = .suffix)
    -> WatchConfiguration
  {
    var configuration = WatchConfiguration(
      watchDirectory: FilePath(inboxPath), outputDirectory: FilePath(outPath))
    configuration.onSuccess = onSuccess
    configuration.onConflict = onConflict
    return configuration
  }

  func processor(_ folder: WatchFolder, onSuccess: SuccessAction = .move) -> FileProcessor {
    FileProcessor(
      configuration: configuration(onSuccess: onSuccess), folder: folder, logger: logger)
  }

  var targetPool: [String] {
    var pool = checkpoints + outPlants + ["model", "fresh"]
    if parent(of: inboxRel) == outRel { pool.append(name(of: inboxRel)) }
    return pool
  }

  /// Writes what a conversion would into a staging directory: checkpoint files only.
  func writeFakeCheckpoint(into directory: Directory, prefix: String) throws {
    for (name, bytes) in [
      ("checkpoint", Array("model_checkpoint_path: \"\(prefix).ckpt\"\n".utf8)),
      ("\(prefix).ckpt.index", random.bytes(12)),
      ("\(prefix).ckpt.data-00000-of-00001", random.bytes(40)),
    ] {
      let file = try directory.createFile(name)
      try file.write(bytes)
      try file.close()
    }
  }

  static func kind(of error: any Error) -> String {
    if let error = error as? FileSystemError { return "\(error.code)" }
    return "other"
  }

  // MARK: convert / demo

  /// `convert --out OUT/<target>` with a conflict policy, minus the conversion.
  func publish() {
    let target = random.pick(targetPool)
    let policy = random.pick(ConflictPolicy.allCases)
    var protected = [FilePath(inboxPath)]
    if let protectedExtra { protected.append(FilePath(path(protectedExtra))) }
    let rule = Converter.checkpointReplaceRule(protecting: protected)
    do {
      let out = try Directory(opening: FilePath(outPath))
      let publication = try Publication(in: out, for: target)
      try writeFakeCheckpoint(into: publication.directory, prefix: target)
      if random.chance(0.2) {
        livePublications.append(publication)  // still converting: its lock is held
        note("op publication for \(target) left open")
        count("publish: left open")
        return
      }
      if random.chance(0.1) {
        publication.discard()
        note("op publication for \(target) discarded")
        count("publish: discarded")
        return
      }
      let outcome = try publication.publish(as: target, policy: policy, rule: rule) {
        (name) throws(FileSystemError) in
        try publication.directory.writeAtomically(
          Array("{\"checkpoint\": \"\(name)\"}\n".utf8), as: "report.json", replacing: true)
      }
      if policy == .replace {
        replacements.append((outcome.name, [inboxRel] + (protectedExtra.map { [$0] } ?? [])))
      }
      note("op publish \(target) policy \(policy): published as \(outcome.name)")
      count("publish \(policy): published\(outcome.name == target ? "" : " with a suffix")")
      if outcome.keptReplaced != nil { count("publish \(policy): kept the replaced") }
    } catch {
      note("op publish \(target) policy \(policy): \(error)")
      count("publish \(policy): refused, \(PropertyCase.kind(of: error))")
    }
  }

  func sweep() {
    do {
      let out = try Directory(opening: FilePath(outPath))
      sweptDirectories.insert(outRel)
      let sweep = Publication.sweepStale(in: out)
      note("op sweep OUT: removed \(sweep.removed.count), left \(sweep.leftAlone.count)")
      count("sweep: removed", sweep.removed.count)
      count("sweep: left alone", sweep.leftAlone.count)
    } catch {
      note("op sweep OUT: \(error)")
    }
  }

  /// `demo` writing its sample into OUT (or the inbox).
  func writeNew() {
    let place = random.chance(0.7) ? outRel : inboxRel
    let name = random.pick(PropertyCase.namePool)
    let bytes = random.chance(0.5) ? Array("sample\n".utf8) : random.bytes(8)
    do {
      let directory = try Directory(opening: FilePath(path(place)))
      let outcome = try directory.writeNew(name) { try $0.write(bytes) }
      note("op writeNew \(place)/\(name): \(outcome)")
      count("writeNew: \(outcome)")
    } catch {
      note("op writeNew \(place)/\(name): \(error)")
      count("writeNew: refused, \(PropertyCase.kind(of: error))")
    }
  }

  // MARK: The daemon

  /// The daemon starts (or restarts): opens the inbox and sweeps OUT.
  func startUp() {
    if random.chance(0.5) {
      claims.removeAll()  // a restart: the old process's locks are gone
      folders.removeAll()
    }
    do {
      let folder = try WatchFolder(opening: FilePath(inboxPath))
      folders.append(folder)
      recordDaemonDirectories()
      let out = try processor(folder).openOutput()
      sweptDirectories.insert(outRel)
      let sweep = Publication.sweepStale(in: out)
      note("op start-up: removed \(sweep.removed.count), left \(sweep.leftAlone.count)")
      count("start-up: ok")
      count("sweep: removed", sweep.removed.count)
      count("sweep: left alone", sweep.leftAlone.count)
    } catch {
      note("op start-up: \(error)")
      count("start-up: refused")
    }
  }

  /// Remembers every folder the daemon uses now (they may be new).
  func recordDaemonDirectories() {
    for folder in folders {
      for subfolder in [folder.claimed, folder.converted, folder.processed, folder.failed] {
        guard let (directory, _) = try? subfolder.directory(),
          let status = try? directory.status()
        else { continue }
        let identity = Entry.Identity(
          device: status.identity.device, inode: status.identity.inode)
        daemonDirectories.insert(identity)
        if subfolder === folder.claimed { claimedDirectories.insert(identity) }
        if subfolder !== folder.converted { sourceFolders.insert(identity) }
      }
    }
  }

  /// A rescan: claims candidates in the inbox, adopts orphans in `.claimed`.
  func rescan() {
    guard let folder = folders.last else { return note("op rescan: no daemon") }
    let processor = processor(folder)
    do {
      let claimed = try processor.subfolder(folder.claimed)
      for name in try folder.root.names() where SourceName.isCandidate(name) && random.chance(0.7) {
        switch Claim.acquire(name, from: folder.root, into: claimed) {
        case .claimed(let claim):
          claims.append(claim)
          note("op rescan: claimed \(name)")
          count("rescan: claimed")
        case let other:
          note("op rescan: \(name) \(other)")
          count("rescan: not claimed")
        }
      }
      for name in try claimed.names()
      where SourceName.isCandidate(name) && !claims.contains(where: { $0.name == name }) {
        if let claim = Claim.adopt(name, in: claimed) {
          claims.append(claim)
          note("op rescan: adopted \(name)")
          count("rescan: adopted")
        }
      }
      for subfolder in [folder.converted, folder.processed, folder.failed] {
        _ = try processor.subfolder(subfolder)
      }
    } catch {
      note("op rescan: \(error)")
      count("rescan: refused")
    }
  }

  func takeClaim() -> Claim? {
    guard !claims.isEmpty else { return nil }
    return claims.remove(at: random.below(claims.count))
  }

  func failClaim() {
    guard let folder = folders.last, let claim = takeClaim() else { return }
    _ = processor(folder).fail(
      claim,
      FailureRecord(
        source: folder.source(claim.name), sha256: nil,
        error: DaemonError(.publish, "property check")))
    note("op fail \(claim.name)")
    count("fail")
  }

  func disposeClaim() {
    guard let folder = folders.last, let claim = takeClaim() else { return }
    let action = random.pick(SuccessAction.allCases)
    dispose(claim, folder: folder, action: action)
  }

  func dispose(_ claim: Claim, folder: WatchFolder, action: SuccessAction) {
    do {
      try processor(folder, onSuccess: action).dispose(
        claim, sha256: String(repeating: "0", count: 64))
      if action == .delete {
        deletedSources.insert(
          Entry.Identity(device: claim.status.identity.device, inode: claim.status.identity.inode))
      }
      note("op dispose \(claim.name) (\(action))")
      count("dispose \(action)")
    } catch {
      note("op dispose \(claim.name) (\(action)): \(error)")
      count("dispose \(action): refused")
    }
  }

  func putBackClaim() {
    guard let folder = folders.last, let claim = takeClaim() else { return }
    _ = processor(folder).putBack(
      claim, reason: DaemonError(.publish, "property check"), cause: .environment, attempt: 0)
    note("op put back \(claim.name)")
    count("put back")
  }

  /// One job without the conversion: stage fake checkpoint files in OUT,
  /// publish under the daemon's rule and policy, then move the source on.
  func job() {
    guard let folder = folders.last, let claim = takeClaim() else { return }
    let policy = random.pick(ConflictPolicy.allCases)
    let target = random.pick(targetPool)
    let processor = processor(folder)
    do {
      let out = try processor.openOutput()
      let publication = try Publication(in: out, for: "job")
      try writeFakeCheckpoint(into: publication.directory, prefix: target)
      let rule = Converter.checkpointReplaceRule(protecting: [folder.path])
      let outcome = try publication.publish(as: target, policy: policy, rule: rule) {
        (name) throws(FileSystemError) in
        try publication.directory.writeAtomically(
          Array("{\"published\": \"\(name)\"}\n".utf8), as: "report.json", replacing: true)
      }
      if policy == .replace { replacements.append((outcome.name, [inboxRel])) }
      note("op job \(claim.name) → \(target) (\(policy)): published as \(outcome.name)")
      count("job \(policy): published")
      dispose(claim, folder: folder, action: random.pick(SuccessAction.allCases))
    } catch let error as FileSystemError {
      note("op job \(claim.name) → \(target) (\(policy)): \(error)")
      count("job \(policy): refused, \(error.code)")
      _ = processor.fail(
        claim,
        FailureRecord(
          source: folder.source(claim.name), sha256: nil, error: DaemonError(error, code: .publish)
        ))
    } catch {
      note("op job \(claim.name) → \(target) (\(policy)): \(error)")
      _ = processor.putBack(claim, reason: error, cause: .environment, attempt: 0)
    }
  }
}
