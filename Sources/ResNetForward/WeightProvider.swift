/// Supplies float32 weights by structural name (e.g. `layer1.0.conv1.weight`,
/// `bn1.running_var`, `fc.bias`).
///
/// Layout follows the pass that asks: convolution kernels come OIHW to an `.nchw` pass and HWIO
/// to an `.nhwc` pass; `fc.weight` comes (out, in) to `.nchw` and (in, out) to `.nhwc`; vectors
/// as they are. The provider may map pages lazily and release them when `body` returns, so a
/// pass never keeps the pointer beyond `body`.
public protocol WeightProvider {
  /// Calls `body` with the values of the tensor `structuralName` and returns what it returns.
  ///
  /// - Throws: whatever the provider throws for an unknown or unreadable tensor, or what
  ///   `body` throws.
  func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R

  /// Calls `body` with the row-major matrix `structuralName` (`shape` rows × columns) in
  /// blocks of whole rows, in order, each of at most `maximumElements` values (one row at
  /// least).
  ///
  /// Why: a classifier head can be far larger than the rest of a model (300,000 classes
  /// make a 586 MiB `fc.weight`); in blocks it is never resident whole. Rows, not columns:
  /// a block of rows is contiguous, where a block of columns touches a page of every row
  /// (and the kernel maps 64 KiB around each touched page of a file). The default serves
  /// the blocks from ``withWeights(_:_:)``; providers that read a file override it and
  /// release each block's pages.
  func forEachRowBlock(
    _ structuralName: String, shape: MatrixShape, maximumElements: Int,
    _ body: (MatrixBlock) throws -> Void
  ) throws
}

/// Rows and columns of a row-major weight matrix.
public struct MatrixShape: Sendable, Hashable {
  public var rows: Int
  public var columns: Int

  public init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }

  /// Values in the matrix.
  public var count: Int { rows * columns }
}

/// Whole rows of a row-major matrix: `values[(r - rows.lowerBound) · columns + c]` is
/// element (r, c).
public struct MatrixBlock {
  public var rows: Range<Int>
  public var columns: Int
  public var values: UnsafePointer<Float>

  public init(rows: Range<Int>, columns: Int, values: UnsafePointer<Float>) {
    self.rows = rows
    self.columns = columns
    self.values = values
  }
}

extension MatrixShape {
  /// The row ranges of blocks of at most `maximumElements` values: a multiple of 64
  /// rows when more than 64 fit, so BLAS sees the same vector tails as for the whole
  /// matrix.
  public func rowBlocks(maximumElements: Int) -> [Range<Int>] {
    var per = max(1, maximumElements / max(columns, 1))
    if per > 64 { per -= per % 64 }
    return stride(from: 0, to: rows, by: per).map { $0..<Swift.min($0 + per, rows) }
  }
}

extension WeightProvider {
  public func forEachRowBlock(
    _ structuralName: String, shape: MatrixShape, maximumElements: Int,
    _ body: (MatrixBlock) throws -> Void
  ) throws {
    try withWeights(structuralName) { values in
      try MatrixBlock.forEach(
        in: values, name: structuralName, shape: shape, maximumElements: maximumElements, body)
    }
  }
}

extension MatrixBlock {
  /// Calls `body` with the row blocks of `values`, the whole matrix `shape`.
  ///
  /// - Throws: `weightSizeMismatch` when `values` does not hold `shape.count` values; what
  ///   `body` throws.
  public static func forEach(
    in values: UnsafeBufferPointer<Float>, name: String, shape: MatrixShape,
    maximumElements: Int, _ body: (MatrixBlock) throws -> Void
  ) throws {
    guard values.count == shape.count, let base = values.baseAddress else {
      throw ForwardError(
        .weightSizeMismatch,
        "weight `\(name)` has \(values.count) values; \(shape.rows)×\(shape.columns) "
          + "needs \(shape.count)", tensorName: name)
    }
    for rows in shape.rowBlocks(maximumElements: maximumElements) {
      try body(
        MatrixBlock(
          rows: rows, columns: shape.columns, values: base + rows.lowerBound * shape.columns))
    }
  }
}
