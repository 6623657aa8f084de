/// A source tensor together with its structural (`save_parameters`) name.
struct NormalizedTensor: Sendable, Hashable {
  var sourceIndex: Int
  var sourceName: String
  var structuralName: String
  var shape: [Int]

  /// `` `name` `` for structural sources, `` `name` (`structural`) `` otherwise, for messages.
  var quotedName: String {
    sourceName == structuralName
      ? "`\(sourceName)`" : "`\(sourceName)` (`\(structuralName)`)"
  }
}
