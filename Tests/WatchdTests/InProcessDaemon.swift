import Foundation
import Logging
import SystemPackage

@testable import watchd

/// A `WatchDaemon` running in this process on a test folder, with its log recorded.
final class InProcessDaemon: @unchecked Sendable {
  let daemon: WatchDaemon
  let log = RecordingLogHandler.Store()
  private var task: Task<Void, any Error>?

  /// Starts a daemon on `folder` with test-friendly timings; `adjust` can change settings.
  init(
    _ folder: TestFolder, notifier: SystemdNotifier = SystemdNotifier(socketPath: nil),
    adjust: (inout WatchConfiguration) -> Void = { _ in },
    alsoLogTo extra: (@Sendable (String) -> any LogHandler)? = nil
  ) throws {
    var configuration = WatchConfiguration(
      watchDirectory: FilePath(folder.watch), outputDirectory: FilePath(folder.out))
    configuration.settle = .milliseconds(150)
    configuration.incompleteTimeout = .seconds(2)
    configuration.rescanInterval = .seconds(2)
    configuration.stopTimeout = .seconds(30)
    adjust(&configuration)
    let store = log
    let logger = Logger(label: "test") { label in
      guard let extra else { return RecordingLogHandler(store: store) }
      return MultiplexLogHandler([RecordingLogHandler(store: store), extra(label)])
    }
    daemon = try WatchDaemon(configuration: configuration, logger: logger, notifier: notifier)
    let daemon = self.daemon
    task = Task.detached { try await daemon.run() }
  }

  /// Waits until the initial scan is done.
  func ready() async -> Bool {
    await eventually(timeout: .seconds(120)) { daemon.statistics.ready }
  }

  /// Stops the daemon and waits for its loop to end.
  func stop() async throws {
    daemon.requestStop()
    try await task?.value
    task = nil
  }

  deinit { daemon.requestStop() }
}
