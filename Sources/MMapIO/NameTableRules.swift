/// The rules every name in an NDArray list's names table must meet, shared by
/// the mapped reader (``ParamsFile``) and the streaming one (``ParamsStreamReader``):
/// valid UTF-8, not empty, and unique.
struct NameTableRules {
  private var seen = Set<String>()

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
      throw MMapIOError(.invalidNames, "duplicate name \"\(name)\"", tensor: name, offset: offset)
    }
    return name
  }
}
