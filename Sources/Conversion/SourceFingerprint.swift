public import Digests
public import SystemPackage

/// What a source's SHA-1 says by GluonCV's conventions: whether its name's
/// SHA-1 prefix holds (``GluonCVName``), and which official release it is,
/// byte for byte, if any (``GluonCVRelease``).
public struct SourceFingerprint: Sendable, Equatable {
  /// The source as the user named it (its last component is what is checked).
  public var source: FilePath
  /// The SHA-1 of its bytes, lowercase hex.
  public var sha1: String

  public init(source: FilePath, sha1: String) {
    self.source = source
    self.sha1 = sha1.lowercased()
  }

  /// The 8 hex digits the name claims, if it claims any.
  public var claimedPrefix: String? {
    source.lastComponent.flatMap { GluonCVName.claimedPrefix(of: $0.string) }
  }

  /// Whether the claimed prefix holds; `nil` when the name claims none.
  public var nameMatches: Bool? { claimedPrefix.map { sha1.hasPrefix($0) } }

  /// The GluonCV model whose official weights file this is, if it is one.
  public var release: String? { GluonCVRelease.model(withSHA1: sha1) }

  /// Starts computing the SHA-1 of `source` on a thread of its own, to run
  /// beside the conversion or verification that reads the same file; `nil`
  /// when its name carries no GluonCV SHA-1 prefix (every official download
  /// does). The command line hashes only those: initialising libcrypto costs
  /// about 3 MiB of resident memory, which `convert`'s 32 MiB bound cannot
  /// spare for files that claim nothing. The daemon hashes every source.
  public static func start(_ source: FilePath) -> PendingDigests? {
    guard let name = source.lastComponent?.string, GluonCVName.claimedPrefix(of: name) != nil
    else { return nil }
    return PendingDigests.start(file: source, [.sha1])
  }

  /// The fingerprint from what ``start(_:)`` computed, with the name checked
  /// unless `nameCheck` is `false`.
  ///
  /// - Throws: `.nameChecksumMismatch`; `.invalidSource` when the name
  ///   claims a prefix, the check is on, and the file could not be hashed.
  ///   Without a claim to check, a hashing failure only means no fingerprint.
  public static func finish(
    _ pending: PendingDigests?, source: FilePath, nameCheck: Bool
  ) throws(ConversionError) -> SourceFingerprint? {
    guard let pending else { return nil }
    let mustCheck =
      nameCheck && source.lastComponent.flatMap { GluonCVName.claimedPrefix(of: $0.string) } != nil
    switch pending.wait() {
    case .success(let digests):
      guard let sha1 = digests.sha1 else { return nil }
      if nameCheck { try GluonCVName.check(source, sha1: sha1) }
      return SourceFingerprint(source: source, sha1: sha1)
    case .failure(let error):
      guard mustCheck else { return nil }
      throw ConversionError(
        .invalidSource, "cannot compute its SHA-1 to check its name: \(error.message)",
        source: source, cause: error)
    }
  }
}
