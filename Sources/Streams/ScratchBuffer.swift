/// An owned, 64-byte aligned byte buffer that grows, and shrinks when told.
///
/// Kept as a non-optional pointer so kernels never unwrap.
final class ScratchBuffer {
  private(set) var base: UnsafeMutableRawPointer
  private(set) var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    self.base = .allocate(byteCount: self.capacity, alignment: 64)
  }

  deinit { base.deallocate() }

  /// Makes room for at least `size` bytes; old contents are not kept.
  func reserve(_ size: Int) {
    guard size > capacity else { return }
    base.deallocate()
    capacity = size
    base = .allocate(byteCount: size, alignment: 64)
  }

  /// Gives back a buffer larger than `size` bytes and keeps one of `size` instead.
  func shrink(to size: Int) {
    guard capacity > max(size, 64) else { return }
    base.deallocate()
    capacity = max(size, 64)
    base = .allocate(byteCount: capacity, alignment: 64)
  }
}
