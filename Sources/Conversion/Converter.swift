public import MMapIO
public import ResNet
public import Streams
public import SystemPackage
public import TensorBundle

/// Converts one GluonCV ResNet weights file into a TensorFlow checkpoint directory.
///
/// The steps, each bounded in memory:
/// 1. map the `.params` file and index its headers (no data touched);
/// 2. detect the architecture and plan every tensor's name and layout;
/// 3. stream the tensors in file order through their transform into the data
///    shards of a staging directory beside the destination;
/// 4. write the sorted index and the `checkpoint` state file, fsync, and
///    publish the directory with one rename.
///
/// On any error the staging directory is removed and nothing appears at the
/// destination. The source is opened read-only and never written.
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

  /// Converts `source` into the checkpoint directory `destination`.
  public static func convert(
    source: FilePath, to destination: FilePath, options: ConversionOptions = ConversionOptions(),
    progress: Progress? = nil
  ) throws(ConversionError) -> ConversionSummary {
    let start = ContinuousClock.now
    guard options.maxShardSize > 0 else {
      throw ConversionError(.invalidOption, "the shard size must be positive")
    }
    if !options.replaceExisting && StagingDirectory.exists(destination) {
      throw ConversionError(
        .destination, "\(destination) already exists (use --force to replace it)")
    }
    if StreamingConverter.handles(source) {
      // `.params.lz4`: decoded, transformed and written in one streaming pass.
      return try StreamingConverter.convert(
        source: source, to: destination, options: options, progress: progress)
    }
    return try FileSnapshot.guarding(source) { (snapshot) throws(ConversionError) in
      try convertParams(
        source: source, to: destination, options: options, progress: progress, snapshot: snapshot,
        start: start)
    }
  }

  private static func convertParams(
    source: FilePath, to destination: FilePath, options: ConversionOptions, progress: Progress?,
    snapshot: FileSnapshot, start: ContinuousClock.Instant
  ) throws(ConversionError) -> ConversionSummary {
    let (params, plan) = try plan(source: source, options: options)
    let staging = try StagingDirectory(for: destination)
    var files = try write(
      plan, from: params, into: staging.path, options: options, progress: progress)
    var report: VerificationReport?
    if let verification = options.verification {
      report = try verifyStaged(
        in: staging, prefix: plan.checkpointPrefix, mapping: plan.mapping, source: source,
        options: verification
      ) { () throws -> VerificationReport in
        try Verifier.verify(
          params: params, mapping: plan.mapping,
          checkpointPrefix: staging.path.appending(plan.checkpointPrefix), options: verification)
      }
      files.names.append(VerificationReport.fileName)
    }
    try snapshot.confirmUnchanged()
    try staging.publish(replacing: options.replaceExisting)
    let elapsed = ContinuousClock.now - start
    return ConversionSummary(
      source: source, sourceBytes: params.file.count, architecture: plan.mapping.architecture,
      namingStyle: plan.mapping.namingStyle, scope: plan.mapping.scope, destination: destination,
      checkpointPrefix: destination.appending(plan.checkpointPrefix), files: files.names,
      tensorCount: plan.jobs.count, bytesWritten: plan.outputByteCount, shardCount: files.shards,
      durationNanoseconds: UInt64(elapsed.components.seconds) * 1_000_000_000
        + UInt64(elapsed.components.attoseconds / 1_000_000_000), verification: report)
  }

  /// Runs `verification` on the checkpoint in `staging`, writes `report.json`
  /// beside it, and refuses to go on when the checkpoint does not compute what
  /// the source computes — so a wrong checkpoint is never published.
  public static func verifyStaged(
    in staging: StagingDirectory, prefix: String, mapping: ModelMapping, source: FilePath,
    options: VerificationOptions, verification: () throws -> VerificationReport
  ) throws(ConversionError) -> VerificationReport {
    var report: VerificationReport
    do {
      report = try verification()
      // The report travels with the published checkpoint: name it by where it will be.
      report.checkpointPrefix = staging.destination.appending(prefix).string
    } catch {
      throw ConversionError(
        .verification, "cannot verify the checkpoint", source: source, cause: "\(error)")
    }
    do {
      try report.write(to: staging.path.appending(VerificationReport.fileName))
    } catch {
      throw ConversionError(
        .write, "cannot write the verification report", source: source, cause: "\(error)")
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
    _ plan: ConversionPlan, from params: ParamsFile, into directory: FilePath,
    options: ConversionOptions,
    progress: Progress?
  ) throws(ConversionError) -> (names: [String], shards: Int) {
    let writer: BundleWriter
    do {
      writer = try BundleWriter(
        directory: directory, prefix: plan.checkpointPrefix, maxShardSize: options.maxShardSize)
    } catch {
      throw ConversionError(
        .write, "cannot start the checkpoint in \(directory)", cause: "\(error)")
    }
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
          tensor: job.record.displayName, offset: job.record.dataOffset, cause: "\(error)")
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
        .write, "cannot finish the checkpoint index", source: params.file.path, cause: "\(error)")
    }
    let names = files.compactMap { $0.lastComponent?.string }
    return (names, names.filter { $0.contains(".data-") }.count)
  }
}

extension ConversionError {
  /// Wraps a source-file error, keeping its path, tensor and offset.
  public init(_ error: MMapIOError) {
    self.init(
      error.code == .sourceChanged ? .sourceChanged : .invalidSource, error.message,
      source: error.path, tensor: error.tensor, offset: error.offset,
      cause: error.errno.map { "\($0)" })
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
        explained.cause = error.description
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
