public import SystemPackage

/// Small text files written durably and atomically: a temporary name in the
/// same directory, `fsync`, then `rename` over the destination. Readers see
/// the old file or the whole new one, never a part.
public enum AtomicTextFile {
  /// Writes `text` (UTF-8) to `path`.
  public static func write(_ text: String, to path: FilePath) throws(TensorBundleError) {
    let name = path.lastComponent?.string ?? "file"
    var random = SystemRandomNumberGenerator()
    let temporary = path.removingLastComponent().appending(
      ".\(name).tmp-\(String(random.next(), radix: 16))")
    try FileOperations.writeAtomically(Array(text.utf8), to: path, temporary: temporary)
  }
}
