import Conversion
import Files
public import Logging
import Synchronization
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// The drop-folder daemon: watches a folder with inotify and converts every
/// `.params` / `.params.lz4` that settles there, with a fixed number of workers.
///
/// One loop thread owns all scheduling state and blocks in `poll(2)` on the
/// inotify descriptor and a wake-up eventfd; each conversion runs on its own
/// thread and report back through a locked mailbox. The loop:
/// - at start, removes stale staging directories, adopts orphaned claims,
///   scans the folder, and sends `READY=1`;
/// - on `IN_CLOSE_WRITE` / `IN_MOVED_TO` / `IN_CREATE` (re)starts a file's settle timer;
///   on `IN_Q_OVERFLOW`, and every `rescan-interval`, rescans everything;
/// - claims a file once it is unchanged for `settle`, not open for writing, and
///   (for `.params`) parses, or stayed unparsable for `incomplete-timeout`.
///   The parse runs on a probe thread (``CompletenessProbe``): the loop itself
///   makes only system calls that cost the same for any file (stat, open,
///   rename), so nothing dropped can delay `WATCHDOG=1`;
/// - sends `STATUS=` when the counts change and `WATCHDOG=1` at half of `WatchdogSec`;
/// - on ``requestStop()`` sends `STOPPING=1`, claims nothing more, and waits up to
///   `stop-timeout` for the conversions in progress. One still running then is
///   abandoned: its claim and staging directory are recovered at the next start.
public final class WatchDaemon: @unchecked Sendable {
  /// Loop-thread state once the loop runs: a reload replaces it.
  private(set) var configuration: WatchConfiguration
  let folder: WatchFolder
  /// Loop-thread state once the loop runs: each job keeps the copy it started with.
  private(set) var processor: FileProcessor
  let notifier: SystemdNotifier
  let logger: Logger
  private let wake: WakeUpEvent
  private let mailbox = Mutex(Mailbox())

  // Loop-thread state.
  private var pending: [String: PendingFile] = [:]
  private var orphans: [Claim] = []
  private var inFlight: Set<String> = []
  private var counts = DaemonStatistics()
  private var completeness = CompletenessProbe()
  private var notices = SkipNotices()
  /// Sources the daemon can neither read nor move to `failed/`, by name:
  /// left alone while they stay as they were.
  private var unreadable: [String: FileVersion] = [:]
  private var lastStatus = ""

  private struct Mailbox {
    var completions: [JobCompletion] = []
    var probes: [CompletenessProbe.Result] = []
    var stopRequested = false
    /// Set when the loop stopped with conversions still running.
    var abandonedConversions = false
    /// The latest configuration to apply, from a reload (SIGHUP).
    var reload: (configuration: WatchConfiguration, path: FilePath)?
    var statistics = DaemonStatistics()
  }

  /// Opens (creating when missing) the watch folder, its subfolders and the
  /// output folder.
  ///
  /// - Throws: `.configuration` when the two folders nest in either
  ///   direction: publishing or replacing a checkpoint could then swap out
  ///   the inbox, and sources could be published as checkpoints.
  public init(
    configuration: WatchConfiguration, logger: Logger, notifier: SystemdNotifier = SystemdNotifier()
  ) throws(DaemonError) {
    self.configuration = configuration
    let watchPath = configuration.watchDirectory
    let outPath = configuration.outputDirectory
    // Before anything is created in either.
    if Ancestry.nest(watchPath, outPath) {
      throw DaemonError(
        .configuration,
        "the watch folder \(watchPath) and the output folder \(outPath) nest (one is, or is"
          + " inside, the other): they must be apart, so no checkpoint can replace the inbox")
    }
    do { _ = try Directory.create(outPath) } catch {
      throw DaemonError(error, code: .configuration)
    }
    self.folder = try WatchFolder(opening: watchPath)
    self.processor = FileProcessor(configuration: configuration, folder: folder, logger: logger)
    self.notifier = notifier
    self.logger = logger
    self.wake = try WakeUpEvent()
  }

  /// The counters as of the loop's last iteration.
  var statistics: DaemonStatistics { mailbox.withLock { $0.statistics } }

  /// Whether the loop stopped with conversions still running on their
  /// threads (the stop timeout passed). The process must then end without
  /// running exit-time destructors: a library torn down under a running
  /// conversion (OpenBLAS frees its buffers at exit) would crash it.
  public var abandonedConversions: Bool { mailbox.withLock { $0.abandonedConversions } }

