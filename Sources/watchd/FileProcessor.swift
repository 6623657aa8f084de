import Conversion
import Digests
import Files
import Logging
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Converts one claimed source and moves it on: the work of one job.
///
/// 1. Hash the source (SHA-256, and SHA-1 unless it is `.lz4`, in one read
///    pass) while converting it into a ``Publication``'s staging directory in
///    `OUT` (the converter writes there and publishes nothing); with
///    `name-check`, refuse a source whose SHA-1 is not what its GluonCV name
///    says (``GluonCVName``).
/// 2. Write `report.json` (one JSON document) beside the checkpoint files.
/// 3. Publish checkpoint and report together with one rename to `OUT/<scope>`
///    under the conflict policy: readers see all of it or nothing, and
///    `replace` swaps out only a checkpoint directory (``Converter/checkpointReplaceRule(protecting:)``).
/// 4. Move the source to `processed/` (or keep it, or delete it).
///
/// Failures are classified by the failed system call in the error chain:
/// - the output side (ENOSPC, EDQUOT, EROFS; EACCES, EPERM or EIO on `OUT`):
///   the source goes back to the watch folder and is retried, for as long as
///   it lasts, with a growing back-off;
/// - the source (unreadable, not a ResNet, declaring more data than
///   `max-source-bytes`, computing NaN): to `failed/` with `<name>.error.json`;
///   a source that changed while it was read is retried up to ``maximumAttempts`` times;
/// - gluon2tf's own side (a writer or verifier failure, a missing OpenBLAS):
///   retried up to ``maximumAttempts`` times, then to `failed/` with a report
///   that says the source is not at fault.
struct FileProcessor: Sendable {
  /// A reload replaces it in the daemon's copy; a running job keeps its own.
  var configuration: WatchConfiguration
  let folder: WatchFolder
  let logger: Logger
  /// What `on-conflict = replace` may replace: a checkpoint directory that
  /// has nothing to do with the watch folder (computed once, by identity).
  let replaceRule: ReplaceRule
  /// The sources published so far: none is published twice.
  let published = PublishedSources()
  /// Retries of a source-side or internal failure after which a source is failed.
  static let maximumAttempts = 5

  init(configuration: WatchConfiguration, folder: WatchFolder, logger: Logger) {
    self.configuration = configuration
    self.folder = folder
    self.logger = logger
    replaceRule = Converter.checkpointReplaceRule(protecting: [folder.path])
  }

