public import Files
public import SystemPackage

/// The daemon's configuration file: one `key = value` per line.
///
/// `#` starts a comment (at the start of a line or after whitespace), blank
/// lines are ignored, whitespace around keys and values is trimmed, and a value
/// may be wrapped in double quotes to keep leading or trailing spaces. Keys are
/// the long flag names of `gluon2tf watch` (`watch`, `out`, `workers`, …); a key
/// given twice keeps its last value.
public struct ConfigurationFile: Sendable {
  /// The settings in file order, with their line numbers.
  var entries: [(key: String, value: String, line: Int)]

  /// Parses `text`; `origin` names the file in errors.
  init(text: String, origin: String = "configuration") throws(DaemonError) {
    entries = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = ConfigurationFile.stripComment(raw).trimmed
      if line.isEmpty { continue }
      guard let equals = line.firstIndex(of: "=") else {
        throw DaemonError(
          .configuration, "\(origin):\(index + 1): expected `key = value`, found `\(line)`")
      }
      let key = line[..<equals].trimmed
      var value = line[line.index(after: equals)...].trimmed
      if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") {
        value = String(value.dropFirst().dropLast())
      }
      guard !key.isEmpty else {
        throw DaemonError(.configuration, "\(origin):\(index + 1): missing key before `=`")
      }
      entries.append((key, value, index + 1))
    }
  }

  /// Reads and parses the file at `path`.
  public init(contentsOf path: FilePath) throws(DaemonError) {
    let bytes: [UInt8]
    do {
      let descriptor = try ReadOnlyFile.open(path)
      defer { try? descriptor.close() }
      bytes = try ReadOnlyFile.readAll(descriptor, path: path, limit: 1 << 20)
    } catch {
      throw DaemonError(error, code: .configuration)
    }
    try self.init(text: String(decoding: bytes, as: UTF8.self), origin: path.string)
  }

  /// The line without a `#` comment; a `#` inside double quotes is kept.
  static func stripComment(_ line: Substring) -> Substring {
    var quoted = false
    var previous: Character = " "
    for index in line.indices {
      let character = line[index]
      if character == "\"" { quoted.toggle() }
      if character == "#" && !quoted
        && (previous == " " || previous == "\t" || index == line.startIndex)
      {
        return line[..<index]
      }
      previous = character
    }
    return line
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces, tabs and carriage returns.
  var trimmed: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
