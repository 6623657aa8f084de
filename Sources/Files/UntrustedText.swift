public import SystemPackage

/// Text that came from outside — a file name, a tensor name, a config value, a
/// message built from them — made safe for a sink that people read line by line
/// (the stderr log, the journal, a terminal) or that has a size (a JSON record).
///
/// Two dangers, both handled here so every sink applies the same rules:
/// - **Forged lines and terminal control.** A name may hold CR/LF (which Swift
///   treats as *one* `Character`, so an escape by `Character` misses it), ESC
///   sequences, BEL, DEL, C1 controls, U+2028/U+2029 or bidirectional overrides.
///   ``escaped(_:limit:)`` works on Unicode scalars and writes each of those as
///   a visible escape: `\n`, `\r`, `\t`, `\xNN` (C0 and DEL), `\u{NNNN}` (the rest).
///   Backslashes are left as they are: the escapes are for safety and reading,
///   not to be decoded.
/// - **Size.** A 20 MB tensor name must not make a 20 MB log line or record.
///   Every function caps its output at `limit` bytes and ends a cut text with
///   ``elisionMarker(originalBytes:)``, which gives the original length.
///
/// Non-UTF-8 bytes (a file name from the kernel) are shown as `\xNN`, never as
/// U+FFFD: ``decoding(_:)`` and ``path(_:limit:)``.
public enum UntrustedText {
  /// The most bytes one untrusted string (a name, a value) takes in any sink.
  public static let limit = 1024
  /// The most bytes one message, built from several capped parts, takes in any sink.
  public static let messageLimit = 4096
  /// The most bytes a path takes in a sink: the kernel's PATH_MAX.
  public static let pathLimit = 4096

  /// `text` on one line with nothing a terminal or a log reader acts on:
  /// controls, line separators and bidirectional controls escaped, the result
  /// at most `limit` bytes (plus the elision marker when cut). With
  /// `quotes`, `"` is escaped too (as `\x22`), for a value written between
  /// quotes: a reader finds its end at the next `"`, whatever it holds.
  public static func escaped(_ text: String, limit: Int = limit, quotes: Bool = false) -> String {
    let needsEscape = { (scalar: Unicode.Scalar) in
      UntrustedText.needsEscape(scalar) || (quotes && scalar == "\"")
    }
    // Common case: nothing to escape and short enough (one pass over the bytes).
    if text.utf8.count <= limit, !text.unicodeScalars.contains(where: needsEscape) { return text }
    var result = ""
    result.reserveCapacity(min(text.utf8.count, limit) + 32)
    var used = 0
    for scalar in text.unicodeScalars {
      let piece = needsEscape(scalar) ? escape(scalar) : String(scalar)
      guard used + piece.utf8.count <= limit else {
        return result + elisionMarker(originalBytes: text.utf8.count)
      }
      result += piece
      used += piece.utf8.count
    }
    return result
  }

  /// `text` cut to at most `limit` UTF-8 bytes on a scalar boundary, with the
  /// elision marker; nothing escaped. For sinks that escape themselves (JSON).
  public static func capped(_ text: String, limit: Int = limit) -> String {
    let total = text.utf8.count
    guard total > limit else { return text }
    var kept = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      guard used + width <= limit else { break }
      kept.append(scalar)
      used += width
    }
    return String(kept) + elisionMarker(originalBytes: total)
  }

  /// What ends a text that was cut: `…[cut, 20971520 bytes in all]`.
  public static func elisionMarker(originalBytes: Int) -> String {
    "…[cut, \(originalBytes) bytes in all]"
  }

  /// `bytes` as text: valid UTF-8 as it is, every byte of an invalid
  /// sequence as `\xNN`, so two different names never show the same.
  public static func decoding(_ bytes: some Collection<UInt8>) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let bytes = Array(bytes)
    var result = ""
    var start = 0
    while start < bytes.count {
      var parser = Unicode.UTF8.ForwardParser()
      var iterator = bytes[start...].makeIterator()
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        result.unicodeScalars.append(Unicode.UTF8.decode(encoded))
        start += encoded.count
      case .error, .emptyInput:
        let hex = String(bytes[start], radix: 16, uppercase: true)
        result += "\\x" + (hex.count < 2 ? "0" : "") + hex
        start += 1
      }
    }
    return result
  }

  /// A path for a message: its bytes through ``decoding(_:)``, escaped and capped.
  public static func path(_ path: FilePath, limit: Int = pathLimit) -> String {
    escaped(pathText(path), limit: limit)
  }

  /// The last component of `path` (a file's name) through ``pathText(_:)``.
  public static func name(of path: FilePath) -> String {
    path.lastComponent.map { pathText(FilePath(root: nil, [$0])) } ?? pathText(path)
  }

  /// A path's bytes as text, non-UTF-8 bytes as `\xNN`, not escaped or capped
  /// (for sinks that escape themselves, such as JSON).
  public static func pathText(_ path: FilePath) -> String {
    path.withPlatformString { pointer in
      var bytes: [UInt8] = []
      var index = 0
      while pointer[index] != 0 {
        bytes.append(UInt8(bitPattern: pointer[index]))
        index += 1
      }
      return decoding(bytes)
    }
  }

  // MARK: Scalars

  /// C0 controls, DEL, C1 controls, the line and paragraph separators, and the
  /// bidirectional marks, embeddings, overrides and isolates (which reorder
  /// what a reader sees) and the BOM/zero-width no-break space.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x2028, 0x2029: true
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF: true
    default: false
    }
  }

  static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      if scalar.value < 0x80 { return "\\x" + (hex.count < 2 ? "0" : "") + hex }
      return "\\u{" + hex + "}"
    }
  }
}
