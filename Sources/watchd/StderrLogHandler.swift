import Files
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// The handler used when the daemon is not under systemd: one line per entry
/// on stderr, `<level>: <message> KEY=value …`, each written with one `write(2)`.
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
    var line = "\(event.level): \(event.message)"
    let merged = LogFields.merge(metadata, provider: metadataProvider, event: event.metadata)
    for (key, value) in LogFields.pairs(merged) {
      let quoted = value.contains(" ") || value.isEmpty ? "\"\(value)\"" : value
      line += " \(key)=\(quoted)"
    }
    if let error = event.error { line += " error=\"\(error)\"" }
    return line.replacingNewlines()
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

extension String {
  /// The text on one line: newlines become `\n` escapes.
  fileprivate func replacingNewlines() -> String {
    guard contains("\n") else { return self }
    return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
  }
}
