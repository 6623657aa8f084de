import Files
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// The handler used when the daemon is not under systemd: one line per entry
/// on stderr, `<level>: <message> KEY=value …`, each written with one `write(2)`.
///
/// Every part of the line may hold untrusted text (a dropped file's name, a
/// tensor name), whoever logged it: the message, each value and the error are
/// escaped and capped here with ``UntrustedText``, so no entry can end the line,
/// start a forged one, or send control sequences to a terminal. A value between
/// quotes has its own quotes escaped, so it cannot forge a `KEY=value` after it.
struct StderrLogHandler: LogHandler {
  var metadata: Logger.Metadata = [:]
  var metadataProvider: Logger.MetadataProvider?
  var logLevel: Logger.Level = .info
  private let label: String

  init(label: String) { self.label = label }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// The line for `event`, without the newline.
  func line(for event: LogEvent) -> String {
    var line =
      "\(event.level): "
      + UntrustedText.escaped(event.message.description, limit: UntrustedText.messageLimit)
    let merged = LogFields.merge(metadata, provider: metadataProvider, event: event.metadata)
    for (key, value) in LogFields.pairs(merged) {
      let safe = UntrustedText.escaped(value, limit: UntrustedText.pathLimit, quotes: true)
      let quoted = safe.contains(" ") || safe.isEmpty ? "\"\(safe)\"" : safe
      line += " \(UntrustedText.escaped(key, quotes: true))=\(quoted)"
    }
    if let error = event.error {
      let safe = UntrustedText.escaped("\(error)", limit: UntrustedText.messageLimit, quotes: true)
      line += " error=\"\(safe)\""
    }
    return line
  }

  func log(event: LogEvent) {
    var text = line(for: event) + "\n"
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = retryingInterrupts {
          write(2, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        }
        if written <= 0 { return }
        offset += written
      }
    }
  }
}
