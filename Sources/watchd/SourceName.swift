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
  /// for a free name in `processed/` or `failed/`.
  static func numbered(_ name: String, _ number: Int) -> String {
    guard number > 1 else { return name }
    for suffix in suffixes.reversed() where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count)) + "-\(number)" + suffix
    }
    return name + "-\(number)"
  }
}
