import ArgumentParser
import Dispatch
import Logging
import SystemPackage
import watchd

#if canImport(Glibc)
  import Glibc
#endif

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
      GLUON2TF_* fields to the journal. SIGTERM or SIGINT stop it gracefully; SIGHUP
      reloads the configuration file (the flags still override it; a bad file is
      refused and the running settings kept; watch, out and log cannot change).
      """
  )

  @Option(help: "Configuration file of `key = value` lines (flags override it).")
  var config: String?

  // The settings: one thin declaration per row of `WatchSetting.all`, which
  // holds its parsing, checks, default and help. The property is the key in
  // camel case (so `--shard-size` is `shardSize`); ``overrides`` finds the
  // values by that name. Each value is taken as given (even `-1`) and parsed
  // by the same code as the config file.

  @Option(parsing: .unconditional, help: .setting("watch"))
  var watch: String?

  @Option(parsing: .unconditional, help: .setting("out"))
  var out: String?

  @Option(parsing: .unconditional, help: .setting("workers"))
  var workers: String?

  @Option(parsing: .unconditional, help: .setting("shard-size"))
  var shardSize: String?

  @Option(parsing: .unconditional, help: .setting("max-source-bytes"))
  var maxSourceBytes: String?

  @Option(parsing: .unconditional, help: .setting("dtype"))
  var dtype: String?

  @Option(parsing: .unconditional, help: .setting("on-success"))
  var onSuccess: String?

  @Option(parsing: .unconditional, help: .setting("on-conflict"))
  var onConflict: String?

  @Option(parsing: .unconditional, help: .setting("settle"))
  var settle: String?

  @Option(parsing: .unconditional, help: .setting("incomplete-timeout"))
  var incompleteTimeout: String?

  @Option(parsing: .unconditional, help: .setting("stop-timeout"))
  var stopTimeout: String?

  @Option(parsing: .unconditional, help: .setting("rescan-interval"))
  var rescanInterval: String?

  @Option(parsing: .unconditional, help: .setting("verify"))
  var verify: String?

  @Option(parsing: .unconditional, help: .setting("verify-threshold"))
  var verifyThreshold: String?

  @Option(parsing: .unconditional, help: .setting("name-check"))
  var nameCheck: String?

  @Option(parsing: .unconditional, help: .setting("warn-rel-l2"))
  var warnRelL2: String?

  @Option(parsing: .unconditional, help: .setting("log"))
  var log: String?

  @Option(parsing: .unconditional, help: .setting("journal-socket"))
  var journalSocket: String?

  func run() throws {
    let source = ConfigurationSource(file: config.map { FilePath($0) }, overrides: overrides)
    let settings: WatchConfiguration
    do {
      settings = try source.load()
    } catch {
      Terminal.errorLine("gluon2tf watch: ", "\(error)")
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
        try await WatchService.runUntilSignalled(daemon, reloadingFrom: source, logger: logger)
      } catch {
        logger.critical("stopped on error: \(error)")
        outcome.failed = true
      }
      finished.signal()
    }
    finished.wait()
    if daemon.abandonedConversions {
      // Conversions still run on their threads; exit() would tear down
      // libraries under them (a crash at exit was seen with OpenBLAS).
      // Everything they leave is recovered at the next start.
      fflush(nil)
      _exit(outcome.failed ? 1 : 0)
    }
    if outcome.failed { throw ExitCode.failure }
  }

  /// The settings flags that were given, as configuration entries: the
  /// value of each setting's property (its key in camel case). A test checks
  /// that every setting has a flag that reaches its parser.
  private var overrides: [(key: String, value: String)] {
    var given: [String: String] = [:]
    for child in Mirror(reflecting: self).children {
      guard let label = child.label, let option = child.value as? Option<String?>,
        let value = option.wrappedValue
      else { continue }
      given[String(label.drop { $0 == "_" })] = value
    }
    return WatchSetting.all.compactMap { setting in
      given[camelCase(setting.key)].map { (setting.key, $0) }
    }
  }

  /// `shard-size` as a property name: `shardSize`.
  private func camelCase(_ key: String) -> String {
    let words = key.split(separator: "-")
    return words.prefix(1).joined()
      + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}

extension ArgumentHelp {
  /// The help of the setting `key`, from its row of `WatchSetting.all`.
  static func setting(_ key: String) -> ArgumentHelp {
    let setting = WatchSetting.named(key)
    return ArgumentHelp(setting?.help ?? "", valueName: setting?.valueName)
  }
}

/// Whether the service group ended in an error (written once, read after the wait).
private final class Outcome: @unchecked Sendable {
  var failed = false
}