  /// Runs the job for `claim`. `recovered` marks a claim adopted from a dead
  /// process (its checkpoint may already be published); `noticed` is when the
  /// drop was first seen, for the latency field; `attempt` counts earlier
  /// failures of the kinds that are retried a bounded number of times.
  func process(
    _ claim: Claim, recovered: Bool, noticed: ContinuousClock.Instant?, attempt: Int = 0
  ) -> JobOutcome {
    let start = ContinuousClock.now
    let source = folder.source(claim.name)
    if recovered, let adoptions = recoveryLedger?.recordAdoption(of: claim),
      adoptions > RecoveryLedger.limit
    {
      return fail(claim, FailureRecord(source: source, interruptedAttempts: adoptions))
    }
    CrashPoint.claimed.reach()
    let out: Directory
    do {
      out = try openOutput()
    } catch {
      return putBack(claim, reason: error, cause: .environment, attempt: attempt)
    }
    if let entry = published.entry(for: claim.name, claim.status) {
      // Published before, but it could not be moved on (its marker could
      // not be written, say): it is not published again.
      logger.notice(
        "\(claim.name) was published before as \(entry.destination): not converted again",
        metadata: ["GLUON2TF_SOURCE": "\(source)", "GLUON2TF_SHA256": "\(entry.sha256)"])
      disposeAfterPublishing(claim, sha256: entry.sha256)
      return .alreadyPublished(entry.destination)
    }
    var sha256: String?
    var sha1: String?
    if recovered {
      let digest: String
      do {
        let digests = try FileDigests.of(claim.descriptor, digestKinds(claim), path: claim.path)
        guard let value = digests.sha256 else { throw DigestError("no SHA-256", path: claim.path) }
        (digest, sha1) = (value, digests.sha1)
      } catch {
        return putBack(claim, reason: error, cause: .source, attempt: attempt)
      }
      sha256 = digest
      if let existing = PublishedReport.findPublished(source: claim.name, sha256: digest, in: out) {
        logger.notice(
          "recovered \(claim.name): its checkpoint \(existing) was published before a restart",
          metadata: ["GLUON2TF_SOURCE": "\(source)", "GLUON2TF_SHA256": "\(digest)"])
        published.record(claim.name, claim.status, sha256: digest, destination: existing)
        disposeAfterPublishing(claim, sha256: digest)
        return .alreadyPublished(existing)
      }
    }

    let publication: Publication
    do {
      publication = try Publication(in: out, for: "job")
    } catch {
      return putBack(claim, reason: DaemonError(error), cause: .environment, attempt: attempt)
    }
    if configuration.workers == 1 { ProcessMemory.resetPeak() }
    let (converted, digests) = convert(claim, into: publication.directory, hashing: sha256 == nil)
    if let digests { (sha256, sha1) = (digests.sha256, digests.sha1) }

    let summary: ConversionSummary
    switch converted {
    case .failure(var error):
      // Staging goes before the source moves on: whoever sees the source in
      // failed/ (or back in the inbox) sees nothing of this attempt in OUT.
      publication.discard()
      error.source = source  // not /proc/self/fd/N
      switch classify(error) {
      case .environment:
        return putBack(claim, reason: error, cause: .environment, attempt: attempt)
      case .sourceRetry:
        return putBack(claim, reason: error, cause: .source, attempt: attempt)
      case .internalRetry:
        return putBack(claim, reason: error, cause: .internal, attempt: attempt)
      case .sourceFault, .final:
        return fail(claim, FailureRecord(source: source, sha256: sha256, error: error))
      }
    case .success(let value):
      summary = value
    }
    // After a conversion error, which says more (a truncated file), and
    // before anything is published.
    if configuration.nameCheck, let sha1 {
      do throws(ConversionError) { try GluonCVName.check(source, sha1: sha1) } catch {
        publication.discard()
        return fail(claim, FailureRecord(source: source, sha256: sha256, error: error))
      }
    }
    guard let sha256 else {
      return putBack(
        claim,
        reason: DaemonError(.systemCall, "cannot read the source to hash it", path: claim.path),
        cause: .source, attempt: attempt)
    }

    CrashPoint.converted.reach()
    var record = ConversionRecord(
      source: source, sha256: sha256, summary: summary, metrics: VerificationMetrics.of(summary))
    record.gluoncvRelease = sha1.flatMap(GluonCVRelease.model(withSHA1:))
    do {
      let name = String(summary.scope.map { $0 == "/" ? "_" : $0 })
      let outcome = try publication.publish(
        as: name, policy: configuration.onConflict, rule: replaceRule
      ) { (target) throws(FileSystemError) in
        try publication.directory.writeAtomically(
          Array(record.reportJSON(destination: out.path.appending(target)).utf8),
          as: "report.json", replacing: true)
        CrashPoint.staged.reach()
      }
      record.published = outcome.path
      published.record(claim.name, claim.status, sha256: sha256, destination: outcome.path)
      if let problem = outcome.problem {
        logger.warning("\(problem)", metadata: ["GLUON2TF_DESTINATION": "\(outcome.path)"])
      }
      if let kept = outcome.keptReplaced {
        logger.warning(
          "replaced \(outcome.path), but kept \(kept): it held files gluon2tf did not write")
      }
    } catch {
      publication.discard()
      let failure = DaemonError(error, code: .publish)
      switch error.code {
      case .exists, .symbolicLink, .wrongKind, .notOurs, .nested, .mountPoint:
        // A conflict that waiting will not resolve: say so, keep everything.
        return fail(claim, FailureRecord(source: source, sha256: sha256, error: failure))
      case .systemCall:
        return putBack(
          claim, reason: failure,
          cause: isEnvironmental(error) ? .environment : .internal, attempt: attempt)
      }
    }
    CrashPoint.published.reach()
    disposeAfterPublishing(claim, sha256: sha256)
    let end = ContinuousClock.now
    record.jobNanoseconds = Self.nanoseconds(end - start)
    record.latencyNanoseconds = noticed.map { Self.nanoseconds(end - $0) }
    record.peakRSS = ProcessMemory.peakResidentBytes()
    return .converted(record)
  }

  /// What a conversion failure means for the source.
  enum Classification: Equatable {
    /// The output side: retry for as long as it lasts.
    case environment
    /// The source changed while it was read: retry a few times.
    case sourceRetry
    /// gluon2tf's own side: retry a few times, never blame the source.
    case internalRetry
    /// The source cannot be converted: fail it now.
    case sourceFault
    /// Deterministic and final (the checkpoint does not compute what the
    /// source computes): fail it now.
    case final
  }

  /// Classifies by the errno in the error chain first, then by the code.
  func classify(_ error: ConversionError) -> Classification {
    if isEnvironmental(error) { return .environment }
    switch error.code {
    case .sourceChanged: return .sourceRetry
    case .invalidSource, .unsupportedModel, .invalidOption, .sourceTooLarge, .sourceNonFinite,
      .nameChecksumMismatch:
      return .sourceFault
    case .outputFull: return .environment
    case .verificationFailed: return .final
    case .write, .destination, .verification: return .internalRetry
    }
  }

