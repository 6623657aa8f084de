import Conversion
import Files
import SystemPackage

/// Everything `gluon2tf watch` needs, from the configuration file and the flags.
///
/// Each stored setting has one row in ``WatchSetting/all``: its key, used both
/// as the config-file key and as the long flag (`workers = 2` in the file,
/// `--workers 2` on the command line), its parser and its help. The defaults
/// are the initial values here.
public struct WatchConfiguration: Sendable {
  /// The drop folder (`watch`).
  var watchDirectory: FilePath
  /// Where checkpoints are published, one directory per model (`out`).
  var outputDirectory: FilePath
  /// Files converted at the same time (`workers`).
  var workers = 1
  /// Largest checkpoint data shard in bytes (`shard-size`).
  var shardSize = ConversionOptions.defaultShardSize
  /// The most tensor data a source may declare, in bytes (`max-source-bytes`).
  var maxSourceBytes = ConversionOptions.defaultMaxSourceBytes
  /// Write float16 weights as DT_HALF rather than exact float32 (`dtype = keep`).
  var keepHalfPrecision = false
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
  /// Refuse a source whose SHA-1 does not start with the 8 hex digits its
  /// GluonCV name carries (`name-check`).
  var nameCheck = true
  /// Logits relative L2 error above which a conversion that passed is logged
  /// at `PRIORITY=4` (warning) rather than 6 (`warn-rel-l2`).
  var warnRelativeL2 = 5e-6
  /// Where the log goes (`log`).
  public var logDestination = LogDestination.auto
  /// journald's native socket (`journal-socket`).
  public var journalSocket = JournalTransport.defaultSocketPath

  /// Every setting at its default, with no folders yet.
  static let defaults = WatchConfiguration(watchDirectory: "", outputDirectory: "")

  init(watchDirectory: FilePath, outputDirectory: FilePath) {
    self.watchDirectory = watchDirectory
    self.outputDirectory = outputDirectory
  }

  /// Builds a configuration from a config file's entries, then `overrides`
  /// (the flags, in the same `key`/`value` form). `watch` and `out` are required.
  ///
  /// - Throws: `.configuration`; an error in the file names it and the line
  ///   (`watchd.conf:3: invalid workers …`).
  public static func resolve(
    file: ConfigurationFile?, overrides: [(key: String, value: String)]
  ) throws(DaemonError) -> WatchConfiguration {
    var configuration = WatchConfiguration.defaults
    for entry in file?.entries ?? [] {
      do {
        try configuration.apply(entry.key, value: entry.value)
      } catch {
        throw DaemonError(.configuration, "\(file?.origin ?? ""):\(entry.line): \(error.message)")
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

  /// Sets the setting named `key` from its text form (see ``WatchSetting/all``).
  mutating func apply(_ key: String, value: String) throws(DaemonError) {
    guard let setting = WatchSetting.named(key) else {
      let known = WatchSetting.all.map(\.key).joined(separator: ", ")
      throw DaemonError(.configuration, "unknown setting `\(key)`; known: \(known)")
    }
    try setting.apply(value, to: &self)
  }

  /// Checks that `new` can replace this configuration while the daemon runs:
  /// the settings that cannot change at run time (the folders, the log) are
  /// the same in both.
  func checkReplaceable(by new: WatchConfiguration) throws(DaemonError) {
    for setting in WatchSetting.all where !setting.changesAtRunTime {
      let (old, wanted) = (setting.value(in: self), setting.value(in: new))
      guard old == wanted else {
        throw DaemonError(
          .configuration,
          "\(setting.key) cannot change while the daemon runs (it is \(old ?? "unset"), the file"
            + " now says \(wanted ?? "nothing")): restart the daemon to change it")
      }
    }
  }

  /// The settings whose values differ in `new`, as `key=value` text.
  func changes(to new: WatchConfiguration) -> [String] {
    WatchSetting.all.compactMap { setting in
      let value = setting.value(in: new)
      return setting.value(in: self) == value ? nil : "\(setting.key)=\(value ?? "")"
    }
  }

  /// The conversion options for each file.
  var conversionOptions: ConversionOptions {
    ConversionOptions(
      maxShardSize: shardSize, keepHalfPrecision: keepHalfPrecision,
      verification: verify ? VerificationOptions(threshold: verifyThreshold) : nil,
      maxSourceBytes: maxSourceBytes)
  }
}