  /// Asks the loop to stop (safe from any thread, idempotent).
  func requestStop() {
    mailbox.withLock { $0.stopRequested = true }
    wake.signal()
  }

  /// Asks the loop to switch to `configuration`, read from `path` and
  /// checked (``WatchConfiguration/checkReplaceable(by:)``): safe from any
  /// thread. The loop applies it between two iterations; the jobs in progress
  /// finish with the settings they started with.
  func reload(_ configuration: WatchConfiguration, from path: FilePath) {
    mailbox.withLock { $0.reload = (configuration, path) }
    wake.signal()
  }

  /// Runs the loop on its own thread until it stops; throws if it cannot
  /// start (e.g. the folders cannot be created) or the watch folder vanishes.
  public func run() async throws {
    try await withCheckedThrowingContinuation {
      (continuation: CheckedContinuation<Void, any Error>) in
      do {
        try OSThread.detach {
          do {
            try self.loop()
            continuation.resume()
          } catch {
            continuation.resume(throwing: error)
          }
        }
      } catch {
        continuation.resume(throwing: error)
      }
    }
  }

  // MARK: The loop

  func loop() throws(DaemonError) {
    let out = configuration.outputDirectory
    let sweep = Publication.sweepStale(in: try processor.openOutput())
    for path in sweep.removed {
      logger.notice("removed stale staging directory \(path)")
    }
    for (path, reason) in sweep.leftAlone {
      logger.notice("left \(path) alone: \(reason)")
    }
    let inotify = try Inotify()
    // The watch is on the directory that was opened: its /proc/self/fd name
    // leads to that very directory, not to whatever the path names now.
    try inotify.addWatch(
      FilePath("/proc/self/fd/\(folder.root.descriptor.rawValue)"),
      mask: [.closeWrite, .movedTo, .create, .deleteSelf, .moveSelf, .onlyDirectory])
    rescan(now: .now)
    counts.ready = true
    publishStatus(force: true)
    notifier.ready(status: "watching \(folder.path): \(counts.status)")
    logger.info(
      "watching \(folder.path) → \(out) with \(configuration.workers) worker\(configuration.workers == 1 ? "" : "s")",
      metadata: ["GLUON2TF_WATCH": "\(folder.path)", "GLUON2TF_OUT": "\(out)"])

    let watchdogInterval = notifier.watchdogInterval
    var nextWatchdog = watchdogInterval.map { ContinuousClock.now + $0 }
    var nextRescan = ContinuousClock.now + configuration.rescanInterval
    var stopDeadline: ContinuousClock.Instant?
    if watchdogInterval != nil { notifier.watchdog() }

    while true {
      var now = ContinuousClock.now
      if stopDeadline == nil && mailbox.withLock({ $0.stopRequested }) {
        stopDeadline = now + configuration.stopTimeout
        orphans.removeAll()  // closing them releases the locks; the next start adopts them
        notifier.stopping(status: "stopping: waiting for \(inFlight.count) conversion(s)")
        logger.notice("stopping: \(inFlight.count) conversion(s) in progress")
      }
      if let deadline = stopDeadline {
        if inFlight.isEmpty { break }
        if now >= deadline {
          let abandoned = inFlight.sorted().joined(separator: ", ")
          logger.warning(
            "stop timeout: abandoning \(abandoned); their claims and staging are recovered at the next start"
          )
          mailbox.withLock { $0.abandonedConversions = true }
          break
        }
      } else {
        if now >= nextRescan {
          rescan(now: now)
          nextRescan = now + configuration.rescanInterval
        }
        dispatchDue(now: now)
      }
      if let interval = watchdogInterval, let due = nextWatchdog, now >= due {
        notifier.watchdog()
        nextWatchdog = now + interval
      }
      publishStatus()

      now = ContinuousClock.now
      var wakeAt = nextWatchdog ?? now + .seconds(3600)
      if let deadline = stopDeadline {
        wakeAt = min(wakeAt, deadline)
      } else {
        wakeAt = min(wakeAt, nextRescan)
        if inFlight.count < configuration.workers {
          if !orphans.isEmpty { wakeAt = now }
          if let due = pending.values.lazy.map(\.due).min() { wakeAt = min(wakeAt, due) }
        }
      }
      try wait(inotify, until: wakeAt, now: now)
      try handle(try inotify.readEvents(), now: .now)
      wake.drain()
      let (completions, probes) = mailbox.withLock { box in
        defer {
          box.completions.removeAll()
          box.probes.removeAll()
        }
        return (box.completions, box.probes)
      }
      for completion in completions {
        finish(completion, now: .now)
      }
      for result in probes {
        probed(result, now: .now)
      }
      if let request = mailbox.withLock({ box in
        defer { box.reload = nil }
        return box.reload
      }) {
        apply(request.configuration, from: request.path)
        nextRescan = min(nextRescan, .now + configuration.rescanInterval)
      }
    }
    counts.queued = 0
    publishStatus(force: true)
    logger.info("stopped: \(counts.converted) converted, \(counts.failed) failed")
  }

