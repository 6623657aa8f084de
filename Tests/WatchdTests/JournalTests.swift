import Foundation
import Logging
import Testing

@testable import watchd

/// The journal handler against a real systemd-journald, read back with journalctl.
@Suite("Journal (real systemd-journald)", .serialized, .enabled(if: Journald.isAvailable))
struct JournalTests {
  /// A logger to the journal whose entries all carry `GLUON2TF_TEST_RUN=run`.
  static func logger(to transport: JournalTransport, run: String) -> Logger {
    var logger = Logger(label: "gluon2tf.test") {
      JournalLogHandler(label: $0, transport: transport)
    }
    logger[metadataKey: "GLUON2TF_TEST_RUN"] = "\(run)"
    return logger
  }

  @Test func fieldsPriorityAndLargeEntriesRoundTrip() throws {
    let journald = try Journald()
    let transport = try JournalTransport(socketPath: journald.socketPath)
    let run = UUID().uuidString
    let logger = Self.logger(to: transport, run: run)
    logger.warning(
      "over threshold", metadata: ["GLUON2TF_MODEL": "resnet50_v1d", "GLUON2TF_NOTE": "two\nlines"])
    // Larger than a datagram may be (SO_SNDBUF): goes through a sealed memfd.
    // Sent through the transport, since the handler caps what it logs.
    let large = String(repeating: "x", count: 600_000)
    var entry = JournalEntry()
    entry.append("MESSAGE", large)
    entry.append("PRIORITY", "3")
    entry.append("GLUON2TF_KIND", "large")
    entry.append("GLUON2TF_TEST_RUN", run)
    try transport.send(entry)

    let entries = try journald.entries("GLUON2TF_TEST_RUN", run, count: 2)
    #expect(entries.count == 2)
    let small = try #require(entries.first { $0["GLUON2TF_MODEL"] != nil })
    #expect(small["MESSAGE"] as? String == "over threshold")
    #expect(small["PRIORITY"] as? String == "4")
    #expect(small["SYSLOG_IDENTIFIER"] as? String == "gluon2tf")
    #expect(small["GLUON2TF_MODEL"] as? String == "resnet50_v1d")
    // Escaped like every logged value: a newline may not reach a reader's terminal.
    #expect(small["GLUON2TF_NOTE"] as? String == #"two\nlines"#)
    #expect(small["_PID"] as? String == "\(getpid())")
    let big = try #require(entries.first { $0["GLUON2TF_KIND"] as? String == "large" })
    #expect((big["MESSAGE"] as? String)?.count == large.count)
    #expect(big["PRIORITY"] as? String == "3")
  }

  /// A hostile name in the message and in a field reaches the journal
  /// escaped and capped: no control character, no line separator, no
  /// megabytes (issue 11, item 15).
  @Test func hostileTextIsEscapedAndCappedInTheJournal() throws {
    let journald = try Journald()
    let transport = try JournalTransport(socketPath: journald.socketPath)
    let run = UUID().uuidString
    let logger = Self.logger(to: transport, run: run)
    let hostile = "x\r\nerror: forged\u{1B}[31m\u{07}\u{7F}\u{85}\u{2028}.params"
    let huge = String(repeating: "t", count: 2_000_000)
    logger.error(
      "failed \(hostile), tensor \(huge)",
      metadata: ["GLUON2TF_SOURCE": "\(hostile)", "GLUON2TF_ERROR_TENSOR": "\(huge)"])

    let entry = try #require(try journald.entries("GLUON2TF_TEST_RUN", run, count: 1).first)
    let message = try #require(entry["MESSAGE"] as? String)
    let source = try #require(entry["GLUON2TF_SOURCE"] as? String)
    let tensor = try #require(entry["GLUON2TF_ERROR_TENSOR"] as? String)
    for value in [message, source, tensor] {
      #expect(
        !value.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
      #expect(!value.contains("\u{2028}"))
      #expect(value.utf8.count < 8 << 10)
    }
    #expect(source == #"x\r\nerror: forged\x1B[31m\x07\x7F\u{85}\u{2028}.params"#)
    #expect(message.hasPrefix(#"failed x\r\nerror: forged"#))
    #expect(tensor.hasSuffix("…[cut, 2000000 bytes in all]"))
  }

  /// Every conversion logs its structured fields; a failure logs at err.
  @Test func conversionsLogStructuredFields() async throws {
    let journald = try Journald()
    let transport = try JournalTransport(socketPath: journald.socketPath)
    let folder = TestFolder("journal")
    let daemon = try InProcessDaemon(
      folder, alsoLogTo: { JournalLogHandler(label: $0, transport: transport) })
    #expect(await daemon.ready())
    try Samples.copy(to: folder.watch + "/good.params")
    try Samples.writeNonResNet(to: folder.watch + "/bad.params")

    let converted = try journald.entries("GLUON2TF_OUTCOME", "converted", timeout: .seconds(60))
    let entry = try #require(converted.first)
    #expect(entry["PRIORITY"] as? String == "6")
    #expect(entry["GLUON2TF_MODEL"] as? String == "resnet18_v1b")
    #expect(entry["GLUON2TF_SOURCE"] as? String == folder.watch + "/good.params")
    #expect((entry["GLUON2TF_SHA256"] as? String)?.count == 64)
    #expect(entry["GLUON2TF_TENSORS"] as? String == "102")
    #expect(Int(entry["GLUON2TF_BYTES"] as? String ?? "") ?? 0 > 40_000_000)
    #expect(entry["GLUON2TF_SHARDS"] as? String == "1")
    #expect(Int(entry["GLUON2TF_DURATION_MS"] as? String ?? "") != nil)
    #expect(Int(entry["GLUON2TF_PEAK_RSS"] as? String ?? "") ?? 0 > 0)
    #expect(Double(entry["GLUON2TF_LOGITS_REL_L2"] as? String ?? "") ?? 1 < 1e-5)
    #expect(Double(entry["GLUON2TF_MAX_ABS"] as? String ?? "") != nil)
    #expect(entry["GLUON2TF_TOP1_AGREE"] as? String == "1")
    #expect(Double(entry["GLUON2TF_STAGE_C3_REL_L2"] as? String ?? "") != nil)

    let failed = try journald.entries("GLUON2TF_OUTCOME", "failed", timeout: .seconds(120))
    let failure = try #require(failed.first)
    #expect(failure["PRIORITY"] as? String == "3")
    #expect(failure["GLUON2TF_ERROR_CODE"] as? String == "unsupportedModel")
    #expect(failure["GLUON2TF_SOURCE"] as? String == folder.watch + "/bad.params")
    try await daemon.stop()
  }
}
