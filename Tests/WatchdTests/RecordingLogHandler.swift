import Logging
import Synchronization

/// Keeps log entries in memory so tests can check messages and fields.
struct RecordingLogHandler: LogHandler {
  /// One recorded entry.
  struct Entry: Sendable {
    var level: Logger.Level
    var message: String
    var metadata: [String: String]
  }

  /// Shared storage for every handler made by one ``factory``.
  final class Store: Sendable {
    private let entries = Mutex<[Entry]>([])
    func append(_ entry: Entry) { entries.withLock { $0.append(entry) } }
    var all: [Entry] { entries.withLock { $0 } }
    func with(outcome: String) -> [Entry] {
      all.filter { $0.metadata["GLUON2TF_OUTCOME"] == outcome }
    }
  }

  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .debug
  let store: Store

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    var fields: [String: String] = [:]
    for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
      fields[key] = "\(value)"
    }
    store.append(Entry(level: event.level, message: "\(event.message)", metadata: fields))
  }
}