  private func wait(
    _ inotify: Inotify, until deadline: ContinuousClock.Instant, now: ContinuousClock.Instant
  )
    throws(DaemonError)
  {
    let remaining = deadline - now
    let milliseconds =
      remaining <= .zero
      ? 0
      : Int32(
        clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds
          / 1_000_000_000_000_000 + 1)
    var descriptors = [
      pollfd(fd: inotify.descriptor.rawValue, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wake.descriptor.rawValue, events: Int16(POLLIN), revents: 0),
    ]
    if poll(&descriptors, 2, milliseconds) < 0 && errno != EINTR { throw .systemCall("poll") }
  }

  private func handle(_ events: [InotifyEvent], now: ContinuousClock.Instant) throws(DaemonError) {
    var overflow = false
    for event in events {
      if event.mask.contains(.queueOverflow) {
        overflow = true
        continue
      }
      if !event.mask.isDisjoint(with: [.ignored, .deleteSelf, .moveSelf]) {
        throw DaemonError(
          .configuration, "the watch folder was removed or moved", path: folder.path)
      }
      guard !event.name.isEmpty, SourceName.isCandidate(event.name) else { continue }
      touch(event.name, now: now)
    }
    if overflow {
      logger.warning("inotify queue overflowed: rescanning \(folder.path)")
      rescan(now: now)
    }
  }

  /// Notes activity on `name`: its settle timer starts (again).
  private func touch(_ name: String, now: ContinuousClock.Instant) {
    if var file = pending[name] {
      file.lastChange = now
      file.due = max(file.due, now + configuration.settle)
      pending[name] = file
    } else {
      pending[name] = PendingFile(
        name: name, observed: nil, noticed: now, lastChange: now, due: now + configuration.settle)
    }
  }

  /// Queues every candidate in the folder and adopts orphaned claims.
  private func rescan(now: ContinuousClock.Instant) {
    completeness.keep(only: Set(pending.values.compactMap { $0.observed?.version }))
    do {
      var present: Set<String> = []
      for raw in try folder.root.rawNames() {
        let bytes = raw.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        guard let name = String(validating: bytes, as: UTF8.self) else {
          let shown = String(decoding: bytes, as: UTF8.self)
          present.insert(shown)
          if notices.isNew(shown, nil) {
            logger.notice("skipping \(shown): its name is not valid UTF-8")
          }
          continue
        }
        present.insert(name)
        if SourceName.isCandidate(name) {
          if pending[name] == nil { touch(name, now: now) }
        } else if !name.hasPrefix("."), !WatchFolder.subfolderNames.contains(name),
          let status = try? folder.root.status(of: name), status.kind == .directory,
          notices.isNew(name, status.identity)
        {
          logger.notice("skipping \(name): a directory (files in subfolders are not converted)")
        }
      }
      notices.keep(only: present)
      unreadable = unreadable.filter { present.contains($0.key) }
      let claimed = try processor.subfolder(folder.claimed)
      for name in try claimed.names()
      where SourceName.isCandidate(name) && !inFlight.contains(name)
        && !orphans.contains(where: { $0.name == name })
      {
        // Published, but it could not be moved on: never converted again.
        if let status = try? claimed.status(of: name),
          processor.published.entry(for: name, status) != nil
        {
          continue
        }
        guard let claim = Claim.adopt(name, in: claimed) else { continue }
        logger.notice("recovering \(name): claimed by a process that is gone")
        orphans.append(claim)
      }
    } catch let error as SystemCallError {
      logger.error("cannot scan \(folder.path): \(error)")
    } catch {
      logger.error("cannot scan \(folder.path): \(error)")
    }
  }

  // MARK: Scheduling

