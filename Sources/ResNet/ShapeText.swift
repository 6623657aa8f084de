/// Formats shapes for error messages the way the docs write them (docs/params-format.md,
/// docs/naming.md): `(64,3,7,7)`, `(64,)`.
enum ShapeText {
  static func describe(_ shape: [Int]) -> String {
    let body = shape.map(String.init).joined(separator: ",")
    return shape.count == 1 ? "(\(body),)" : "(\(body))"
  }
}
