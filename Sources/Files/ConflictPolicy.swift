/// What publishing does when the destination name is taken.
public enum ConflictPolicy: String, Sendable, CaseIterable {
  /// Refuse: the existing entry stays, the new result is discarded.
  case fail
  /// Swap the new result in with one atomic exchange, then remove the old
  /// one: only when it is a result of the same kind (see ``ReplaceRule``).
  case replace
  /// Publish as `<name>-2`, `<name>-3`, … instead.
  case suffix
}

/// What may be replaced: a directory that holds nothing but the files a
/// published result is made of, and that has nothing to do with the paths
/// gluon2tf must never touch (the source, the watch folder).
public struct ReplaceRule: Sendable {
  /// Whether a file name is one of a result's own (`checkpoint`, `*.index`, …).
  public var isOwnFile: @Sendable (String) -> Bool
  /// What the replaced directory must not be, contain, or be inside.
  public var protected: [Ancestry]

  public init(isOwnFile: @escaping @Sendable (String) -> Bool, protected: [Ancestry] = []) {
    self.isOwnFile = isOwnFile
    self.protected = protected
  }
}
