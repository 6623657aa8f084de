import Foundation
import Testing

@testable import watchd

/// Configuration files as editors and accidents write them (issue 11, items
/// 16 and 17): Windows line ends and byte-order marks read as meant; what
/// would silently change a value is a `file:line:` error.
@Suite("Hostile configuration files")
struct HostileConfigurationTests {
  /// `text` parsed and resolved, or the error's text.
  private func resolve(_ text: String) -> Result<WatchConfiguration, DaemonError> {
    Result { () throws(DaemonError) in
      try WatchConfiguration.resolve(file: try ConfigurationFile(text: text), overrides: [])
    }
  }

  private func error(_ text: String) -> String {
    switch resolve(text) {
    case .success: return "no error"
    case .failure(let error): return "\(error)"
    }
  }

  /// CRLF used to make one line of the whole file: `watch` became the folder
  /// `/srv/in\r\nworkers = 2\r\n…`.
  @Test func crlfLineEndsAreLineEnds() throws {
    let configuration = try resolve("watch = /srv/in\r\nworkers = 2\r\nout = /srv/out\r\n").get()
    #expect(configuration.watchDirectory == "/srv/in")
    #expect(configuration.outputDirectory == "/srv/out")
    #expect(configuration.workers == 2)
  }

  /// A leading UTF-8 byte-order mark used to give an invisible "unknown setting".
  @Test func leadingByteOrderMarkIsSkipped() throws {
    let configuration = try resolve("\u{FEFF}watch = /srv/in\nout = /srv/out\n").get()
    #expect(configuration.watchDirectory == "/srv/in")
  }

  /// A NUL used to cut the value short where C code reads it; control
  /// characters (ESC, a lone CR) hide what the value is.
  @Test func nulAndControlCharactersAreLineNumberedErrors() {
    let nul = error("watch = /srv/in\nout = /srv/out\0/x\n")
    #expect(nul.hasPrefix("configuration:2:") && nul.contains("NUL"), "\(nul)")
    let escape = error("watch = /srv/in\nout = /srv/out\n\nworkers = 2\u{1B}[2J\n")
    #expect(escape.hasPrefix("configuration:4:") && escape.contains("control"), "\(escape)")
    let carriageReturn = error("watch = /srv/in\rout = /srv/out\n")
    #expect(carriageReturn.hasPrefix("configuration:1:"), "\(carriageReturn)")
  }

  /// Bytes that are not UTF-8 used to become U+FFFD in the folder names.
  @Test func invalidUTF8IsALineNumberedError() throws {
    let folder = TestFolder("config-utf8")
    let path = folder.root + "/watchd.conf"
    var bytes = Array("watch = /srv/in\nout = /srv/".utf8)
    bytes += [0xFF, 0xFE, 0x6F, 0x75, 0x74, 0x0A]
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    do {
      _ = try ConfigurationFile(contentsOf: .init(path))
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".hasPrefix("\(path):2:"), "\(error)")
      #expect("\(error)".contains("UTF-8"), "\(error)")
    }
  }

  /// A key given twice used to keep the last value silently.
  @Test func duplicateKeyIsALineNumberedError() {
    let text = error("watch = /srv/in\nout = /srv/out\nworkers = 2\n# more\nworkers = 3\n")
    #expect(text.hasPrefix("configuration:5:"), "\(text)")
    #expect(text.contains("workers") && text.contains("line 3"), "\(text)")
  }

  /// The verification threshold is a relative error bound: above 0.
  @Test func thresholdMustBeAboveZero() {
    for value in ["-1", "0", "-1e-5"] {
      let text = error("watch = /srv/in\nout = /srv/out\nverify-threshold = \(value)\n")
      #expect(text.hasPrefix("configuration:3:"), "\(text)")
      #expect(text.contains("greater than 0"), "\(text)")
    }
  }
}
