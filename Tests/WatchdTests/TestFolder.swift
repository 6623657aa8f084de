import Foundation

/// A fresh directory under /tmp with `in/` (the watch folder) and `out/`,
/// removed when the test ends.
final class TestFolder: @unchecked Sendable {
  let root: String
  var watch: String { root + "/in" }
  var out: String { root + "/out" }

  init(_ label: String = "daemon") {
    root = NSTemporaryDirectory() + "gluon2tf-\(label)-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(
      atPath: root + "/in", withIntermediateDirectories: true)
    try? FileManager.default.createDirectory(
      atPath: root + "/out", withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  /// Names in `path` (relative to the root), sorted; empty when missing.
  func list(_ path: String) -> [String] { Self.names(in: root + "/" + path) }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

  /// The published checkpoint directories in `out/` (not hidden).
  var published: [String] { list("out").filter { !$0.hasPrefix(".") } }

  /// `out/<name>/report.json` parsed.
  func report(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name)/report.json"))
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  /// The daemon's part of `out/<name>/report.json` (`watchd`).
  func provenance(_ name: String) throws -> [String: Any] {
    try report(name)["watchd"] as? [String: Any] ?? [:]
  }

  /// `in/failed/<name>.error.json` parsed.
  func errorReport(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(watch)/failed/\(name).error.json"))
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  /// Every published checkpoint is complete: its index, data shards,
  /// `checkpoint` file and report are all there.
  func publishedAreComplete() -> Bool { Self.publishedAreComplete(in: out) }

  /// Published checkpoints (names not hidden) in an output folder at `path`.
  static func published(in path: String) -> [String] {
    names(in: path).filter { !$0.hasPrefix(".") }
  }

  /// ``publishedAreComplete()`` for an output folder at any path (such as a
  /// daemon's private tmpfs seen through `/proc/<pid>/root`).
  static func publishedAreComplete(in path: String) -> Bool {
    published(in: path).allSatisfy { name in
      let files = names(in: path + "/" + name)
      return files.contains("report.json") && files.contains("checkpoint")
        && files.contains { $0.hasSuffix(".ckpt.index") }
        && files.contains { $0.contains(".data-") }
    }
  }

  /// Sorted names in the directory at `path`; empty when missing.
  static func names(in path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }
}
