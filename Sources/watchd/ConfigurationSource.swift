public import SystemPackage

/// Where the daemon's settings come from: the `--config` file, if any, and
/// the flags, which override it. Read once at start and again on each reload
/// (SIGHUP), so the flags keep overriding the file after a reload.
public struct ConfigurationSource: Sendable {
  /// The configuration file (`--config`); `nil` when there is none.
  public let file: FilePath?
  /// The flags that were given, as `key`/`value` settings.
  let overrides: [(key: String, value: String)]

  public init(file: FilePath?, overrides: [(key: String, value: String)]) {
    self.file = file
    self.overrides = overrides
  }

  /// Reads the file (when there is one) and resolves the settings.
  public func load() throws(DaemonError) -> WatchConfiguration {
    let parsed = try file.map { path throws(DaemonError) in try ConfigurationFile(contentsOf: path)
    }
    return try WatchConfiguration.resolve(file: parsed, overrides: overrides)
  }
}