  private func dispatchDue(now: ContinuousClock.Instant) {
    while inFlight.count < configuration.workers, !orphans.isEmpty {
      let claim = orphans.removeFirst()
      counts.recovered += 1
      start(claim, recovered: true, noticed: nil, attempts: 0, retries: 0)
    }
    guard inFlight.count < configuration.workers else { return }
    let due = pending.values.filter { $0.due <= now }.sorted { $0.due < $1.due }
    for var file in due {
      guard inFlight.count < configuration.workers else { return }
      guard !inFlight.contains(file.name) else {
        file.due = now + configuration.settle
        pending[file.name] = file
        continue
      }
      switch examine(&file, now: now) {
      case .wait:
        pending[file.name] = file
      case .drop:
        pending[file.name] = nil
      case .failUnreadable(let status, let reason):
        pending[file.name] = nil
        unreadable[file.name] = status.version
        startFailing(file.name, status: status, reason: reason)
      case .claim:
        let attempt: Claim.Attempt
        do {
          attempt = Claim.acquire(
            file.name, from: folder.root, into: try processor.subfolder(folder.claimed))
        } catch {
          attempt = .failed(error)
        }
        switch attempt {
        case .claimed(let claim):
          pending[file.name] = nil
          start(
            claim, recovered: false, noticed: file.noticed, attempts: file.attempts,
            retries: file.retries)
        case .gone:
          pending[file.name] = nil
        case .busy:
          // Another daemon is claiming it (it will vanish from the folder),
          // or it is a hard link to a file being converted: look again later.
          file.due = now + configuration.settle
          pending[file.name] = file
        case .nameInUse:
          file.due = now + configuration.settle
          pending[file.name] = file
        case .failed(let error):
          logger.error("cannot claim \(file.name): \(error)")
          file.due = now + .seconds(5)
          pending[file.name] = file
        }
      }
    }
  }

  private enum Decision {
    case wait, drop, claim
    /// The daemon cannot open it (EACCES, EPERM), so cannot claim it.
    case failUnreadable(FileStatus, FileSystemError)
  }

  /// Whether `file` is ready to claim, updating its timers.
  private func examine(_ file: inout PendingFile, now: ContinuousClock.Instant) -> Decision {
    guard let status = try? folder.root.status(of: file.name) else { return .drop }
    guard status.kind == .regular else {
      if notices.isNew(file.name, status.identity) {
        let why =
          status.kind == .symbolicLink
          ? "links are never followed" : "only regular files are converted"
        logger.notice("skipping \(file.name): \(status.kind.rawValue) (\(why))")
      }
      return .drop
    }
    if unreadable[file.name] == status.version { return .drop }
    if configuration.onSuccess == .keep {
      // Converted and kept: by the marker, or by memory when the marker
      // could not be written.
      if processor.published.entry(for: file.name, status) != nil { return .drop }
      if let converted = try? processor.subfolder(folder.converted),
        ConvertedMarker.matches(file.name, status: status, in: converted)
      {
        return .drop
      }
    }
    if let observed = file.observed, observed != status { file.lastChange = now }
    file.observed = status
    if now - file.lastChange < configuration.settle {
      file.due = file.lastChange + configuration.settle
      return .wait
    }
    do {
      let descriptor: FileDescriptor
      do {
        descriptor = try folder.root.openForReading(file.name)
      } catch {
        guard error.cause?.errno == .permissionDenied || error.cause?.errno == .notPermitted
        else { return .drop }
        return .failUnreadable(status, error)
      }
      defer { try? descriptor.close() }
      if WriterProbe.isOpenForWriting(descriptor) {
        file.lastChange = now
        file.due = now + configuration.settle
        return .wait
      }
    }
    guard !SourceName.isCompressed(file.name) else { return .claim }
    // Parsing can take seconds: it runs on the probe thread, never here.
    let name = file.name
    let verdict = completeness.verdict(
      for: status.version, open: { try? self.folder.root.openForReading(name) },
      report: { result in
        self.mailbox.withLock { $0.probes.append(result) }
        self.wake.signal()
      })
    switch verdict {
    case .parses:
      return .claim
    case .unparsable:
      // Still being written (a writer that closes between pieces), or
      // truncated for good. Wait until it stays so long enough.
      if now - file.lastChange < configuration.incompleteTimeout {
        file.due = now + max(configuration.settle, .milliseconds(200))
        return .wait
      }
      return .claim
    case .probing, .started, .busy:
      // Looked at again when the probe reports (``probed(_:now:)``).
      file.due = now + configuration.incompleteTimeout
      return .wait
    }
  }

