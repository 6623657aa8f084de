import Conversion
import Files
import SystemPackage

/// One setting of `gluon2tf watch`, declared once: its key (the config-file
/// key and the long flag), how its text is parsed and checked into a
/// ``WatchConfiguration``, how its value reads back (the default shown in
/// `--help` and docs/watchd.md comes from a default configuration), its help
/// text, and whether a reload (SIGHUP) may change it.
///
/// ``all`` is the table. Adding a setting is one row here plus its stored
/// property (with its default) in ``WatchConfiguration``.
public struct WatchSetting: Sendable {
  /// The config-file key and long flag name (`workers`, `--workers`).
  public let key: String
  /// The value placeholder in `--help` (`<n>`, `<duration>`, …).
  public let valueName: String
  /// What the setting does, one sentence without its default.
  public let summary: String
  /// What a valid value looks like, for error messages and the docs.
  public let expected: String
  /// Whether a reload may change it; `watch`, `out` and the log are fixed for
  /// the life of the process.
  public let changesAtRunTime: Bool
  /// Parses `text` into the configuration; `false` when the text is invalid.
  private let assign: @Sendable (inout WatchConfiguration, String) -> Bool
  /// The value as text, `nil` when unset (a required folder not given yet).
  private let show: @Sendable (WatchConfiguration) -> String?

  /// A row for the property at `property`, parsed by `parse` (`nil`: invalid)
  /// and shown by `show`.
  static func row<Value>(
    _ key: String, _ property: any WritableKeyPath<WatchConfiguration, Value> & Sendable,
    value valueName: String, expected: String, runTime: Bool = true, _ summary: String,
    parse: @escaping @Sendable (String) -> Value?,
    show: @escaping @Sendable (Value) -> String?
  ) -> WatchSetting {
    WatchSetting(
      key: key, valueName: valueName, summary: summary, expected: expected,
      changesAtRunTime: runTime,
      assign: { configuration, text in
        guard let value = parse(text) else { return false }
        configuration[keyPath: property] = value
        return true
      },
      show: { show($0[keyPath: property]) })
  }

