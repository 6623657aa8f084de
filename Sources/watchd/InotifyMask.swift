import CLinux

/// The inotify event bits the daemon uses (`<sys/inotify.h>`).
struct InotifyMask: OptionSet, Sendable, Hashable {
  let rawValue: UInt32
  init(rawValue: UInt32) { self.rawValue = rawValue }

  /// A file opened for writing was closed (IN_CLOSE_WRITE).
  static let closeWrite = InotifyMask(rawValue: UInt32(IN_CLOSE_WRITE))
  /// An entry was created in the directory (IN_CREATE): a hard link made
  /// with `ln` gives only this event.
  static let create = InotifyMask(rawValue: UInt32(IN_CREATE))
  /// A file was moved into the directory (IN_MOVED_TO).
  static let movedTo = InotifyMask(rawValue: UInt32(IN_MOVED_TO))
  /// The event queue overflowed; events were lost (IN_Q_OVERFLOW).
  static let queueOverflow = InotifyMask(rawValue: UInt32(IN_Q_OVERFLOW))
  /// The watch was removed (IN_IGNORED), e.g. the directory was deleted.
  static let ignored = InotifyMask(rawValue: UInt32(IN_IGNORED))
  /// The watched directory itself was deleted (IN_DELETE_SELF).
  static let deleteSelf = InotifyMask(rawValue: UInt32(IN_DELETE_SELF))
  /// The watched directory itself was moved (IN_MOVE_SELF).
  static let moveSelf = InotifyMask(rawValue: UInt32(IN_MOVE_SELF))
  /// The subject is a directory (IN_ISDIR).
  static let isDirectory = InotifyMask(rawValue: UInt32(IN_ISDIR))
  /// Do not follow a symlink given as the watched path (IN_DONT_FOLLOW).
  static let dontFollow = InotifyMask(rawValue: UInt32(IN_DONT_FOLLOW))
  /// Only watch if the path is a directory (IN_ONLYDIR).
  static let onlyDirectory = InotifyMask(rawValue: UInt32(IN_ONLYDIR))
}
