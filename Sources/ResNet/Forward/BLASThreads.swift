/// The number of threads OpenBLAS uses for every GEMM in the process.
///
/// OpenBLAS is loaded on first use (see `OpenBLAS`): with one thread unless
/// `OPENBLAS_NUM_THREADS` or `OMP_NUM_THREADS` asks for more; `set(_:)` overrides
/// that for the whole process. Results do not depend on the
/// count (see `GEMM`), only speed and the per-thread buffers OpenBLAS maps do.
public enum BLASThreads {
  /// The current OpenBLAS thread count.
  /// 0 when OpenBLAS cannot be loaded.
  public static var count: Int {
    guard case .success(let blas) = OpenBLAS.shared else { return 0 }
    return Int(blas.getThreads())
  }

  /// Sets the OpenBLAS thread count for the process (values below 1 are raised to 1).
  public static func set(_ count: Int) {
    guard case .success(let blas) = OpenBLAS.shared else { return }
    blas.setThreads(Int32(clamping: max(1, count)))
  }
}
