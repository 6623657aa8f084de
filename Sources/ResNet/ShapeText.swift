/// Formats shapes for error messages the way the reference docs write them: `(64,3,7,7)`, `(64,)`.
enum ShapeText {
  static func describe(_ shape: [Int]) -> String {
    let body = shape.map(String.init).joined(separator: ",")
    return shape.count == 1 ? "(\(body),)" : "(\(body))"
  }
}
