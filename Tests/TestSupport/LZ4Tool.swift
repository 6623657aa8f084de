import Foundation
public import SystemPackage

/// Runs the `lz4` command-line tool (liblz4's own compressor) on files.
public enum LZ4Tool {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// `lz4 -q -f ARGUMENTS`.
  public static func run(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["lz4", "-q", "-f"] + arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "lz4 \(arguments) exited with \(process.terminationStatus)")
    }
  }

  /// Compresses `input` into `output` with extra `options`.
  public static func compress(_ input: FilePath, _ output: FilePath, _ options: [String] = [])
    throws
  {
    try run(options + [input.string, output.string])
  }
}
