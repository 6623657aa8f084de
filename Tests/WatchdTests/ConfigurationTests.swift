import Testing

@testable import watchd

@Suite("Configuration file and flags")
struct ConfigurationTests {
  @Test func fileThenFlagsOverride() throws {
    let file = try ConfigurationFile(
      text: """
        # gluon2tf watch
        watch = /srv/in
        out   = "/srv/out"   # trailing comment
        workers = 2
        shard-size = 16M
        on-success = keep
        settle = 250ms

        stop-timeout = 1.5s
        """)
    let configuration = try WatchConfiguration.resolve(
      file: file, overrides: [("workers", "3"), ("on-conflict", "replace")])
    #expect(configuration.watchDirectory == "/srv/in")
    #expect(configuration.outputDirectory == "/srv/out")
    #expect(configuration.workers == 3)
    #expect(configuration.shardSize == 16 << 20)
    #expect(configuration.onSuccess == .keep)
    #expect(configuration.onConflict == .replace)
    #expect(configuration.settle == .milliseconds(250))
    #expect(configuration.stopTimeout == .milliseconds(1500))
  }

  @Test func errorsNameTheLine() {
    #expect(throws: DaemonError.self) { try ConfigurationFile(text: "watch /srv/in") }
    do {
      let file = try ConfigurationFile(text: "watch = /a\nout = /b\nworkers = many\n")
      _ = try WatchConfiguration.resolve(file: file, overrides: [])
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".hasPrefix("configuration:3: invalid workers `many`"), "\(error)")
    }
    #expect(throws: DaemonError.self) {
      try WatchConfiguration.resolve(file: nil, overrides: [("watch", "/a"), ("colour", "red")])
    }
    #expect(throws: DaemonError.self) {
      try WatchConfiguration.resolve(file: nil, overrides: [("watch", "/a")])
    }
  }

  /// Durations too long for a `Duration` used to trap (SIGILL, a crash loop
  /// under `Restart=on-failure`); they are a line-numbered error now.
  @Test func hugeDurationsAreErrorsNotCrashes() {
    for text in ["1e10", "1e300", "9999999999", "1e308h", "2e7m"] {
      #expect(SettingValue.duration(text) == nil, "\(text)")
      do {
        let file = try ConfigurationFile(text: "watch = /a\nout = /b\nsettle = \(text)\n")
        _ = try WatchConfiguration.resolve(file: file, overrides: [])
        Issue.record("expected an error for settle = \(text)")
      } catch {
        #expect("\(error)".hasPrefix("configuration:3:"), "\(error)")
      }
      #expect(throws: DaemonError.self) {
        try WatchConfiguration.resolve(
          file: nil, overrides: [("watch", "/a"), ("out", "/b"), ("stop-timeout", text)])
      }
    }
    #expect(SettingValue.duration("1e9") == .seconds(1_000_000_000))
  }

  @Test func valueSyntax() {
    #expect(SettingValue.duration("2s") == .seconds(2))
    #expect(SettingValue.duration("1m") == .seconds(60))
    #expect(SettingValue.duration("30") == .seconds(30))
    #expect(SettingValue.duration("soon") == nil)
  }

  @Test func candidateNames() {
    for name in ["a.params", "resnet50_v1d.params.lz4", "my model ü 模型.params"] {
      #expect(SourceName.isCandidate(name), "\(name)")
    }
    for name in [
      ".hidden.params", "a.params.part", "a.params.tmp", "a.params~", "a.txt", ".params", "a.lz4",
    ] {
      #expect(!SourceName.isCandidate(name), "\(name)")
    }
    #expect(SourceName.numbered("a.params.lz4", 2) == "a-2.params.lz4")
  }
}
