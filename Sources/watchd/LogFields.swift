import Logging

/// Turns swift-log metadata into `(NAME, value)` pairs for the journal and
/// for stderr lines, in a stable (sorted) order.
enum LogFields {
  static func merge(
    _ handler: Logger.Metadata, provider: Logger.MetadataProvider?, event: Logger.Metadata?
  ) -> Logger.Metadata {
    var merged = handler
    if let provided = provider?.get() { merged.merge(provided) { _, new in new } }
    if let event { merged.merge(event) { _, new in new } }
    return merged
  }

  static func text(_ value: Logger.Metadata.Value) -> String {
    switch value {
    case .string(let string): return string
    case .stringConvertible(let convertible): return convertible.description
    case .array, .dictionary: return value.description
    }
  }

  static func pairs(_ metadata: Logger.Metadata) -> [(String, String)] {
    metadata.keys.sorted().compactMap { key in metadata[key].map { (key, text($0)) } }
  }
}
