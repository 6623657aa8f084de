import Digests

/// The rules for which names in the watch folder are sources.
enum SourceName {
  /// The accepted suffixes: MXNet weights and their LZ4-frame-compressed form.
  static let suffixes = [".params", ".params.lz4"]
  /// Names that editors, downloaders and copy tools use while writing.
  static let partialSuffixes = [".part", ".tmp", "~", ".swp", ".crdownload", ".partial"]

  /// Whether the daemon converts a file called `name`: it ends in `.params` or
  /// `.params.lz4`, is not hidden (dotfiles, including `.claimed/`), and is not
  /// a temporary or partial name (`.part`, `.tmp`, `~`, …).
  static func isCandidate(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/") else { return false }
    if partialSuffixes.contains(where: { name.hasSuffix($0) }) { return false }
    return suffixes.contains { name.hasSuffix($0) && name.count > $0.count }
  }

  /// Whether `name` is LZ4-compressed (`.params.lz4`).
  static func isCompressed(_ name: String) -> Bool { name.hasSuffix(".params.lz4") }

  /// `name` with `-<n>` before its source suffix: `a.params` → `a-2.params`,
  /// for a free name in `processed/` or `failed/`; shortened to fit
  /// ``maximumBytes`` (``fitting(_:insert:append:)``).
  static func numbered(_ name: String, _ number: Int) -> String {
    fitting(name, insert: number > 1 ? "-\(number)" : "")
  }

  /// The longest file name Linux file systems take (NAME_MAX), in bytes.
  static let maximumBytes = 255

  /// A name derived from the source's `name`: `insert` before its source
  /// suffix, `append` after it (`a.params` → `a-2.params.error.json`). When
  /// that is longer than ``maximumBytes``, the stem is cut (at a character
  /// boundary) and `~` and the first 8 hex digits of the SHA-256 of the
  /// whole `name` are put in its place, so that two long names that share
  /// their first 230 bytes still get different derived names.
  static func fitting(_ name: String, insert: String = "", append: String = "") -> String {
    let suffix = suffixes.reversed().first { name.hasSuffix($0) && name.count > $0.count } ?? ""
    let stem = String(name.dropLast(suffix.count))
    let whole = stem + insert + suffix + append
    guard whole.utf8.count > maximumBytes else { return whole }
    // Should libcrypto fail (it allocates a context), the tail is a constant:
    // a clash of two derived names is still resolved by the free-name loops.
    let digest = (try? Digest.hex(.sha256, of: name.utf8)) ?? "00000000"
    let tail = "~" + digest.prefix(8) + insert + suffix + append
    var cut = ""
    for character in stem {
      guard cut.utf8.count + character.utf8.count + tail.utf8.count <= maximumBytes else { break }
      cut.append(character)
    }
    return cut + tail
  }
}
