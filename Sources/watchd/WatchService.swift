public import Logging
public import ServiceLifecycle
import UnixSignals

/// The daemon as a swift-service-lifecycle `Service`: `run()` returns once
/// the daemon has stopped after a graceful shutdown (SIGTERM/SIGINT through a
/// `ServiceGroup`) or a task cancellation.
public struct WatchService: Service {
  let daemon: WatchDaemon

  init(daemon: WatchDaemon) { self.daemon = daemon }

  public func run() async throws {
    let daemon = self.daemon
    try await withGracefulShutdownHandler {
      try await withTaskCancellationHandler {
        try await daemon.run()
      } onCancel: {
        daemon.requestStop()
      }
    } onGracefulShutdown: {
      daemon.requestStop()
    }
  }

  /// Runs `daemon` in a `ServiceGroup` that shuts down gracefully on SIGTERM
  /// and SIGINT, bounded by the daemon's `stop-timeout` plus a margin. SIGHUP
  /// reloads the settings from `source` (see ``ConfigurationReloader``).
  public static func runUntilSignalled(
    _ daemon: WatchDaemon, reloadingFrom source: ConfigurationSource, logger: Logger
  ) async throws {
    var configuration = ServiceGroupConfiguration(
      services: [.init(service: WatchService(daemon: daemon))], logger: logger)
    configuration.gracefulShutdownSignals = [.sigterm, .sigint]
    // A reload may lengthen stop-timeout. Past this bound the group only
    // cancels the service, which asks the daemon for the same stop, so the
    // daemon's current stop-timeout still governs.
    configuration.maximumGracefulShutdownDuration = daemon.configuration.stopTimeout + .seconds(5)
    let reloader = ConfigurationReloader(
      source: source, daemon: daemon, startup: daemon.configuration)
    // Trapped before the group runs: from here on SIGHUP no longer kills the process.
    let hangups = await UnixSignalsSequence(trapping: .sighup)
    try await withThrowingTaskGroup(of: Void.self) { tasks in
      tasks.addTask {
        for await _ in hangups { reloader.reload() }
      }
      defer { tasks.cancelAll() }
      try await ServiceGroup(configuration: configuration).run()
    }
  }
}
