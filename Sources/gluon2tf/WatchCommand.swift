import ArgumentParser
import Dispatch
import Logging
import SystemPackage
import watchd

/// `gluon2tf watch`: the drop-folder daemon (run it under systemd as
/// `gluon2tf-watchd.service`; see docs/watchd.md).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch a folder and convert every .params / .params.lz4 dropped into it.",
    discussion: """
      Each file that settles in the watch folder is claimed (moved to .claimed/ under
      an exclusive lock), converted, and published atomically as OUT/<scope>/ with a
      report.json; the source then goes to processed/ (or is kept or deleted). A file
      that cannot be converted goes to failed/ with <name>.error.json. Several daemons
      may watch one folder: each file is converted by exactly one of them.

      Settings come from --config FILE (`key = value` lines; keys are the long flag
      names) and the flags, which override the file. Under systemd (Type=notify) it
      reports READY=1, STATUS=, WATCHDOG=1 and STOPPING=1, and logs structured
      GLUON2TF_* fields to the journal. SIGTERM or SIGINT stop it gracefully.
      """
  )

  @Option(help: "Configuration file of `key = value` lines (flags override it).")
  var config: String?

  @Option(name: .customLong("watch"), help: "The drop folder.")
  var watchDirectory: String?

  @Option(help: "Where checkpoints are published, as OUT/<scope>/.")
  var out: String?

  @Option(help: "Files converted at once (default 1).")
  var workers: Int?

  @Option(help: "Largest data shard; K, M, G suffixes (default 64M).")
  var shardSize: String?

  @Option(help: "After success: keep, move (to processed/, the default) or delete.")
  var onSuccess: String?

  @Option(help: "When OUT/<scope> exists: suffix (the default), replace or fail.")
  var onConflict: String?

  @Option(help: "How long a file must be unchanged before it is claimed (default 500ms).")
  var settle: String?

  @Option(help: "How long an unparsable .params may stay unchanged before it fails (default 30s).")
  var incompleteTimeout: String?

  @Option(help: "How long shutdown waits for conversions in progress (default 60s).")
  var stopTimeout: String?

  @Option(help: "Full rescan period, a safety net for missed events (default 60s).")
  var rescanInterval: String?

  @Option(help: "yes: verify each checkpoint with both forward passes before publishing (default).")
  var verify: String?

  @Option(help: "Logits relative L2 error above which verification fails the file (default 1e-5).")
  var verifyThreshold: String?

  @Option(
    help: "Logits relative L2 error above which a passing conversion logs a warning (default 5e-6)."
  )
  var warnRelL2: String?

  @Option(help: "Log to: auto (the journal under systemd, else stderr), journal or stderr.")
  var log: String?

  @Option(help: "journald's native socket (default /run/systemd/journal/socket).")
  var journalSocket: String?

  func run() throws {
    let settings: WatchConfiguration
    do {
      let file = try config.map { path throws(DaemonError) in
        try ConfigurationFile(contentsOf: FilePath(path))
      }
      settings = try WatchConfiguration.resolve(file: file, overrides: overrides)
    } catch {
      Terminal.error("gluon2tf watch: \(error)\n")
      throw ExitCode(2)
    }
    LoggingSystem.bootstrap(settings.logDestination.makeFactory(socketPath: settings.journalSocket))
    let logger = Logger(label: "gluon2tf.watchd")
    let daemon: WatchDaemon
    do {
      daemon = try WatchDaemon(configuration: settings, logger: logger)
    } catch {
      logger.critical("cannot start: \(error)")
      throw ExitCode.failure
    }
    // The root command is synchronous; run the service group to completion
    // on the concurrency pool and wait for it here. At the default priority:
    // a task started from the main thread would be user-initiated, whose
    // dispatch threads ask for nice -2, and the daemon's own threads, created
    // from there, would inherit it.
    let outcome = Outcome()
    let finished = DispatchSemaphore(value: 0)
    Task(priority: .medium) {
      do {
        try await WatchService.runUntilSignalled(daemon, logger: logger)
      } catch {
        logger.critical("stopped on error: \(error)")
        outcome.failed = true
      }
      finished.signal()
    }
    finished.wait()
    if outcome.failed { throw ExitCode.failure }
  }

  /// The flags that were given, as configuration entries.
  private var overrides: [(key: String, value: String)] {
    let given: [(String, String?)] = [
      ("watch", watchDirectory), ("out", out), ("workers", workers.map(String.init)),
      ("shard-size", shardSize), ("on-success", onSuccess), ("on-conflict", onConflict),
      ("settle", settle), ("incomplete-timeout", incompleteTimeout), ("stop-timeout", stopTimeout),
      ("rescan-interval", rescanInterval), ("verify", verify),
      ("verify-threshold", verifyThreshold), ("warn-rel-l2", warnRelL2), ("log", log),
      ("journal-socket", journalSocket),
    ]
    return given.compactMap { key, value in value.map { (key, $0) } }
  }
}

/// Whether the service group ended in an error (written once, read after the wait).
private final class Outcome: @unchecked Sendable {
  var failed = false
}
