#if canImport(Glibc)
  import Glibc
#endif

/// Reads the process's resident-set figures from `/proc/self/status` (Linux only).
enum ProcessMemory {
  /// `VmHWM` (peak resident set) in KiB, or nil where unavailable.
  static var peakKiB: Int? { field("VmHWM:") }
  /// `VmRSS` (current resident set) in KiB, or nil where unavailable.
  static var currentKiB: Int? { field("VmRSS:") }

  /// Makes RSS track live memory: fixes glibc's mmap threshold at its 128 KiB default (it
  /// otherwise rises after large frees, so big buffers come from — and stay in — the heap)
  /// and returns free heap pages to the kernel. Without this, a pass reuses pages earlier
  /// tests freed and the peak shows nothing.
  static func releaseFreeHeap() {
    #if canImport(Glibc)
      // <malloc.h> is not part of the Glibc module: look the two calls up at run time.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      typealias MallocTrim = @convention(c) (Int) -> Int32
      let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
      if let symbol = dlsym(nil, "mallopt") {
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 * 1024)
      }
      if let symbol = dlsym(nil, "malloc_trim") {
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
      }
    #endif
  }

  /// Resets `VmHWM` to the current RSS (Linux ≥ 4.0: write 5 to `clear_refs`). Returns
  /// whether it worked.
  @discardableResult
  static func resetPeak() -> Bool {
    #if canImport(Glibc)
      let fd = open("/proc/self/clear_refs", O_WRONLY)
      guard fd >= 0 else { return false }
      defer { close(fd) }
      return write(fd, "5", 1) == 1
    #else
      return false
    #endif
  }

  private static func field(_ key: String) -> Int? {
    #if canImport(Glibc)
      let fd = open("/proc/self/status", O_RDONLY)
      guard fd >= 0 else { return nil }
      defer { close(fd) }
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 4096)
      while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4096) }
        guard n > 0 else { break }
        bytes += chunk[0..<n]
      }
      let text = String(decoding: bytes, as: UTF8.self)
      for line in text.split(separator: "\n") where line.hasPrefix(key) {
        // "VmHWM:\t   12345 kB": a tab, then padding spaces, then the number.
        let fields = line.dropFirst(key.count).split { $0 == " " || $0 == "\t" }
        return fields.first.flatMap { Int($0) }
      }
      return nil
    #else
      return nil
    #endif
  }
}
