import Files
import Logging

/// A swift-log handler that writes to the systemd journal over its native
/// protocol, so every metadata entry becomes a structured field that
/// `journalctl -o json` shows and `journalctl GLUON2TF_MODEL=…` matches.
///
/// Fields: `MESSAGE`, `PRIORITY` (from the level: error 3, warning 4, info 6),
/// `SYSLOG_IDENTIFIER`, `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`, `LOGGER_LABEL`,
/// and one field per metadata key, named by ``JournalEntry/fieldName(_:)``
/// (`GLUON2TF_MODEL` stays as it is; `sha256` becomes `SHA256`). An entry
/// that journald does not take is written to stderr instead, so nothing is lost.
///
/// The message, the error and every metadata value are escaped and capped with
/// ``UntrustedText`` (as on stderr): they may hold a dropped file's or a
/// tensor's name, and `journalctl` prints them to terminals. The fields this
/// handler sets itself (priority, code location, label) are the program's own.
struct JournalLogHandler: LogHandler {
  var metadata: Logger.Metadata = [:]
  var metadataProvider: Logger.MetadataProvider?
  var logLevel: Logger.Level = .info

  private let label: String
  private let identifier: String
  private let transport: JournalTransport
  private let fallback: StderrLogHandler

  /// A handler for `label` sending through `transport`, tagged `SYSLOG_IDENTIFIER=identifier`.
  init(label: String, identifier: String = "gluon2tf", transport: JournalTransport) {
    self.label = label
    self.identifier = identifier
    self.transport = transport
    self.fallback = StderrLogHandler(label: label)
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// The entry for `event`, as sent.
  func entry(for event: LogEvent) -> JournalEntry {
    var entry = JournalEntry()
    entry.append(
      "MESSAGE",
      UntrustedText.escaped(event.message.description, limit: UntrustedText.messageLimit))
    entry.append("PRIORITY", String(JournalPriority.of(event.level)))
    entry.append("SYSLOG_IDENTIFIER", identifier)
    entry.append("CODE_FILE", event.file)
    entry.append("CODE_LINE", String(event.line))
    entry.append("CODE_FUNC", event.function)
    entry.append("LOGGER_LABEL", label)
    if let error = event.error {
      entry.append("ERROR", UntrustedText.escaped("\(error)", limit: UntrustedText.messageLimit))
    }
    let merged = LogFields.merge(metadata, provider: metadataProvider, event: event.metadata)
    for (key, value) in LogFields.pairs(merged) {
      entry.append(key, UntrustedText.escaped(value, limit: UntrustedText.pathLimit))
    }
    return entry
  }

  func log(event: LogEvent) {
    do {
      try transport.send(entry(for: event))
    } catch {
      var line = event
      line.metadata = LogFields.merge(metadata, provider: metadataProvider, event: event.metadata)
      fallback.log(event: line)
    }
  }
}
