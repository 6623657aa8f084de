public import Files
public import SystemPackage

extension MappedFile {
  /// Maps `path` for a reader of weights files: errors as ``MMapIOError``.
  public static func weights(_ path: FilePath) throws(MMapIOError) -> MappedFile {
    do { return try MappedFile(path: path) } catch { throw MMapIOError(error) }
  }
}