  /// Records a finished completeness probe, and looks again at once at
  /// every file waiting for one: the files it answers for (hard links share
  /// one), and those waiting for the probe thread to be free.
  private func probed(_ result: CompletenessProbe.Result, now: ContinuousClock.Instant) {
    completeness.record(result)
    for (name, file) in pending {
      guard let version = file.observed?.version,
        version == result.version || !completeness.isSettled(version)
      else { continue }
      pending[name]?.due = min(file.due, now)
    }
  }

  private func start(
    _ claim: Claim, recovered: Bool, noticed: ContinuousClock.Instant?, attempts: Int,
    retries: Int
  ) {
    inFlight.insert(claim.name)
    logger.info(
      "claimed \(claim.name)\(recovered ? " (recovered)" : ""): converting",
      metadata: ["GLUON2TF_SOURCE": "\(folder.source(claim.name))", "GLUON2TF_OUTCOME": "claimed"])
    let processor = self.processor
    launch {
      JobCompletion(
        name: claim.name,
        outcome: processor.process(
          claim, recovered: recovered, noticed: noticed, attempt: attempts),
        recovered: recovered, noticed: noticed, attempts: attempts, retries: retries)
    }
  }

  /// Fails, on a worker thread, a source the daemon cannot open
  /// (``FileProcessor/failUnreadable(_:status:reason:)``).
  private func startFailing(_ name: String, status: FileStatus, reason: FileSystemError) {
    inFlight.insert(name)
    let processor = self.processor
    launch {
      JobCompletion(
        name: name, outcome: processor.failUnreadable(name, status: status, reason: reason),
        recovered: false, noticed: nil, attempts: 0, retries: 0)
    }
  }

  /// Runs `work` on a worker thread and hands what it did back to the loop.
  private func launch(_ work: @escaping @Sendable () -> JobCompletion) {
    let job: @Sendable () -> Void = {
      let completion = work()
      self.mailbox.withLock { $0.completions.append(completion) }
      self.wake.signal()
    }
    do {
      try OSThread.detach(job)
    } catch {
      logger.error("cannot start a worker thread (\(error)); working on the loop thread")
      job()
    }
  }

  private func finish(_ completion: JobCompletion, now: ContinuousClock.Instant) {
    inFlight.remove(completion.name)
    switch completion.outcome {
    case .converted(let record):
      counts.converted += 1
      let overThreshold = record.metrics?.exceeds(relativeL2: configuration.warnRelativeL2) ?? false
      logger.log(
        level: overThreshold ? .warning : .info, "\(record.message)", metadata: record.journalFields
      )
    case .alreadyPublished:
      counts.converted += 1
    case .failed(let failure):
      counts.failed += 1
      logger.error("\(failure.logMessage)", metadata: failure.journalFields)
    case .retry(let reason, let cause):
      counts.retried += 1
      let retries = completion.retries + 1
      // Doubles from 2 × settle + 1 s up to 64 × settle + 1 s (33 s by default).
      let backoff = configuration.settle * (1 << min(retries, 6)) + .seconds(1)
      logger.warning(
        "\(completion.name): \(reason); retrying in \(backoff)",
        metadata: [
          "GLUON2TF_SOURCE": "\(folder.source(completion.name))",
          "GLUON2TF_OUTCOME": "retry",
          "GLUON2TF_RETRY_CAUSE": "\(cause)",
        ])
      pending[completion.name] = PendingFile(
        name: completion.name, observed: nil, noticed: completion.noticed ?? now,
        lastChange: now, due: now + backoff,
        attempts: completion.attempts + (cause == .environment ? 0 : 1), retries: retries)
    }
  }

  /// Switches to a reloaded configuration (on the loop thread).
  private func apply(_ new: WatchConfiguration, from path: FilePath) {
    let changes = configuration.changes(to: new)
    configuration = new
    processor.configuration = new
    logger.info(
      "reloaded configuration from \(path)",
      metadata: [
        "GLUON2TF_EVENT": "reload", "GLUON2TF_CHANGED": "\(changes.joined(separator: " "))",
      ])
    notifier.reloaded(status: counts.status)
  }

  private func publishStatus(force: Bool = false) {
    counts.queued = pending.count + orphans.count
    counts.converting = inFlight.count
    let snapshot = counts
    mailbox.withLock { $0.statistics = snapshot }
    let text = counts.status
    guard force || text != lastStatus else { return }
    lastStatus = text
    notifier.status(text)
  }
}
