import CLinux
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// An `eventfd(2)` that other threads signal to wake the daemon's `poll(2)`.
final class WakeUpEvent: Sendable {
  let descriptor: FileDescriptor

  init() throws(DaemonError) {
    let fd = g2t_eventfd()
    guard fd >= 0 else { throw .systemCall("eventfd") }
    descriptor = FileDescriptor(rawValue: fd)
  }

  deinit { try? descriptor.close() }

  /// Wakes the poller (safe from any thread).
  func signal() {
    var one: UInt64 = 1
    _ = withUnsafeBytes(of: &one) { write(descriptor.rawValue, $0.baseAddress, 8) }
  }

  /// Clears pending wake-ups.
  func drain() {
    var count: UInt64 = 0
    _ = withUnsafeMutableBytes(of: &count) { read(descriptor.rawValue, $0.baseAddress, 8) }
  }
}
