import CLinux
public import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// `renameat2(2)` with its flags, for claims and publishing.
public enum Rename {
  /// Flags of `renameat2`.
  public struct Options: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Fail with EEXIST rather than replace the target (RENAME_NOREPLACE).
    public static let noReplace = Options(rawValue: UInt32(G2T_RENAME_NOREPLACE))
    /// Swap the two paths atomically (RENAME_EXCHANGE).
    public static let exchange = Options(rawValue: UInt32(G2T_RENAME_EXCHANGE))
  }

  /// Renames `source` to `target`. Returns `nil` on success, else the errno.
  /// The corresponding C function is `renameat2`.
  @discardableResult
  public static func move(_ source: FilePath, to target: FilePath, options: Options = [])
    -> Errno?
  {
    let result = g2t_renameat2(AT_FDCWD, source.string, AT_FDCWD, target.string, options.rawValue)
    return result == 0 ? nil : Errno.last
  }
}
