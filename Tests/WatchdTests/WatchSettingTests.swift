import Foundation
import Testing

@testable import watchd

/// The settings table (`WatchSetting.all`) is the one declaration of each
/// setting: the file parser, the flags, the defaults, `--help` and the docs
/// all come from it.
@Suite("Settings table")
struct WatchSettingTests {
  @Test func defaultsComeFromTheConfiguration() {
    let defaults = Dictionary(
      uniqueKeysWithValues: WatchSetting.all.map { ($0.key, $0.defaultText) })
    #expect(defaults["watch"] == .some(nil))
    #expect(defaults["workers"] == "1")
    #expect(defaults["shard-size"] == "64M")
    #expect(defaults["settle"] == "500ms")
    #expect(defaults["stop-timeout"] == "60s")
    #expect(defaults["verify"] == "yes")
    #expect(defaults["on-success"] == "move")
    #expect(WatchSetting.named("workers")?.help.hasSuffix("(default 1)") == true)
  }

  /// Every default parses back to itself, so `--help` shows real values.
  @Test func defaultsRoundTrip() throws {
    for setting in WatchSetting.all {
      guard let text = setting.defaultText else { continue }
      var configuration = WatchConfiguration.defaults
      try setting.apply(text, to: &configuration)
      #expect(setting.value(in: configuration) == text, "\(setting.key)")
    }
  }

  /// A file of the repository.
  private func repositoryFile(_ path: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(path)
  }

  /// The shipped example sets every setting to its default.
  @Test func shippedConfigurationHoldsTheDefaults() throws {
    let file = try ConfigurationFile(contentsOf: .init(repositoryFile("systemd/watchd.conf").path))
    let configuration = try WatchConfiguration.resolve(file: file, overrides: [])
    for setting in WatchSetting.all where setting.defaultText != nil {
      #expect(
        setting.value(in: configuration) == setting.defaultText, "\(setting.key)")
    }
  }

  /// docs/watchd.md shows the table as generated from ``WatchSetting/all``.
  @Test func docsShowTheTable() throws {
    let text = try String(contentsOf: repositoryFile("docs/watchd.md"), encoding: .utf8)
    #expect(
      text.contains(WatchSetting.markdownTable),
      "docs/watchd.md's settings table is out of date; replace it with:\n\(WatchSetting.markdownTable)"
    )
  }

  /// Each row has its flag on `gluon2tf watch`, and the flag's value goes
  /// through the row's parser: a control character, valid in no setting, is
  /// refused naming the key.
  @Test func everySettingHasAWiredFlag() throws {
    for setting in WatchSetting.all {
      let (status, output) = try run(DaemonProcess.binary, ["watch", "--\(setting.key)", "\u{1}"])
      #expect(status == 2, "\(setting.key): \(output)")
      #expect(output.contains("invalid \(setting.key) `"), "\(setting.key): \(output)")
    }
  }

  /// A negative value is taken as the value (not as a flag, which gave
  /// "Missing value") and refused with the range it must be in.
  @Test func negativeValuesGetARangeError() throws {
    for arguments in [["--verify-threshold", "-1"], ["--verify-threshold=-1"]] {
      let (status, output) = try run(DaemonProcess.binary, ["watch"] + arguments)
      #expect(status == 2, "\(output)")
      #expect(output.contains("invalid verify-threshold `-1`"), "\(output)")
      #expect(output.contains("greater than 0"), "\(output)")
    }
  }

  /// Runs `path` with `arguments`; its status and its stdout and stderr together.
  private func run(_ path: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