  /// Whether the failed system call in `error`'s chain is about the output
  /// side: ENOSPC, EDQUOT or EROFS anywhere, or EACCES, EPERM or EIO on a
  /// path in `OUT`.
  func isEnvironmental(_ error: any Error) -> Bool {
    guard let failure = systemCallError(in: error) else { return false }
    switch failure.errno {
    case .noSpace, .diskQuotaExceeded, .readOnlyFileSystem:
      return true
    case .permissionDenied, .notPermitted, .ioError:
      let out = configuration.outputDirectory
      return failure.path.map { $0.starts(with: out) } ?? false
    default:
      return false
    }
  }

  /// Converts, and with `hashing`, hashes the source on a second thread
  /// meanwhile; the digests are `nil` when the source could not be read.
  private func convert(_ claim: Claim, into directory: Directory, hashing: Bool) -> (
    Result<ConversionSummary, ConversionError>, FileDigests?
  ) {
    let options = configuration.conversionOptions
    let hasher =
      hashing ? PendingDigests.start(claim.descriptor, digestKinds(claim), path: claim.path) : nil
    let result = Result { () throws(ConversionError) in
      try Converter.convert(source: claim.openPath, into: directory, options: options)
    }
    return (result, try? hasher?.wait().get())
  }

  /// The digests of a source: its SHA-256 (its identity in the journal and in
  /// `report.json`), and its SHA-1 for GluonCV's name check and release table
  /// unless it is `.lz4` (GluonCV hashed the uncompressed bytes).
  private func digestKinds(_ claim: Claim) -> Set<Digest.Algorithm> {
    GluonCVName.isHashed(claim.name) ? [.sha256, .sha1] : [.sha256]
  }

  /// Opens `OUT` for one job, creating it again (with a warning) if someone
  /// removed it while the daemon runs, as `tmpfiles.d` would at boot. Its
  /// last component is never followed when it is a symbolic link.
  func openOutput() throws(DaemonError) -> Directory {
    let out = configuration.outputDirectory
    do {
      return try Directory(opening: out)
    } catch  where error.cause?.errno == .noSuchFileOrDirectory {
      do {
        let created = try Directory.create(out)
        logger.warning(
          "the output folder \(out) was missing: created it again",
          metadata: ["GLUON2TF_OUT": "\(out)"])
        return created
      } catch {
        throw DaemonError(error)
      }
    } catch {
      throw DaemonError(error)
    }
  }

  /// A subfolder of the watch folder, logging once when its name no longer
  /// refers to it.
  func subfolder(_ which: Subfolder) throws(DaemonError) -> Directory {
    let (directory, change) = try which.directory()
    switch change {
    case .replaced(let what):
      logger.error(
        """
        \(folder.path.appending(which.name)) \(what); gluon2tf keeps using the folder it made \
        and never follows or removes what is there now
        """,
        metadata: ["GLUON2TF_WATCH": "\(folder.path)"])
    case .recreated:
      logger.warning("\(folder.path.appending(which.name)) was deleted: created it again")
    case nil:
      break
    }
    return directory
  }

  /// Moves the source on after success, as configured.
  func dispose(_ claim: Claim, sha256: String) throws(DaemonError) {
    switch configuration.onSuccess {
    case .delete:
      if let error = claim.delete() {
        throw DaemonError.systemCall("unlink", path: claim.path, errno: error)
      }
    case .move:
      try moveToFreeName(claim, in: try subfolder(folder.processed))
    case .keep:
      // Without its marker the source is still kept: ``published`` remembers it.
      let marked = Result { () throws(DaemonError) in
        try ConvertedMarker.write(
          claim.name, status: claim.status, sha256: sha256, in: try subfolder(folder.converted))
      }
      if claim.move(to: folder.root, as: claim.name) != nil {
        // A new file of the same name was dropped meanwhile: keep ours aside.
        try moveToFreeName(claim, in: try subfolder(folder.processed))
      }
      try marked.get()
    }
    try? subfolder(folder.claimed).sync()
  }

  /// ``dispose(_:sha256:)`` for a source that is published: a failure is
  /// logged, and the source stays where it is, remembered in ``published``
  /// so that it is never converted again.
  private func disposeAfterPublishing(_ claim: Claim, sha256: String) {
    do {
      try dispose(claim, sha256: sha256)
    } catch {
      logger.error(
        "\(claim.name) was published but cannot be moved on: \(error); it is not converted again",
        metadata: ["GLUON2TF_SOURCE": "\(folder.source(claim.name))"])
    }
  }

