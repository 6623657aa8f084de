import COpenBLAS

/// The number of threads OpenBLAS uses for every GEMM in the process.
///
/// OpenBLAS reads `OPENBLAS_NUM_THREADS` (else `OMP_NUM_THREADS`, else the core count) when the
/// library loads; `set(_:)` overrides that for the whole process. Results do not depend on the
/// count (see `GEMM`), only speed and the per-thread buffers OpenBLAS maps do.
public enum BLASThreads {
  /// The current OpenBLAS thread count.
  public static var count: Int { Int(openblas_get_num_threads()) }

  /// Sets the OpenBLAS thread count for the process (values below 1 are raised to 1).
  public static func set(_ count: Int) {
    openblas_set_num_threads(Int32(clamping: max(1, count)))
  }
}
