import Files
import SystemPackage
import Testing

/// The one place untrusted text is made safe for logs, terminals and records.
@Suite("UntrustedText")
struct UntrustedTextTests {
  @Test func controlsAndSeparatorsAreEscapedByScalarNotByCharacter() {
    // "\r\n" is one Character: an escape that walks Characters misses it.
    #expect(UntrustedText.escaped("a\r\nb") == #"a\r\nb"#)
    #expect(UntrustedText.escaped("\u{1B}]0;t\u{07}") == #"\x1B]0;t\x07"#)
    #expect(UntrustedText.escaped("\u{7F}\u{85}\u{9B}") == #"\x7F\u{85}\u{9B}"#)
    #expect(UntrustedText.escaped("a\u{2028}b\u{2029}c") == #"a\u{2028}b\u{2029}c"#)
    #expect(UntrustedText.escaped("\u{202E}txt.exe") == #"\u{202E}txt.exe"#)
    #expect(UntrustedText.escaped("é ü \"q\" \\") == "é ü \"q\" \\")
    #expect(UntrustedText.escaped(#"say "hi""#, quotes: true) == #"say \x22hi\x22"#)
  }

  @Test func longTextIsCutWithItsOriginalLength() {
    let long = String(repeating: "é", count: 10_000)  // 20,000 bytes
    let escaped = UntrustedText.escaped(long)
    #expect(escaped.hasSuffix("…[cut, 20000 bytes in all]"))
    #expect(escaped.utf8.count <= UntrustedText.limit + 40)
    let capped = UntrustedText.capped(long, limit: 11)
    #expect(capped == "ééééé…[cut, 20000 bytes in all]")
    #expect(UntrustedText.capped("short") == "short")
    // Escapes count toward the limit, so a name of controls is capped too.
    let controls = String(repeating: "\u{1B}", count: 5_000)
    #expect(UntrustedText.escaped(controls).utf8.count <= UntrustedText.limit + 40)
  }

  @Test func nonUTF8BytesAreShownAsHexNeverAsReplacementCharacters() {
    #expect(
      UntrustedText.decoding([0x61, 0xFF, 0x62, 0xC3, 0xA9, 0xE2, 0x82]) == #"a\xFFbé\xE2\x82"#)
    let bytes: [CChar] = [0x2F, 0x69, 0x6E, 0x2F, -128, 0x2E, 0x70, 0]  // "/in/\x80.p"
    let path = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { FilePath(platformString: $0) } ?? FilePath()
    }
    #expect(UntrustedText.pathText(path) == #"/in/\x80.p"#)
    #expect(UntrustedText.name(of: path) == #"\x80.p"#)
    #expect(!UntrustedText.path(path).contains("\u{FFFD}"))
  }
}
