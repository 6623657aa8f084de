import Files

/// The entries of the watch folder the daemon leaves alone and says so:
/// each is logged once, not at every rescan, until it goes away or another
/// file takes its name. Owned by the loop thread.
struct SkipNotices {
  private var logged: [String: FileIdentity?] = [:]

  /// Whether `name` (the file `identity`, when known) is new here: it is
  /// then remembered, and the caller logs why it is skipped.
  mutating func isNew(_ name: String, _ identity: FileIdentity?) -> Bool {
    if let seen = logged[name], seen == identity { return false }
    logged[name] = identity
    return true
  }

  /// Forgets the entries no longer in the folder.
  mutating func keep(only names: Set<String>) {
    logged = logged.filter { names.contains($0.key) }
  }
}
