/// One event read from an inotify descriptor.
struct InotifyEvent: Sendable, Equatable {
  /// Which watch it belongs to.
  var watch: Int32
  var mask: InotifyMask
  /// The name inside the watched directory; empty for events on the directory itself.
  var name: String

  init(watch: Int32, mask: InotifyMask, name: String) {
    self.watch = watch
    self.mask = mask
    self.name = name
  }
}
