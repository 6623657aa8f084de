internal import COpenBLAS

/// Row-major single-precision matrix products through OpenBLAS.
///
/// Every call runs on the caller's thread (``BLASThreads``), so every output element is summed
/// in an order fixed by the operands' shapes: results are reproducible whatever the thread
/// count or timing, and two threads may call at once.
enum GEMM {
  /// `C[m×n] = A[m×k] · B[k×n]` (row-major, leading dimensions in elements, β = 0).
  static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    // `ForwardPass` loads the library before any layer runs (`OpenBLAS.require()`).
    guard case .success(let blas) = OpenBLAS.shared else { return }
    blas.sgemm(
      CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
      a, Int32(lda), b, Int32(ldb), 0, c, Int32(ldc))
  }

  /// `y[m] = A[m×n] · x[n]` (`transposed` false) or `y[n] = Aᵀ · x[m]` (`transposed` true),
  /// for a row-major `A` with `m` rows and `n` columns; `accumulate` adds to `y` (β = 1)
  /// instead of overwriting it.
  static func multiplyVector(
    m: Int, n: Int, a: UnsafePointer<Float>, transposed: Bool,
    x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>, accumulate: Bool = false
  ) {
    guard case .success(let blas) = OpenBLAS.shared else { return }
    blas.sgemv(
      CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), 1,
      a, Int32(n), x, 1, accumulate ? 1 : 0, y, 1)
  }
}
