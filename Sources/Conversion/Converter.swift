internal import CKernels
public import Files
public import MMapIO
import ResNet
import Streams
public import SystemPackage
import TensorBundle

/// Converts one GluonCV ResNet weights file into the files of a TensorFlow
/// checkpoint.
///
/// The steps, each bounded in memory:
/// 1. map the `.params` file and index its headers (no data touched);
/// 2. detect the architecture and plan every tensor's name and layout;
/// 3. stream the tensors in file order through their transform into the data
///    shards, in a directory the caller made;
/// 4. write the sorted index and the `checkpoint` state file, and fsync;
/// 5. verify, when asked, by a forward pass on both sides.
///
/// The converter writes only inside that directory and publishes nothing:
/// ``convert(source:to:options:conflict:progress:)`` (the command line) and
/// the daemon stage it with a ``Publication``. The source is opened read-only
/// and never written.
public enum Converter {
  /// Progress after each tensor: tensors done, tensors in all, bytes written.
  public typealias Progress = (_ done: Int, _ total: Int, _ bytes: Int) -> Void

  /// Plans the conversion of `source` without writing anything.
  public static func plan(source: FilePath, options: ConversionOptions) throws(ConversionError) -> (
    ParamsFile, ConversionPlan
  ) {
    let params: ParamsFile
    do {
      params = try ParamsFile(path: source)
    } catch {
      throw ConversionError(error)
    }
    return (params, try ConversionPlan(params: params, options: options))
  }

  /// Plans the conversion of `source`, a `.params` file or LZ4-compressed one
  /// (told apart by its first bytes, whatever its name), without writing anything.
  ///
  /// - Returns: the plan, and the size of the file.
  public static func inspect(source: FilePath, options: ConversionOptions) throws(ConversionError)
    -> (sourceBytes: Int, plan: ConversionPlan)
  {
    if StreamingConverter.handles(source) {
      return try StreamingConverter.plan(source: source, options: options)
    }
    let (params, plan) = try plan(source: source, options: options)
    return (params.file.count, plan)
  }

  /// Writes the checkpoint of `source` into `directory`, an empty directory
  /// the caller made (a ``Publication``'s staging directory), and verifies it
  /// when `options.verification` is set. `report.json` is not written: the
  /// summary carries the report for the caller to publish with the files.
  ///
  /// - Throws: ``ConversionError``; `.verificationFailed` when the checkpoint
  ///   does not compute what the source computes. Files already written stay
  ///   in `directory` for the caller to discard.
  public static func convert(
    source: FilePath, into directory: Directory, options: ConversionOptions = ConversionOptions(),
    progress: Progress? = nil
  ) throws(ConversionError) -> ConversionSummary {
    let start = ContinuousClock.now
    guard options.maxShardSize > 0 else {
      throw ConversionError(.invalidOption, "the shard size must be positive")
    }
    if StreamingConverter.handles(source) {
      // `.params.lz4`: decoded, transformed and written in one streaming pass.
      return try StreamingConverter.convert(
        source: source, into: directory, options: options, progress: progress)
    }
    return try FileSnapshot.guarding(source) { (snapshot) throws(ConversionError) in
      try convertParams(
        source: source, into: directory, options: options, progress: progress,
        snapshot: snapshot, start: start)
    }
  }

