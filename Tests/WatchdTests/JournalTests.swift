import Foundation
import Logging
import Testing

@testable import watchd

/// The journal handler against a real systemd-journald, read back with journalctl.
@Suite("Journal (real systemd-journald)", .serialized, .enabled(if: Journald.isAvailable))
struct JournalTests {
  @Test func fieldsPriorityAndLargeEntriesRoundTrip() throws {
    let journald = try Journald()
    let transport = try JournalTransport(socketPath: journald.socketPath)
    let run = UUID().uuidString
    var logger = Logger(label: "gluon2tf.test") {
      JournalLogHandler(label: $0, transport: transport)
    }
    logger[metadataKey: "GLUON2TF_TEST_RUN"] = "\(run)"
    logger.warning(
      "over threshold", metadata: ["GLUON2TF_MODEL": "resnet50_v1d", "GLUON2TF_NOTE": "two\nlines"])
    // Larger than a datagram may be (SO_SNDBUF): goes through a sealed memfd.
    let large = String(repeating: "x", count: 600_000)
    logger.error("\(large)", metadata: ["GLUON2TF_KIND": "large"])

    let entries = try journald.entries("GLUON2TF_TEST_RUN", run, count: 2)
    #expect(entries.count == 2)
    let small = try #require(entries.first { $0["GLUON2TF_MODEL"] != nil })
    #expect(small["MESSAGE"] as? String == "over threshold")
    #expect(small["PRIORITY"] as? String == "4")
    #expect(small["SYSLOG_IDENTIFIER"] as? String == "gluon2tf")
    #expect(small["GLUON2TF_MODEL"] as? String == "resnet50_v1d")
    #expect(small["GLUON2TF_NOTE"] as? String == "two\nlines")
    #expect(small["_PID"] as? String == "\(getpid())")
    let big = try #require(entries.first { $0["GLUON2TF_KIND"] as? String == "large" })
    #expect((big["MESSAGE"] as? String)?.count == large.count)
    #expect(big["PRIORITY"] as? String == "3")
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
