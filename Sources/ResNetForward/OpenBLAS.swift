internal import CKernels
internal import COpenBLAS

#if canImport(Glibc)
  import Glibc
#endif

/// OpenBLAS, loaded with `dlopen` the first time a forward pass runs.
///
/// Why not link it: OpenBLAS starts its thread pool when the library loads, and
/// the idle threads spin on `sched_yield` for a while. Every `gluon2tf` process
/// would pay for that, including the conversions that never run a forward pass:
/// measured on resnet50_v1d `convert --no-verify`, 2,935 `sched_yield` calls and
/// a quarter of the profile in the scheduler. Loaded on demand, a pure
/// conversion never sees it, and the library can be set up before it exists:
/// - one thread, whatever `OPENBLAS_NUM_THREADS` or `OMP_NUM_THREADS` say (see
///   ``BLASThreads``): no pool is started at all;
/// - the kernels for the CPU's SIMD, unless `OPENBLAS_CORETYPE` names some:
///   OpenBLAS 0.3.21 (Debian 12) picks its kernels from the CPU model and falls
///   back to its SSE3 "Prescott" ones on a model newer than itself (an Emerald
///   Rapids Xeon, family 6 model 207, for one). There resnet50_v1d verify spent
///   74 % of its time in `sgemm_kernel_PRESCOTT`, and took 3× the CPU time of
///   the AVX-512 kernels, which that CPU has.
///
/// The header (`COpenBLAS`) only supplies the C types; nothing links the library.
struct OpenBLAS: @unchecked Sendable {
  // @unchecked: immutable C function pointers into a library that is never unloaded.

  typealias SGEMM =
    @convention(c) (
      CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, blasint, blasint, blasint, Float,
      UnsafePointer<Float>?, blasint, UnsafePointer<Float>?, blasint, Float,
      UnsafeMutablePointer<Float>?, blasint
    ) -> Void
  typealias SGEMV =
    @convention(c) (
      CBLAS_ORDER, CBLAS_TRANSPOSE, blasint, blasint, Float, UnsafePointer<Float>?, blasint,
      UnsafePointer<Float>?, blasint, Float, UnsafeMutablePointer<Float>?, blasint
    ) -> Void
  typealias SetThreads = @convention(c) (Int32) -> Void
  typealias GetThreads = @convention(c) () -> Int32

  let sgemm: SGEMM
  let sgemv: SGEMV
  let setThreads: SetThreads
  let getThreads: GetThreads

  /// The library's soname on Debian (any of the serial, pthread or OpenMP builds).
  static let soname = "libopenblas.so.0"

  /// The loaded library, or why it could not be loaded.
  static let shared: Result<OpenBLAS, ForwardError> = load()

  /// The library, loading it if needed.
  static func require() throws(ForwardError) -> OpenBLAS {
    try shared.get()
  }

  /// OpenBLAS's name of the kernels for this CPU's SIMD (`OPENBLAS_CORETYPE`), or
  /// `nil` to leave the choice to OpenBLAS. The names are the oldest cores with
  /// those instructions, so the kernels run on every CPU that has them.
  static var coreTypeForThisCPU: String? {
    switch g2t_simd_level() {
    case 2: "SkylakeX"
    case 1: "Haswell"
    default: nil
    }
  }

  private static func load() -> Result<OpenBLAS, ForwardError> {
    // Read when the library loads, so set before `dlopen`.
    setenv("OPENBLAS_NUM_THREADS", "1", 1)
    if getenv("OPENBLAS_CORETYPE") == nil, let core = coreTypeForThisCPU {
      setenv("OPENBLAS_CORETYPE", core, 1)
    }
    guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
      let reason = dlerror().map { String(cString: $0) } ?? "unknown error"
      return .failure(
        ForwardError(
          .blasUnavailable, "cannot load \(soname) (apt-get install libopenblas0): \(reason)"))
    }
    func symbol<T>(_ name: String, as type: T.Type) -> T? {
      dlsym(handle, name).map { unsafeBitCast($0, to: type) }
    }
    guard let sgemm = symbol("cblas_sgemm", as: SGEMM.self),
      let sgemv = symbol("cblas_sgemv", as: SGEMV.self),
      let setThreads = symbol("openblas_set_num_threads", as: SetThreads.self),
      let getThreads = symbol("openblas_get_num_threads", as: GetThreads.self)
    else {
      return .failure(
        ForwardError(
          .blasUnavailable, "\(soname) lacks cblas_sgemm, cblas_sgemv or the thread calls"))
    }
    // Also when the process had loaded the library before, with a pool.
    setThreads(1)
    return .success(
      OpenBLAS(sgemm: sgemm, sgemv: sgemv, setThreads: setThreads, getThreads: getThreads))
  }
}
