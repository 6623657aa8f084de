import Foundation
public import SystemPackage

/// GNU coreutils' digest tools, an oracle independent of gluon2tf's hashing.
public enum Coreutils {
  /// The hex digest `tool` (`sha256sum`, `sha1sum`) prints for the file at `path`.
  public static func digest(_ tool: String, of path: FilePath) throws -> String {
    let pipe = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
    process.arguments = [path.string]
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return String(output.prefix { $0 != " " })
  }
}
