import Conversion
public import Logging
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Converts one claimed source and moves it on: the work of one job.
///
/// 1. Hash the source (SHA-256) while converting it into a locked job
///    directory in `OUT` (``JobStaging``); the converter stages and renames
///    inside it.
/// 2. Add `report.json` next to the checkpoint files (temporary file, fsync, rename).
/// 3. Publish checkpoint and report together with one rename to `OUT/<scope>`
///    (``Publisher``): readers see all of it or nothing.
/// 4. Move the source to `processed/` (or keep it, or delete it).
///
/// A source the converter rejects goes to `failed/` with `<name>.error.json`.
/// An environmental failure (the output folder is missing or not writable,
/// the disk is full) puts the source back in the watch folder to be tried
/// again until it works; so does a source that another process changed while
/// it was read, up to ``maximumAttempts`` times.
public struct FileProcessor: Sendable {
  public let configuration: WatchConfiguration
  public let folder: WatchFolder
  public let logger: Logger
  /// Source-side retries (``RetryCause/source``) after which a source is failed.
  public static let maximumAttempts = 5

  public init(configuration: WatchConfiguration, logger: Logger) {
    self.configuration = configuration
    self.folder = WatchFolder(configuration.watchDirectory)
    self.logger = logger
  }

  /// Runs the job for `claim`. `recovered` marks a claim adopted from a dead
  /// process (its checkpoint may already be published); `noticed` is when the
  /// drop was first seen, for the latency field; `attempt` counts earlier
  /// transient failures.
  public func process(
    _ claim: Claim, recovered: Bool, noticed: ContinuousClock.Instant?, attempt: Int = 0
  ) -> JobOutcome {
    let start = ContinuousClock.now
    CrashPoint.claimed.reach()
    let source = folder.source(claim.name)
    let out = configuration.outputDirectory
    var sha256: String?
    if recovered {
      do {
        let digest = try SHA256.hash(of: claim.descriptor, path: claim.path)
        sha256 = digest
        if let existing = Publisher.findPublished(source: claim.name, sha256: digest, in: out) {
          logger.notice(
            "recovered \(claim.name): its checkpoint \(existing) was published before a restart",
            metadata: ["GLUON2TF_SOURCE": "\(source)", "GLUON2TF_SHA256": "\(digest)"])
          try dispose(claim, sha256: digest)
          return .alreadyPublished(existing)
        }
      } catch {
        return putBack(claim, reason: error, cause: .source, attempt: attempt)
      }
    }

    let staging: JobStaging
    do {
      try recreateIfMissing(out)
      staging = try JobStaging(in: out)
    } catch {
      return putBack(claim, reason: error, cause: .environment, attempt: attempt)
    }
    if configuration.workers == 1 { PeakMemory.reset() }
    let (converted, digest) = convert(claim, into: staging, knownSHA256: sha256)
    sha256 = digest ?? sha256

    let summary: ConversionSummary
    switch converted {
    case .failure(let error):
      if error.code == .write || error.code == .destination {
        return putBack(claim, reason: error, cause: .environment, attempt: attempt)
      }
      if error.code == .sourceChanged {
        return putBack(claim, reason: error, cause: .source, attempt: attempt)
      }
      // The source is at fault: unreadable, not a ResNet, or its checkpoint
      // does not compute what it computes (never published).
      return fail(claim, FailureRecord(source: source, sha256: sha256, error: error))
    case .success(let value):
      summary = value
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
    do {
      let name = String(summary.scope.map { $0 == "/" ? "_" : $0 })
      let checkpoint = staging.checkpoint
      record.published = try Publisher.publish(
        checkpoint, as: name, in: out, policy: configuration.onConflict
      ) { (target: FilePath) throws(DaemonError) in
        try AtomicFile.write(
          record.reportJSON(destination: target), to: checkpoint.appending("report.json"))
        try Directory.sync(checkpoint)
        CrashPoint.staged.reach()
      }
    } catch {
      if error.code == .publish && configuration.onConflict == .fail {
        return fail(claim, FailureRecord(source: source, sha256: sha256, error: error))
      }
      return putBack(claim, reason: error, cause: .environment, attempt: attempt)
    }
    staging.discard()
    CrashPoint.published.reach()
    do {
      try dispose(claim, sha256: sha256)
    } catch {
      logger.error(
        "\(claim.name) was published but cannot be moved on: \(error)",
        metadata: ["GLUON2TF_SOURCE": "\(source)"])
    }
    let end = ContinuousClock.now
    record.jobNanoseconds = Self.nanoseconds(end - start)
    record.latencyNanoseconds = noticed.map { Self.nanoseconds(end - $0) }
    record.peakRSS = PeakMemory.bytes()
    return .converted(record)
  }

  /// Converts while hashing on a second thread (unless the hash is known).
  private func convert(_ claim: Claim, into staging: JobStaging, knownSHA256: String?) -> (
    Result<ConversionSummary, ConversionError>, String?
  ) {
    let options = configuration.conversionOptions
    let destination = staging.checkpoint
    let conversion = ResultSlot<Result<ConversionSummary, ConversionError>>()
    let hash = ResultSlot<String>()
    let hasher: OSThread? =
      knownSHA256 != nil
      ? nil
      : try? OSThread {
        hash.value = try? SHA256.hash(of: claim.descriptor, path: claim.path)
      }
    conversion.value = Result { () throws(ConversionError) in
      try Converter.convert(source: claim.path, to: destination, options: options)
    }
    hasher?.join()
    if knownSHA256 == nil && hasher == nil {
      hash.value = try? SHA256.hash(of: claim.descriptor, path: claim.path)
    }
    let result =
      conversion.value
      ?? .failure(ConversionError(.write, "the conversion did not run", source: claim.path))
    return (result, knownSHA256 ?? hash.value)
  }

  /// Moves the source on after success, as configured.
  func dispose(_ claim: Claim, sha256: String) throws(DaemonError) {
    switch configuration.onSuccess {
    case .delete:
      if let error = claim.delete() {
        throw DaemonError(.systemCall, "cannot delete the source", path: claim.path, errno: error)
      }
    case .move:
      try moveToFreeName(claim, in: folder.processed)
    case .keep:
      try ConvertedMarker.write(claim.name, status: claim.status, sha256: sha256, in: folder)
      if claim.move(to: folder.source(claim.name)) != nil {
        // A new file of the same name was dropped meanwhile: keep ours aside.
        try moveToFreeName(claim, in: folder.processed)
      }
    }
    try? Directory.sync(folder.claimed)
  }

  /// Moves the source to `failed/` next to its `.error.json`, and logs why.
  func fail(_ claim: Claim, _ failure: FailureRecord) -> JobOutcome {
    var number = 1
    while number < 10_000 {
      let name = SourceName.numbered(claim.name, number)
      let target = folder.failed.appending(name)
      let report = folder.failed.appending(name + ".error.json")
      number += 1
      if (try? FileStatus.of(target)) != nil || (try? FileStatus.of(report)) != nil { continue }
      do {
        try AtomicFile.write(failure.errorJSON, to: report)
      } catch {
        logger.error("cannot write \(report): \(error)")
      }
      guard let error = claim.move(to: target) else { break }
      if error == .fileExists { continue }
      logger.error("cannot move \(claim.path) to \(target): \(error)")
      break
    }
    return .failed(failure)
  }

  /// Creates the output folder again if someone removed it while the daemon
  /// runs (as `tmpfiles.d` would at boot), and says so.
  func recreateIfMissing(_ out: FilePath) throws(DaemonError) {
    guard try FileStatus.of(out) == nil else { return }
    try Directory.create(out)
    logger.warning(
      "the output folder \(out) was missing: created it again",
      metadata: ["GLUON2TF_OUT": "\(out)"])
  }

  /// Puts the source back in the watch folder to be tried again. A
  /// ``RetryCause/source`` retry that would be the ``maximumAttempts``-th
  /// fails the source instead; environmental ones never do.
  func putBack(_ claim: Claim, reason: any Error, cause: RetryCause, attempt: Int) -> JobOutcome {
    let source = folder.source(claim.name)
    if cause == .source && attempt + 1 >= FileProcessor.maximumAttempts {
      let error = DaemonError(
        .publish, "gave up after \(attempt + 1) attempts: \(reason)",
        path: configuration.outputDirectory)
      return fail(claim, FailureRecord(source: source, sha256: nil, error: error))
    }
    if let error = claim.move(to: source) {
      logger.warning("cannot put \(claim.name) back (\(error)); it stays claimed until a restart")
    }
    return .retry("\(reason)", cause)
  }

  private func moveToFreeName(_ claim: Claim, in directory: FilePath) throws(DaemonError) {
    for number in 1..<10_000 {
      let target = directory.appending(SourceName.numbered(claim.name, number))
      guard let error = claim.move(to: target) else { return }
      guard error == .fileExists else {
        throw DaemonError(.systemCall, "cannot move the source", path: target, errno: error)
      }
    }
    throw DaemonError(.systemCall, "no free name", path: directory)
  }

  static func nanoseconds(_ duration: Duration) -> UInt64 {
    let (seconds, attoseconds) = duration.components
    return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
  }
}
