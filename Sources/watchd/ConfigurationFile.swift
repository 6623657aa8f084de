import Files
public import SystemPackage

/// The daemon's configuration file: one `key = value` per line, in UTF-8.
///
/// `#` starts a comment (at the start of a line or after whitespace), blank
/// lines are ignored, whitespace around keys and values is trimmed, and a value
/// may be wrapped in double quotes to keep leading or trailing spaces. Keys are
/// the long flag names of `gluon2tf watch` (`watch`, `out`, `workers`, …).
///
/// Files written on Windows read as written: a leading byte-order mark and
/// CRLF line ends are accepted. What would silently change a value is a
/// `file:line:` error instead: a NUL or another control character, bytes that
/// are not UTF-8, and a key given twice.
public struct ConfigurationFile: Sendable {
  /// The settings in file order, with their line numbers.
  var entries: [(key: String, value: String, line: Int)]
  /// The file's name in errors.
  let origin: String

  /// Parses `text`; `origin` names the file in errors.
  init(text: String, origin: String = "configuration") throws(DaemonError) {
    try self.init(bytes: Array(text.utf8), origin: origin)
  }

  /// Parses the file's bytes; `origin` names the file in errors.
  init(bytes: [UInt8], origin: String) throws(DaemonError) {
    self.origin = origin
    entries = []
    let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
    var firstLine: [String: Int] = [:]
    for (index, rawLine) in body.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = index + 1
      func problem(_ message: String) -> DaemonError {
        DaemonError(.configuration, "\(origin):\(number): \(message)")
      }
      let lineBytes = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
      guard let text = String(validating: lineBytes, as: UTF8.self) else {
        throw problem("not valid UTF-8 (the file must be UTF-8 text)")
      }
      if let control = text.unicodeScalars.first(where: {
        $0.properties.generalCategory == .control && $0 != "\t"
      }) {
        let name =
          control == "\0" ? "a NUL byte" : "the control character \(control.escaped(asASCII: true))"
        throw problem("contains \(name)")
      }
      let line = ConfigurationFile.stripComment(Substring(text)).trimmed
      if line.isEmpty { continue }
      guard let equals = line.firstIndex(of: "=") else {
        throw problem("expected `key = value`, found `\(line)`")
      }
      let key = line[..<equals].trimmed
      var value = line[line.index(after: equals)...].trimmed
      if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") {
        value = String(value.dropFirst().dropLast())
      }
      guard !key.isEmpty else { throw problem("missing key before `=`") }
      if let earlier = firstLine[key] {
        throw problem("`\(key)` is set again (first on line \(earlier)): give each key once")
      }
      firstLine[key] = number
      entries.append((key, value, number))
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
    try self.init(bytes: bytes, origin: path.string)
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
  /// Without leading and trailing spaces and tabs.
  var trimmed: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
