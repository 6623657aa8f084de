public import Logging
public import ServiceLifecycle

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
  /// and SIGINT, bounded by the daemon's `stop-timeout` plus a margin.
  public static func runUntilSignalled(_ daemon: WatchDaemon, logger: Logger) async throws {
    var configuration = ServiceGroupConfiguration(
      services: [.init(service: WatchService(daemon: daemon))], logger: logger)
    configuration.gracefulShutdownSignals = [.sigterm, .sigint]
    configuration.maximumGracefulShutdownDuration = daemon.configuration.stopTimeout + .seconds(5)
    try await ServiceGroup(configuration: configuration).run()
  }
}
