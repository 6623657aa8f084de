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
/// conversion never sees it, and the pool can be sized before it exists:
/// unless `OPENBLAS_NUM_THREADS` or `OMP_NUM_THREADS` is set, one thread — batch-1
/// ResNet GEMMs gain nothing from a second on 2 cores (resnet50_v1d verify 0.33 s
/// with one thread, 0.64 s with two) and each thread maps its own buffers
/// (52 → 43 MiB peak RSS for the whole verify).
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

  private static func load() -> Result<OpenBLAS, ForwardError> {
    if getenv("OPENBLAS_NUM_THREADS") == nil && getenv("OMP_NUM_THREADS") == nil {
      setenv("OPENBLAS_NUM_THREADS", "1", 0)
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
    return .success(
      OpenBLAS(sgemm: sgemm, sgemv: sgemv, setThreads: setThreads, getThreads: getThreads))
  }
}