  /// Converts `source` and publishes the checkpoint as the directory
  /// `destination`: staged beside it, renamed into place only when complete
  /// and verified, with its `report.json`.
  ///
  /// Missing parents of `destination` are created. Under `conflict`
  /// ``ConflictPolicy/replace`` an existing `destination` is swapped out
  /// atomically, but only when it is a checkpoint directory that has nothing
  /// to do with the source (``checkpointReplaceRule(protecting:)``); that is
  /// checked before any work starts.
  public static func convert(
    source: FilePath, to destination: FilePath, options: ConversionOptions = ConversionOptions(),
    conflict: ConflictPolicy = .fail, progress: Progress? = nil
  ) throws(ConversionError) -> ConversionSummary {
    guard let name = destination.lastComponent?.string, name != ".", name != ".." else {
      throw ConversionError(
        .destination,
        "the output \"\(destination)\" must name a directory to create, e.g. --out ckpt/model")
    }
    let parentPath = destination.removingLastComponent()
    let rule = checkpointReplaceRule(protecting: [source])
    let parent: Directory
    do throws(FileSystemError) {
      parent = try Directory.create(parentPath.isEmpty ? "." : parentPath)
      if (try? parent.status(of: name)) != nil {
        switch conflict {
        case .fail:
          throw FileSystemError(
            .exists, "already exists (use --force to replace it)", path: destination)
        case .replace:
          _ = try Publication.checkReplaceable(name, in: parent, rule: rule)
        case .suffix:
          break
        }
      }
    } catch {
      throw ConversionError(error, about: destination)
    }
    let publication: Publication
    do { publication = try Publication(in: parent, for: name) } catch {
      throw ConversionError(error, about: destination)
    }
    // The SHA-1 for GluonCV's name check and release table, read on a
    // second thread while the conversion reads the same file. A conversion
    // error comes first: it says more about a truncated file, and a name
    // like `model-20240101.params` only looks like GluonCV's.
    let fingerprinting = SourceFingerprint.start(source)
    var summary = try convert(
      source: source, into: publication.directory, options: options, progress: progress)
    let fingerprint = try SourceFingerprint.finish(
      fingerprinting, source: source, nameCheck: options.nameCheck)
    summary.gluoncvRelease = fingerprint?.release
    summary.verification?.gluoncvRelease = fingerprint?.release
    do {
      let outcome = try publication.publish(as: name, policy: conflict, rule: rule) {
        (target) throws(FileSystemError) in
        guard var report = summary.verification else { return }
        report.checkpointPrefix =
          parent.path.appending(target).appending(
            summary.checkpointPrefix.lastComponent?.string ?? ""
          ).string
        summary.verification = report
        try report.write(into: publication.directory)
      }
      summary.published(at: outcome.path)
      if let problem = outcome.problem { summary.publishingProblem = problem.description }
    } catch {
      throw ConversionError(error, about: destination)
    }
    return summary
  }

  /// What may be replaced when publishing a checkpoint: a directory of
  /// checkpoint files and `report.json` only, that is not, holds no, and is
  /// not inside any of `paths` (the source, the watch folder).
  public static func checkpointReplaceRule(protecting paths: [FilePath]) -> ReplaceRule {
    ReplaceRule(
      isOwnFile: { BundleFileNames.isCheckpointFile($0) || $0 == VerificationReport.fileName },
      protected: paths.compactMap { Ancestry(of: $0) })
  }

  private static func convertParams(
    source: FilePath, into directory: Directory, options: ConversionOptions, progress: Progress?,
    snapshot: FileSnapshot, start: ContinuousClock.Instant
  ) throws(ConversionError) -> ConversionSummary {
    let (params, plan) = try plan(source: source, options: options)
    // The file's size already bounds its data; the limit and the free space
    // are still checked before anything is written.
    var budget = SourceSizeBudget(
      limit: options.maxSourceBytes, source: source, output: directory, decodedOffsets: false)
    for job in plan.jobs { try budget.declare(job.record) }
    try budget.reserve(plan.outputByteCount, for: nil)
    let files = try write(
      plan, from: params, into: directory, options: options, progress: progress)
    var report: VerificationReport?
    if let verification = options.verification {
      report = try verify(source: source, options: verification) {
        () throws -> VerificationReport in
        try Verifier.verify(
          params: params, mapping: plan.mapping,
          checkpointPrefix: directory.path.appending(plan.checkpointPrefix), options: verification)
      }
    }
    try snapshot.confirmUnchanged()
    let elapsed = ContinuousClock.now - start
    return ConversionSummary(
      source: source, sourceBytes: params.file.count, architecture: plan.mapping.architecture,
      namingStyle: plan.mapping.namingStyle, scope: plan.mapping.scope, destination: directory.path,
      checkpointPrefix: directory.path.appending(plan.checkpointPrefix),
      files: files.names + (report == nil ? [] : [VerificationReport.fileName]),
      tensorCount: plan.jobs.count, bytesWritten: plan.outputByteCount, shardCount: files.shards,
      durationNanoseconds: UInt64(elapsed.components.seconds) * 1_000_000_000
        + UInt64(elapsed.components.attoseconds / 1_000_000_000), verification: report)
  }

