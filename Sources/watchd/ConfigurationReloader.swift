import Logging

/// What SIGHUP means to the daemon: read the configuration again, check it,
/// and hand it to the loop, which applies it between two iterations.
///
/// The file is read and parsed here, on the signal task, never on the loop
/// thread. A configuration that does not parse or validate, or that changes a
/// setting that is fixed at start (the folders, the log), is refused: the
/// daemon keeps its settings and says why. Under systemd the reload is framed
/// by `RELOADING=1` and `READY=1`, so `systemctl reload` waits for it.
struct ConfigurationReloader: Sendable {
  let source: ConfigurationSource
  let daemon: WatchDaemon
  /// The settings the daemon started with; the fixed ones never change.
  let startup: WatchConfiguration

  func reload() {
    let logger = daemon.logger
    guard let path = source.file else {
      logger.notice(
        "SIGHUP: no configuration file to reload (started without --config); keeping the current settings",
        metadata: ["GLUON2TF_EVENT": "reload-skipped"])
      return
    }
    daemon.notifier.reloading()
    do {
      let configuration = try source.load()
      try startup.checkReplaceable(by: configuration)
      daemon.reload(configuration, from: path)
    } catch {
      logger.error(
        "configuration reload failed: \(error); keeping the previous configuration",
        metadata: ["GLUON2TF_EVENT": "reload-failed", "GLUON2TF_CONFIG": "\(path)"])
      daemon.notifier.reloaded(status: daemon.statistics.status)
    }
  }
}
