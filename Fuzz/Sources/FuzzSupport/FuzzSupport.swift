// What every fuzz target shares: finding libFuzzer's corpus directory in argv,
// and writing an input to a scratch file so the real, path-based entry points
// (which mmap) are the ones fuzzed.
internal import CFuzzDriver
import Glibc
public import SystemPackage

public enum FuzzSupport {
  public typealias Arguments = UnsafeMutablePointer<
    UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  >

  /// The corpus directory (the first argument that is a directory) if it is
  /// empty, so seeds are written only once.
  public static func emptyCorpusDirectory(_ argc: UnsafeMutablePointer<CInt>, _ argv: Arguments)
    -> FilePath?
  {
    guard let arguments = argv.pointee else { return nil }
    for position in 1..<Int(argc.pointee) {
      guard let argument = arguments[position] else { continue }
      let text = String(cString: argument)
      var info = stat()
      if !text.hasPrefix("-"), stat(text, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
        return isEmpty(FilePath(text)) ? FilePath(text) : nil
      }
    }
    return nil
  }

  static func isEmpty(_ directory: FilePath) -> Bool {
    guard let handle = opendir(directory.string) else { return false }
    defer { closedir(handle) }
    var count = 0
    while readdir(handle) != nil { count += 1 }
    return count <= 2
  }

  /// Hands control to libFuzzer; each target's `<Target>_main` calls this.
  public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    g2t_fuzz_main(argc, argv)
  }

  /// Writes `bytes` to `path`, replacing it.
  public static func write(_ bytes: UnsafeRawBufferPointer, to path: FilePath) {
    let fd = open(path.string, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    if let base = bytes.baseAddress, bytes.count > 0 { _ = Glibc.write(fd, base, bytes.count) }
    close(fd)
  }
}
