import CLinux
import Files
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// An inotify instance: a non-blocking descriptor that reports changes in the
/// watched directories. The corresponding C functions are `inotify_init1`,
/// `inotify_add_watch` and `read`.
final class Inotify {
  /// The descriptor, for `poll(2)`.
  let descriptor: FileDescriptor
  private var buffer: [UInt8] = Array(repeating: 0, count: 64 * 1024)

  /// Creates a non-blocking, close-on-exec inotify instance.
  init() throws(DaemonError) {
    let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard fd >= 0 else { throw .systemCall("inotify_init1") }
    descriptor = FileDescriptor(rawValue: fd)
  }

  deinit { try? descriptor.close() }

  /// Watches `path` for `mask`; returns the watch descriptor.
  @discardableResult
  func addWatch(_ path: FilePath, mask: InotifyMask) throws(DaemonError) -> Int32 {
    let watch = inotify_add_watch(descriptor.rawValue, path.string, mask.rawValue)
    guard watch >= 0 else { throw .systemCall("inotify_add_watch", path: path) }
    return watch
  }

  /// Reads every queued event; an empty array when none is queued.
  func readEvents() throws(DaemonError) -> [InotifyEvent] {
    var events: [InotifyEvent] = []
    while true {
      let count = buffer.withUnsafeMutableBytes { raw in
        retryingInterrupts { read(descriptor.rawValue, raw.baseAddress, raw.count) }
      }
      if count < 0 {
        if errno == EAGAIN { return events }
        throw .systemCall("read inotify")
      }
      if count == 0 { return events }
      buffer.withUnsafeBytes { raw in
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
          let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
          let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
          let nameLength = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          let nameStart = offset + headerSize
          let nameEnd = min(nameStart + nameLength, count)
          let name = String(
            decoding: raw[nameStart..<nameEnd].prefix { $0 != 0 }, as: UTF8.self)
          events.append(InotifyEvent(watch: watch, mask: InotifyMask(rawValue: mask), name: name))
          offset = nameStart + nameLength
        }
      }
    }
  }
}
