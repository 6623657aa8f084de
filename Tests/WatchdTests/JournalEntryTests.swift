import Logging
import Testing

@testable import watchd

@Suite("Journal native protocol")
struct JournalEntryTests {
  @Test func plainAndBinaryFields() {
    var entry = JournalEntry()
    entry.append("MESSAGE", "hello")
    entry.append("GLUON2TF_NOTE", "two\nlines")
    let expected: [UInt8] =
      Array("MESSAGE=hello\nGLUON2TF_NOTE\n".utf8) + [9, 0, 0, 0, 0, 0, 0, 0]
      + Array("two\nlines\n".utf8)
    #expect(entry.serialized == expected)
  }

  @Test func fieldNamesAreMadeValid() {
    #expect(JournalEntry.fieldName("GLUON2TF_MODEL") == "GLUON2TF_MODEL")
    #expect(JournalEntry.fieldName("sha256") == "SHA256")
    #expect(JournalEntry.fieldName("sl-signal") == "SL_SIGNAL")
    #expect(JournalEntry.fieldName("_PID") == "F_PID")
    #expect(JournalEntry.fieldName("9lives") == "F9LIVES")
    #expect(JournalEntry.fieldName(String(repeating: "A", count: 100)).count == 64)
  }

  @Test func handlerMapsLevelsAndMetadata() throws {
    let handler = JournalLogHandler(
      label: "t", transport: try JournalTransport(socketPath: "/nonexistent"))
    let event = LogEvent(
      level: .warning, message: "over threshold", metadata: ["GLUON2TF_MODEL": "resnet18_v1b"],
      source: "Daemon", file: "F.swift", function: "f()", line: 7)
    let entry = handler.entry(for: event)
    #expect(entry.value(of: "PRIORITY") == "4")
    #expect(entry.value(of: "MESSAGE") == "over threshold")
    #expect(entry.value(of: "GLUON2TF_MODEL") == "resnet18_v1b")
    #expect(entry.value(of: "SYSLOG_IDENTIFIER") == "gluon2tf")
    #expect(entry.value(of: "CODE_LINE") == "7")
  }

  @Test func stderrLinesCarryTheFields() {
    let handler = StderrLogHandler(label: "t")
    let event = LogEvent(
      level: .error, message: "failed x.params", metadata: ["GLUON2TF_ERROR_CODE": "invalidSource"],
      source: "Daemon", file: "F.swift", function: "f()", line: 1)
    #expect(handler.line(for: event) == "error: failed x.params GLUON2TF_ERROR_CODE=invalidSource")
  }
}