  /// Runs `verification` and refuses to go on when the checkpoint does not
  /// compute what the source computes, so a wrong checkpoint is never published.
  static func verify(
    source: FilePath, options: VerificationOptions, verification: () throws -> VerificationReport
  ) throws(ConversionError) -> VerificationReport {
    let report: VerificationReport
    do {
      report = try verification()
    } catch var error as ConversionError where error.code == .sourceNonFinite {
      error.message += "; the checkpoint was not published"
      throw error
    } catch {
      throw ConversionError(
        .verification, "cannot verify the checkpoint", source: source, cause: error)
    }
    guard report.passed else {
      throw ConversionError(
        .verificationFailed,
        "the checkpoint does not compute what the source computes: \(report.summary)",
        source: source)
    }
    return report
  }

  /// Streams every tensor into `directory` and writes the index; returns the file names.
  static func write(
    _ plan: ConversionPlan, from params: ParamsFile, into directory: Directory,
    options: ConversionOptions,
    progress: Progress?
  ) throws(ConversionError) -> (names: [String], shards: Int) {
    let writer: BundleWriter
    do {
      writer = try BundleWriter(
        directory: directory, prefix: plan.checkpointPrefix, maxShardSize: options.maxShardSize)
    } catch {
      throw ConversionError(
        .write, "cannot start the checkpoint in \(directory.path)", cause: error)
    }
    // Large scratch buffers are mapped afresh and unmapped when given back (as in `Verifier`):
    // glibc would otherwise raise its threshold at the first one freed and keep the next ones
    // in its heap, resident after they are freed.
    _ = g2t_fix_mmap_threshold(256 << 10)
    let streamer = TensorStreamer(source: params, writer: writer)
    var entries: [(key: String, entry: BundleEntry)] = []
    entries.reserveCapacity(plan.jobs.count)
    var written = 0
    for (index, job) in plan.jobs.enumerated() {
      do {
        entries.append((plan.keys[index], try streamer.stream(job)))
      } catch {
        throw ConversionError(
          .write, "cannot write tensor to the checkpoint", source: params.file.path,
          tensor: job.record.displayName, offset: job.record.dataOffset, cause: error)
      }
      // One atomic load: did a read of this tensor find its pages gone?
      if let offset = params.file.vanishedOffset {
        throw ConversionError(
          .sourceChanged,
          "the file was truncated by another process while this tensor was read: the data at"
            + " this offset was gone; nothing was published",
          source: params.file.path, tensor: job.record.displayName, offset: offset)
      }
      written += job.outputByteCount
      progress?(index + 1, plan.jobs.count, written)
    }
    let files: [FilePath]
    do {
      files = try writer.finish(entries: entries)
    } catch {
      throw ConversionError(
        .write, "cannot finish the checkpoint index", source: params.file.path, cause: error)
    }
    let names = files.compactMap { $0.lastComponent?.string }
    return (names, names.filter { $0.contains(".data-") }.count)
  }
}

extension ConversionError {
  /// Wraps a refusal or failure of publishing at `destination`.
  init(_ error: FileSystemError, about destination: FilePath) {
    self.init(.destination, "\(error.path ?? destination): \(error.message)", cause: error)
  }

  /// Wraps a source-file error, keeping its path, tensor and offset.
  public init(_ error: MMapIOError) {
    self.init(
      error.code == .sourceChanged ? .sourceChanged : .invalidSource, error.message,
      source: error.path, tensor: error.tensor, offset: error.offset,
      cause: error.cause)
  }
}

extension FileSnapshot {
  /// Runs a conversion of `source` with a snapshot of it taken first.
  ///
  /// `body` calls ``confirmUnchanged()`` just before it publishes. When `body`
  /// fails and the source has changed meanwhile, the error says so (with the
  /// original error as its cause): a corrupt-looking block is then the
  /// writer's doing, not the file's.
  static func guarding<T>(
    _ source: FilePath, _ body: (FileSnapshot) throws(ConversionError) -> T
  ) throws(ConversionError) -> T {
    let snapshot: FileSnapshot
    do { snapshot = try FileSnapshot(path: source) } catch { throw ConversionError(error) }
    do {
      return try body(snapshot)
    } catch  where error.code != .sourceChanged {
      do { try snapshot.checkUnchanged() } catch let changed {
        var explained = ConversionError(changed)
        explained.cause = error
        throw explained
      }
      throw error
    }
  }

  /// ``checkUnchanged()`` as a ``ConversionError``.
  func confirmUnchanged() throws(ConversionError) {
    do { try checkUnchanged() } catch { throw ConversionError(error) }
  }
}