  /// A row whose values are the cases of `Choice`.
  static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
    _ key: String, _ property: any WritableKeyPath<WatchConfiguration, Choice> & Sendable,
    runTime: Bool = true, _ summary: String
  ) -> WatchSetting where Choice.RawValue == String {
    let names = Choice.allCases.map(\.rawValue)
    return row(
      key, property, value: names.joined(separator: "|"),
      expected: "one of " + names.joined(separator: ", "), runTime: runTime, summary,
      parse: Choice.init(rawValue:), show: \.rawValue)
  }

  /// A row for a duration (`250ms`, `2s`, `1.5m`, `1h`; plain numbers are seconds).
  static func duration(
    _ key: String, _ property: any WritableKeyPath<WatchConfiguration, Duration> & Sendable,
    positive: Bool = false, _ summary: String
  ) -> WatchSetting {
    return row(
      key, property, value: "duration",
      expected: (positive ? "a duration above 0" : "a duration")
        + " like 2s or 250ms (ms, s, m, h; up to \(Int(SettingValue.longestDuration)) s)",
      summary,
      parse: { text in
        SettingValue.duration(text).flatMap { !positive || $0 > .zero ? $0 : nil }
      },
      show: SettingValue.text(of:))
  }

  /// A row for a relative error bound; with `positive`, 0 is refused too.
  static func relativeError(
    _ key: String, _ property: any WritableKeyPath<WatchConfiguration, Double> & Sendable,
    positive: Bool, _ summary: String
  ) -> WatchSetting {
    row(
      key, property, value: "number",
      expected: positive
        ? "a number greater than 0, like 1e-5" : "a number of 0 or more, like 5e-6",
      summary,
      parse: { text in
        SettingValue.number(text).flatMap {
          !positive || VerificationOptions.isValidThreshold($0) ? $0 : nil
        }
      },
      show: { "\($0)" })
  }

  /// A row for a folder (required: it has no default).
  static func folder(
    _ key: String, _ property: any WritableKeyPath<WatchConfiguration, FilePath> & Sendable,
    _ summary: String
  ) -> WatchSetting {
    row(
      key, property, value: "folder", expected: "a folder path without control characters",
      runTime: false, summary,
      parse: { SettingValue.path($0).map { FilePath($0) } },
      show: { $0.isEmpty ? nil : $0.string })
  }

  /// The table: every setting of `gluon2tf watch`, in `--help` order.
  public static let all: [WatchSetting] = [
    folder("watch", \.watchDirectory, "The drop folder."),
    folder("out", \.outputDirectory, "Where checkpoints are published, as OUT/<scope>/."),
    row(
      "workers", \.workers, value: "n", expected: "a whole number from 1 to 64",
      "Files converted at once; each needs about a core and 60 MiB.",
      parse: { Int($0).flatMap { (1...64).contains($0) ? $0 : nil } }, show: { "\($0)" }),
    row(
      "shard-size", \.shardSize, value: "size", expected: "a size like 64M (K, M, G suffixes)",
      "Largest data shard; a tensor is never split.",
      parse: ByteCount.parse, show: ByteCount.format),
    row(
      "max-source-bytes", \.maxSourceBytes, value: "size",
      expected: "a size like 8G (K, M, G suffixes)",
      "Refuse (to failed/) a source whose headers declare more tensor data than this, before any is written.",
      parse: { ByteCount.parse($0).flatMap { $0 > 0 ? $0 : nil } }, show: ByteCount.format),
    row(
      "dtype", \.keepHalfPrecision, value: "float32|keep", expected: "float32 or keep",
      "float32: write float16 weights as exact float32 (what TF models restore); keep: DT_HALF.",
      parse: { ["float32": false, "keep": true][$0] }, show: { $0 ? "keep" : "float32" }),
    choice(
      "on-success", \.onSuccess,
      "After success: move the source to processed/, keep it, or delete it."),
    choice(
      "on-conflict", \.onConflict,
      "When OUT/<scope> exists: publish as <scope>-2, -3, … (suffix), replace it atomically, or fail the file."
    ),
    duration(
      "settle", \.settle,
      "How long a file must be unchanged (and not open for writing) before it is claimed."),
    duration(
      "incomplete-timeout", \.incompleteTimeout,
      "How long a .params that does not parse (still arriving, or truncated) may stay unchanged before it fails."
    ),
    duration("stop-timeout", \.stopTimeout, "How long shutdown waits for conversions in progress."),
    duration(
      "rescan-interval", \.rescanInterval, positive: true,
      "Full rescan of the folder and of orphaned claims, a safety net for missed events."),
    row(
      "verify", \.verify, value: "yes|no", expected: "yes or no",
      "Run both forward passes and compare them before publishing.",
      parse: SettingValue.yesOrNo, show: { $0 ? "yes" : "no" }),
    relativeError(
      "verify-threshold", \.verifyThreshold, positive: true,
      "Logits relative L2 error above which verification fails the file."),
    row(
      "name-check", \.nameCheck, value: "yes|no", expected: "yes or no",
      "Refuse (to failed/) a source named <model>-<8 hex digits>.params, as GluonCV names its files (<model> one of GluonCV's ImageNet models), whose SHA-1 does not start with those digits.",
      parse: SettingValue.yesOrNo, show: { $0 ? "yes" : "no" }),
    relativeError(
      "warn-rel-l2", \.warnRelativeL2, positive: false,
      "Logits relative L2 error above which a passing conversion logs a warning."),
    choice(
      "log", \.logDestination, runTime: false,
      "Log to the journal, stderr, or auto (the journal when stderr is connected to it)."),
    row(
      "journal-socket", \.journalSocket, value: "path",
      expected: "a socket path without control characters", runTime: false,
      "journald's native socket.", parse: SettingValue.path, show: { $0 }),
  ]

  /// The row for `key`, if there is one.
  public static func named(_ key: String) -> WatchSetting? { all.first { $0.key == key } }

  /// Sets this setting in `configuration` from `text`.
  ///
  /// - Throws: `.configuration`, naming the key, the value and what is expected.
  func apply(_ text: String, to configuration: inout WatchConfiguration) throws(DaemonError) {
    guard assign(&configuration, text) else {
      throw DaemonError(
        .configuration, "invalid \(key) `\(text)`: expected \(expected)")
    }
  }

  /// The value in `configuration`, as a config file would write it.
  func value(in configuration: WatchConfiguration) -> String? { show(configuration) }

  /// The default value's text; `nil` for a required setting.
  public var defaultText: String? { show(WatchConfiguration.defaults) }

  /// The `--help` text of the flag: the summary and the default.
  public var help: String {
    summary + (defaultText.map { " (default \($0))" } ?? " (required)")
  }

  /// The settings table of docs/watchd.md, generated from ``all``.
  public static var markdownTable: String {
    var lines = ["| Key / flag | Default | Value | Reload | Meaning |", "|---|---|---|---|---|"]
    for setting in all {
      let value = setting.defaultText.map { "`\($0)`" } ?? "— (required)"
      let reload = setting.changesAtRunTime ? "yes" : "no"
      // `<scope>` would read as an HTML tag.
      let summary = setting.summary.map { "<>".contains($0) ? "\\\($0)" : "\($0)" }.joined()
      lines.append(
        "| `\(setting.key)` | \(value) | \(setting.expected) | \(reload) | \(summary) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
