import Files

/// The rules every name in an NDArray list's names table must meet, shared by
/// the mapped reader (``ParamsFile``) and the streaming one (``ParamsStreamReader``):
/// valid UTF-8, not empty, and unique.
struct NameTableRules {
  private var seen = Set<String>()

  /// Checks the table's count (at file offset `offset`) against the arrays read:
  /// 0 means a list saved without names (returns false), anything else must equal
  /// `arrayCount` (returns true).
  static func hasNames(count: UInt64, arrayCount: Int, offset: Int) throws(MMapIOError) -> Bool {
    if count == 0 { return false }
    guard count == UInt64(arrayCount) else {
      throw MMapIOError(
        .invalidNames, "names table has \(count) entries for \(arrayCount) arrays", offset: offset)
    }
    return true
  }

  /// Validates name `index`, whose bytes start at file offset `offset`.
  mutating func accept<Bytes: Collection<UInt8>>(
    _ utf8: Bytes, index: Int, offset: Int
  ) throws(MMapIOError) -> String {
    guard let name = String(validating: utf8, as: UTF8.self) else {
      throw MMapIOError(.invalidNames, "name #\(index) is not valid UTF-8", offset: offset)
    }
    guard !name.isEmpty else {
      throw MMapIOError(.invalidNames, "name #\(index) is empty", offset: offset)
    }
    guard seen.insert(name).inserted else {
      throw MMapIOError(
        .invalidNames, "duplicate name \"\(UntrustedText.capped(name))\"", tensor: name,
        offset: offset)
    }
    return name
  }
}
