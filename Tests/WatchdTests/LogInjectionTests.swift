import Foundation
import Logging
import SystemPackage
import TestSupport
import Testing

@testable import watchd

/// Hostile names in every log sink (issue 11, item 15): a dropped file's name
/// or a tensor's name must not forge a log line, reach a terminal as control
/// sequences, or make a record megabytes long.
@Suite("Log injection", .serialized)
struct LogInjectionTests {
  /// CR LF, ESC/OSC/BEL, DEL, a C1 control, U+2028 and quotes in one name.
  static let hostileName =
    "x\r\nerror: forged\u{1B}[31m\u{1B}]0;title\u{07}\u{7F}\u{85}\u{2028}\" GLUON2TF_OUTCOME=\"ok.params"

  /// The bytes no log line may hold: C0 controls but the newline that ends a
  /// line, DEL, and the UTF-8 of U+0085 and U+2028.
  static func rawControls(in data: Data) -> [String] {
    var found: [String] = []
    let bytes = [UInt8](data)
    for (index, byte) in bytes.enumerated() {
      if (byte < 0x20 && byte != 0x0A) || byte == 0x7F { found.append("byte \(byte) at \(index)") }
      if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { found.append("U+0085") }
      if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      {
        found.append("U+2028/9")
      }
    }
    return found
  }

  @Test func aHostileDropNameForgesNoLineInTheDaemonsStderr() async throws {
    let folder = TestFolder("inject")
    let daemon = try DaemonProcess(folder)
    #expect(await eventually { daemon.log.contains("watching") })
    let staged = folder.root + "/staged.params"
    try Samples.writeNonResNet(to: staged)
    #expect(rename(staged, folder.watch + "/" + Self.hostileName) == 0)
    #expect(await eventually { daemon.log.contains("forged") && daemon.log.contains("failed") })
    daemon.signal(SIGTERM)
    #expect(await daemon.waitForExit(timeout: .seconds(60)))

    let data = try Data(contentsOf: URL(fileURLWithPath: daemon.logPath))
    // Split at LF bytes: "\r\n" is one Character, which a split by Character keeps whole.
    let lines = data.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
    #expect(!lines.contains { $0.hasPrefix("error: forged") }, "\(lines)")
    #expect(Self.rawControls(in: data).isEmpty, "\(Self.rawControls(in: data))")
    // The quote in the name cannot close a quoted value and forge a field.
    #expect(!lines.contains { $0.contains("GLUON2TF_OUTCOME=\"ok.params\"") }, "\(lines)")
    #expect(lines.contains { $0.contains(#"\x22 GLUON2TF_OUTCOME=\x22ok.params""#) }, "\(lines)")
    #expect(lines.contains { $0.contains(#"x\r\nerror: forged\x1B[31m"#) }, "\(lines)")
  }

  @Test func aTwentyMegabyteTensorNameGivesSmallLogLinesAndErrorRecord() async throws {
    let folder = TestFolder("huge-name")
    let daemon = try DaemonProcess(folder)
    #expect(await eventually { daemon.log.contains("watching") })
    let staged = folder.root + "/staged.params"
    try NamedTensorParams.write(tensorName: NamedTensorParams.hugeName(), to: FilePath(staged))
    #expect(rename(staged, folder.watch + "/huge.params") == 0)
    let record = folder.watch + "/failed/huge.params.error.json"
    #expect(
      await eventually(timeout: .seconds(180)) { FileManager.default.fileExists(atPath: record) })
    #expect(await eventually { daemon.log.contains("failed huge.params") })
    daemon.signal(SIGTERM)
    #expect(await daemon.waitForExit(timeout: .seconds(60)))

    let size = (try FileManager.default.attributesOfItem(atPath: record)[.size] as? Int) ?? -1
    #expect(size > 0 && size < 16 << 10, "error.json is \(size) bytes")
    let json = try folder.errorReport("huge.params")
    #expect((json["message"] as? String)?.contains("bytes in all") == true)
    let log = try Data(contentsOf: URL(fileURLWithPath: daemon.logPath))
    #expect(log.count < 64 << 10, "the log is \(log.count) bytes")
    #expect(String(decoding: log, as: UTF8.self).contains("bytes in all"))
  }

  /// The stderr format: quotes in values are escaped, keys and values stay
  /// on the line, and a value cannot be megabytes long.
  @Test func stderrLinesEscapeQuotesControlsAndCapValues() {
    let handler = StderrLogHandler(label: "test")
    let event = LogEvent(
      level: .error, message: "failed \(Self.hostileName)",
      metadata: [
        "GLUON2TF_SOURCE": "\(Self.hostileName)",
        "GLUON2TF_HUGE": "\(String(repeating: "y", count: 100_000))",
      ],
      source: "test", file: #fileID, function: #function, line: #line)
    let line = handler.line(for: event)
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(!line.contains("\u{2028}"))
    #expect(line.contains(#"GLUON2TF_SOURCE="x\r\nerror: forged\x1B[31m"#))
    #expect(line.contains(#"\x22 GLUON2TF_OUTCOME=\x22ok.params""#))
    #expect(line.utf8.count < 16 << 10)
  }
}
