public import SystemPackage

/// The names of a checkpoint's files (docs/checkpoint-format.md §1).
public enum BundleFileNames {
  /// `PREFIX.index`
  public static func index(prefix: FilePath) -> FilePath {
    FilePath(prefix.string + ".index")
  }

  /// `PREFIX.data-SSSSS-of-NNNNN`, both numbers 5-digit zero-padded (`%05d`).
  public static func dataShard(prefix: FilePath, shard: Int, of count: Int) -> FilePath {
    FilePath(prefix.string + ".data-\(zeroPadded(shard))-of-\(zeroPadded(count))")
  }

  /// `dirname(PREFIX)/checkpoint`
  public static func checkpointState(directory: FilePath) -> FilePath {
    directory.appending("checkpoint")
  }

  /// Whether `name` is one of the files a checkpoint is made of: `checkpoint`,
  /// `*.index`, or `*.data-NNNNN-of-NNNNN`.
  public static func isCheckpointFile(_ name: String) -> Bool {
    if name == "checkpoint" { return true }
    return name.wholeMatch(of: /.+\.index/) != nil
      || name.wholeMatch(of: /.+\.data-[0-9]{5,}-of-[0-9]{5,}/) != nil
  }

  /// `%05d`: at least five digits, zero-padded.
  static func zeroPadded(_ value: Int) -> String {
    let digits = String(value)
    return digits.count >= 5 ? digits : String(repeating: "0", count: 5 - digits.count) + digits
  }

  /// A random suffix for temporary files, like TensorFlow's `.tempstate<random>`.
  static func temporarySuffix() -> String {
    ".tempstate" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
  }
}
