public import SystemPackage

/// GluonCV's integrity convention: its weight files are called
/// `<model>-<first 8 hex digits of the file's SHA-1>.params`
/// (`resnet101_v1d-1b2b825f.params`), and its model store checks that SHA-1
/// after a download. gluon2tf checks it too, so a file with a flipped bit is
/// refused instead of converted and verified against itself.
///
/// The rule: a name that, once `.params` is taken off, is a GluonCV ImageNet
/// model name (one of ``GluonCVRelease``'s) followed by `-` and 8 hex digits
/// claims that its bytes' SHA-1 starts with those digits. Other names claim
/// nothing, so `weights-20240101.params` (a date) is not taken for a hash. Only
/// uncompressed sources are checked: GluonCV hashed the `.params` bytes, and
/// the bytes of a `.params.lz4` file are not those (its name is not checked,
/// and it is never recognised as a release).
public enum GluonCVName {
  /// The 8 hex digits (lowercase) the file name `name` claims its SHA-1
  /// starts with; `nil` when it claims nothing or is a `.params.lz4`.
  public static func claimedPrefix(of name: String) -> String? {
    guard name.hasSuffix(".params") else { return nil }
    let stem = name.utf8.dropLast(".params".utf8.count)
    guard stem.count > 9 else { return nil }
    let digits = stem.suffix(8)
    guard stem.dropLast(8).last == UInt8(ascii: "-"), digits.allSatisfy(isHexDigit) else {
      return nil
    }
    let model = String(decoding: stem.dropLast(9), as: UTF8.self)
    guard GluonCVRelease.nameSet.contains(model) else { return nil }
    return String(decoding: digits, as: UTF8.self).lowercased()
  }

  /// Whether a source called `name` is hashed with SHA-1 for the name check
  /// and the release table: every name but a `.lz4` one.
  public static func isHashed(_ name: String) -> Bool { !name.hasSuffix(".lz4") }

  /// Checks the SHA-1 `sha1` (hex) of the file at `source` against the prefix
  /// its name claims; a name that claims none passes.
  ///
  /// - Throws: `.nameChecksumMismatch`, naming the file, the claimed prefix
  ///   and the actual SHA-1.
  public static func check(_ source: FilePath, sha1: String) throws(ConversionError) {
    guard let name = source.lastComponent?.string, let claimed = claimedPrefix(of: name),
      !sha1.lowercased().hasPrefix(claimed)
    else { return }
    throw ConversionError(
      .nameChecksumMismatch,
      "its name says its SHA-1 starts with \(claimed) (GluonCV's <model>-<sha1>.params), "
        + "but its SHA-1 is \(sha1.lowercased()): it is not the file it is named after "
        + "(damaged or altered); refused (--no-name-check, or name-check = no in the daemon, "
        + "converts it anyway)",
      source: source)
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
  }
}