  /// Moves the source to `failed/` next to its `.error.json`, and logs why.
  func fail(_ claim: Claim, _ failure: FailureRecord) -> JobOutcome {
    moveToFailed(claim.name, failure, from: claim.path) { claim.move(to: $0, as: $1) }
  }

  /// Fails a source the daemon cannot open (`reason`, EACCES say), which it
  /// therefore cannot lock and claim: it is moved by its name in the watch
  /// folder, when that name still refers to the file with `status`. When
  /// it cannot be moved either, the failure says so; the loop remembers the
  /// file and leaves it alone until it changes.
  func failUnreadable(_ name: String, status: FileStatus, reason: FileSystemError) -> JobOutcome {
    let source = folder.source(name)
    let error = ConversionError(
      .invalidSource,
      "the daemon (uid \(getuid())) cannot read it: \(reason.message) (mode "
        + "0\(String(status.permissions, radix: 8)), owner uid \(status.owner))",
      source: source, cause: reason)
    var failure = FailureRecord(source: source, sha256: nil, error: error)
    var moved = false
    let outcome = moveToFailed(name, failure, from: source) { failed, newName in
      guard (try? folder.root.status(of: name))?.isSameFile(as: status) == true else {
        return .noSuchFileOrDirectory
      }
      do throws(SystemCallError) {
        try folder.root.rename(name, to: failed, as: newName, options: .noReplace)
      } catch {
        return error.errno
      }
      moved = true
      return nil
    }
    guard !moved else { return outcome }
    failure.message += "; it cannot be moved to failed/ either, and is left alone until it changes"
    return .failed(failure)
  }

  /// Moves the source `name` (now at `path`) to a free name in `failed/`
  /// with `move`, next to its `.error.json`, and logs why it cannot.
  private func moveToFailed(
    _ name: String, _ failure: FailureRecord, from path: FilePath,
    move: (Directory, String) -> Errno?
  ) -> JobOutcome {
    let failed: Directory
    do { failed = try subfolder(folder.failed) } catch {
      logger.error("cannot move \(name) to failed/: \(error)")
      return .failed(failure)
    }
    let report = Array(failure.errorJSON.utf8)
    for number in 1..<10_000 {
      let target = SourceName.numbered(name, number)
      let reportName = SourceName.fitting(target, append: ".error.json")
      if (try? failed.status(of: target)) != nil { continue }
      var wroteReport = false
      do {
        try failed.writeAtomically(report, as: reportName, replacing: false)
        wroteReport = true
      } catch {
        if error.code == .exists { continue }
        logger.error("cannot write \(failed.path.appending(reportName)): \(error)")
      }
      guard let error = move(failed, target) else { break }
      // The report is not left without its source.
      if wroteReport { try? failed.removeFile(reportName) }
      if error == .fileExists { continue }
      logger.error("cannot move \(path) to \(failed.path.appending(target)): \(error)")
      break
    }
    return .failed(failure)
  }

  /// Puts the source back in the watch folder to be tried again. A retry of
  /// a bounded kind that would be the ``maximumAttempts``-th fails the source
  /// instead; environmental ones never do.
  func putBack(_ claim: Claim, reason: any Error, cause: RetryCause, attempt: Int) -> JobOutcome {
    let source = folder.source(claim.name)
    if cause != .environment && attempt + 1 >= FileProcessor.maximumAttempts {
      let blame =
        cause == .internal
        ? "gluon2tf could not write or verify the checkpoint (the source is not at fault)"
        : "the source kept changing while it was read"
      let error = DaemonError(
        .publish, "gave up after \(attempt + 1) attempts: \(blame): \(reason)",
        path: configuration.outputDirectory, cause: reason)
      return fail(claim, FailureRecord(source: source, sha256: nil, error: error))
    }
    if let error = claim.move(to: folder.root, as: claim.name) {
      logger.warning("cannot put \(claim.name) back (\(error)); it stays claimed until a restart")
    }
    return .retry("\(reason)", cause)
  }

  private func moveToFreeName(_ claim: Claim, in directory: Directory) throws(DaemonError) {
    for number in 1..<10_000 {
      let name = SourceName.numbered(claim.name, number)
      guard let error = claim.move(to: directory, as: name) else { return }
      guard error == .fileExists else {
        throw DaemonError.systemCall(
          "renameat2", path: directory.path.appending(name), errno: error)
      }
    }
    throw DaemonError(.systemCall, "no free name", path: directory.path)
  }

  static func nanoseconds(_ duration: Duration) -> UInt64 {
    let (seconds, attoseconds) = duration.components
    return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
  }
}
