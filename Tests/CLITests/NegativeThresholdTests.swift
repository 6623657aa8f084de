import Testing

/// `--threshold -1` used to give "Missing value" (the parser took `-1` for a
/// flag); both spellings now reach the range check (issue 11, item 17).
@Suite("Negative --threshold")
struct NegativeThresholdTests {
  @Test(arguments: [["--threshold", "-1"], ["--threshold=-1"], ["--threshold", "0"]])
  func aThresholdNotAboveZeroIsARangeError(_ threshold: [String]) throws {
    for command in [["convert", "model.params"], ["verify", "ckpt", "--params", "model.params"]] {
      let result = try Gluon2TFCommand.run(command + threshold)
      #expect(result.status == 64, "\(command) \(threshold): \(result.stderr)")
      #expect(
        result.stderr.contains("--threshold must be a number greater than 0"),
        "\(command) \(threshold): \(result.stderr)")
    }
  }
}
