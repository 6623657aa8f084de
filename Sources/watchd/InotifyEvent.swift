/// One event read from an inotify descriptor.
public struct InotifyEvent: Sendable, Equatable {
  /// Which watch it belongs to.
  public var watch: Int32
  public var mask: InotifyMask
  /// The name inside the watched directory; empty for events on the directory itself.
  public var name: String

  public init(watch: Int32, mask: InotifyMask, name: String) {
    self.watch = watch
    self.mask = mask
    self.name = name
  }
}
