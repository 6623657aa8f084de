/// How many threads OpenBLAS uses for one product: always one.
///
/// Why: OpenBLAS's threaded paths do not keep every output element's summation
/// order. With `OPENBLAS_NUM_THREADS=2`, resnet50_v1d's verification gave other
/// bits than with 1 (logits rel L2 3.80e-07 against 3.72e-07), so a metric
/// depended on the environment instead of the checkpoint. `OpenBLAS` therefore
/// loads the library with one thread whatever `OPENBLAS_NUM_THREADS` or
/// `OMP_NUM_THREADS` say, and every product runs on its caller's thread: a
/// result depends only on the operands (and on the CPU's kernels), not on the
/// thread count or scheduling. Parallelism comes from running independent
/// passes on threads of their own; the verifier runs its two paths at once,
/// one per core.
public enum BLASThreads {
  /// The OpenBLAS thread count (1 once loaded); 0 when OpenBLAS cannot be loaded.
  public static var count: Int {
    guard case .success(let blas) = OpenBLAS.shared else { return 0 }
    return Int(blas.getThreads())
  }
}
