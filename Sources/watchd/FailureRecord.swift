import Conversion
import Files
import Logging
import SystemPackage

/// Why a source failed: written as `failed/<name>.error.json` and logged at
/// `PRIORITY=3` (err).
struct FailureRecord: Sendable {
  /// The source's path in the watch folder.
  var source: FilePath
  var sha256: String?
  /// The machine-readable reason (`invalidSource`, `unsupportedModel`, …).
  var code: String
  var message: String
  var tensor: String?
  var offset: Int?
  var cause: String?

  /// A failure from the converter, keeping its tensor, offset and cause.
  init(source: FilePath, sha256: String?, error: ConversionError) {
    self.source = source
    self.sha256 = sha256
    code = error.code.rawValue
    message = error.message
    tensor = error.tensor
    offset = error.offset
    cause = error.cause.map { "\($0)" }
  }

  /// A failure of the daemon itself (publishing, moving files).
  init(source: FilePath, sha256: String?, error: DaemonError) {
    self.source = source
    self.sha256 = sha256
    code = error.code.rawValue
    message = error.message + (error.path.map { " (\($0))" } ?? "")
    cause = error.cause.map { "\($0)" }
  }

  /// The text of `<name>.error.json`.
  var errorJSON: String {
    var json = JSONWriter()
    json.object {
      $0.field("source", UntrustedText.name(of: source))
      if let sha256 { $0.field("sha256", sha256) }
      $0.field("code", code)
      $0.field("message", message)
      if let tensor { $0.field("tensor", tensor) }
      if let offset { $0.field("offset", offset) }
      if let cause { $0.field("cause", cause) }
      $0.field("failed", WallClock.iso8601())
    }
    return json.text + "\n"
  }

  /// The structured journal fields.
  var journalFields: Logger.Metadata {
    var fields: Logger.Metadata = [
      "GLUON2TF_OUTCOME": "failed",
      "GLUON2TF_SOURCE": "\(UntrustedText.pathText(source))",
      "GLUON2TF_ERROR_CODE": "\(code)",
    ]
    if let sha256 { fields["GLUON2TF_SHA256"] = "\(sha256)" }
    if let tensor { fields["GLUON2TF_ERROR_TENSOR"] = "\(tensor)" }
    if let offset { fields["GLUON2TF_ERROR_OFFSET"] = "\(offset)" }
    return fields
  }

  /// The one-line message.
  var logMessage: String {
    var context: [String] = [UntrustedText.name(of: source)]
    if let tensor { context.append("tensor \(tensor)") }
    if let offset { context.append("byte offset \(offset)") }
    var text = "failed " + context.joined(separator: ", ") + ": " + message
    if let cause, !cause.isEmpty { text += " (\(cause))" }
    return text
  }
}
