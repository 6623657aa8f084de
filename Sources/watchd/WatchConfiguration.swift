import Conversion
public import Files
public import SystemPackage

/// Everything `gluon2tf watch` needs, from the configuration file and the flags.
///
/// Each setting has one key, used both as the config-file key and as the long
/// flag (`workers = 2` in the file, `--workers 2` on the command line); see
/// ``apply(_:value:)`` and docs/watchd.md.
public struct WatchConfiguration: Sendable {
  /// The drop folder (`watch`).
  var watchDirectory: FilePath
  /// Where checkpoints are published, one directory per model (`out`).
  var outputDirectory: FilePath
  /// Files converted at the same time (`workers`).
  var workers = 1
  /// Largest checkpoint data shard in bytes (`shard-size`).
  var shardSize = ConversionOptions.defaultShardSize
  /// What happens to a source after success (`on-success`).
  var onSuccess = SuccessAction.move
  /// What happens when `OUT/<scope>` exists (`on-conflict`).
  var onConflict = ConflictPolicy.suffix
  /// How long a file must stay unchanged (and not open for writing) before
  /// it is claimed (`settle`).
  var settle: Duration = .milliseconds(500)
  /// How long a `.params` file that does not parse (still being written, or
  /// truncated) must stay unchanged before it is failed (`incomplete-timeout`).
  var incompleteTimeout: Duration = .seconds(30)
  /// How long shutdown waits for conversions in progress (`stop-timeout`).
  var stopTimeout: Duration = .seconds(60)
  /// Full rescan of the folder and of orphaned claims, as a safety net (`rescan-interval`).
  var rescanInterval: Duration = .seconds(60)
  /// Verify each checkpoint (both forward passes) before publishing it (`verify`).
  var verify = true
  /// Logits relative L2 error above which verification fails and the source
  /// goes to `failed/` (`verify-threshold`).
  var verifyThreshold = VerificationOptions.defaultThreshold
  /// Logits relative L2 error above which a conversion that passed is logged
  /// at `PRIORITY=4` (warning) rather than 6 (`warn-rel-l2`).
  var warnRelativeL2 = 5e-6
  /// Where the log goes (`log`).
  public var logDestination = LogDestination.auto
  /// journald's native socket (`journal-socket`).
  public var journalSocket = JournalTransport.defaultSocketPath

  /// The keys ``apply(_:value:)`` accepts (the `config` key names the file itself).
  static let keys = [
    "watch", "out", "workers", "shard-size", "on-success", "on-conflict", "settle",
    "incomplete-timeout", "stop-timeout", "rescan-interval", "verify", "verify-threshold",
    "warn-rel-l2", "log", "journal-socket",
  ]

  init(watchDirectory: FilePath, outputDirectory: FilePath) {
    self.watchDirectory = watchDirectory
    self.outputDirectory = outputDirectory
  }

  /// Builds a configuration from a config file's entries, then `overrides`
  /// (the flags, in the same `key`/`value` form). `watch` and `out` are required.
  public static func resolve(
    file: ConfigurationFile?, overrides: [(key: String, value: String)]
  ) throws(DaemonError) -> WatchConfiguration {
    var configuration = WatchConfiguration(watchDirectory: "", outputDirectory: "")
    for entry in file?.entries ?? [] {
      do {
        try configuration.apply(entry.key, value: entry.value)
      } catch {
        throw DaemonError(.configuration, "line \(entry.line): \(error.message)")
      }
    }
    for (key, value) in overrides { try configuration.apply(key, value: value) }
    guard !configuration.watchDirectory.isEmpty else {
      throw DaemonError(.configuration, "no watch folder: give --watch DIR or `watch = DIR`")
    }
    guard !configuration.outputDirectory.isEmpty else {
      throw DaemonError(.configuration, "no output folder: give --out DIR or `out = DIR`")
    }
    guard configuration.watchDirectory != configuration.outputDirectory else {
      throw DaemonError(.configuration, "the watch and output folders must differ")
    }
    return configuration
  }

  /// Sets the setting named `key` from its text form.
  mutating func apply(_ key: String, value: String) throws(DaemonError) {
    func invalid(_ expected: String) -> DaemonError {
      DaemonError(.configuration, "invalid \(key) `\(value)`: expected \(expected)")
    }
    switch key {
    case "watch": watchDirectory = FilePath(value)
    case "out": outputDirectory = FilePath(value)
    case "workers":
      guard let count = Int(value), (1...64).contains(count) else { throw invalid("1…64") }
      workers = count
    case "shard-size":
      guard let bytes = SettingValue.byteCount(value) else { throw invalid("a size like 64M") }
      shardSize = bytes
    case "on-success":
      guard let action = SuccessAction(rawValue: value) else {
        throw invalid("keep, move or delete")
      }
      onSuccess = action
    case "on-conflict":
      guard let policy = ConflictPolicy(rawValue: value) else {
        throw invalid("suffix, replace or fail")
      }
      onConflict = policy
    case "settle", "incomplete-timeout", "stop-timeout", "rescan-interval":
      guard let duration = SettingValue.duration(value) else { throw invalid("a duration like 2s (at most 1e9 s)") }
      switch key {
      case "settle": settle = duration
      case "incomplete-timeout": incompleteTimeout = duration
      case "stop-timeout": stopTimeout = duration
      default:
        guard duration > .zero else { throw invalid("a positive duration") }
        rescanInterval = duration
      }
    case "verify":
      switch value {
      case "yes", "true", "on", "1": verify = true
      case "no", "false", "off", "0": verify = false
      default: throw invalid("yes or no")
      }
    case "verify-threshold", "warn-rel-l2":
      guard let threshold = SettingValue.number(value) else { throw invalid("a number like 1e-5") }
      if key == "verify-threshold" {
        verifyThreshold = threshold
      } else {
        warnRelativeL2 = threshold
      }
    case "log":
      guard let destination = LogDestination(rawValue: value) else {
        throw invalid("auto, journal or stderr")
      }
      logDestination = destination
    case "journal-socket": journalSocket = value
    default:
      throw DaemonError(
        .configuration,
        "unknown setting `\(key)`; known: \(WatchConfiguration.keys.joined(separator: ", "))")
    }
  }

  /// The conversion options for each file.
  var conversionOptions: ConversionOptions {
    ConversionOptions(
      maxShardSize: shardSize,
      verification: verify ? VerificationOptions(threshold: verifyThreshold) : nil)
  }
}
