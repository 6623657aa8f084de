import Files
import FoundationEssentials
import SystemPackage

/// What a restart reads back from a published checkpoint's `report.json`:
/// the `watchd` object that names the source and its SHA-256. Decoded with a
/// JSON parser, so a checkpoint is recognised by what its report says, not by
/// a text search.
struct PublishedReport: Decodable {
  struct Provenance: Decodable {
    var sourceName: String
    var sha256: String
  }

  var watchd: Provenance?

  /// The report in the checkpoint directory `directory`, or `nil` when there
  /// is none or it is not one of the daemon's.
  static func read(in directory: Directory) -> PublishedReport? {
    guard let bytes = try? directory.read("report.json", limit: 1 << 20) else { return nil }
    return try? JSONDecoder().decode(PublishedReport.self, from: Data(bytes))
  }

  /// A checkpoint in `out` whose report records `source` with `sha256`: how a
  /// restart recognises a conversion that was published just before a crash,
  /// so it is not converted twice.
  static func findPublished(source: String, sha256: String, in out: Directory) -> FilePath? {
    for name in (try? out.names()) ?? [] where !name.hasPrefix(".") {
      guard let checkpoint = try? out.openDirectory(name, sameMount: true),
        let provenance = read(in: checkpoint)?.watchd
      else { continue }
      if provenance.sourceName == source && provenance.sha256 == sha256 {
        return checkpoint.path
      }
    }
    return nil
  }
}
