internal import CLinux
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

extension Directory {
  /// Removes the entry `name` and, when it is a directory, everything in it.
  ///
  /// Made to be safe where others can write: every level is opened relative
  /// to its parent's descriptor with no symbolic link and no mount crossing
  /// (`openat2(RESOLVE_NO_SYMLINKS | RESOLVE_NO_XDEV)`), so
  /// - a symbolic link, anywhere in the tree, is unlinked as a link and its
  ///   target is never touched;
  /// - a mount point is left alone with its contents (the removal then fails
  ///   with `.mountPoint`, after removing everything else it could);
  /// - an entry swapped for a link during the walk is removed as a link.
  ///
  /// Callers use it only on what they can prove gluon2tf created.
  public func removeTree(_ name: String) throws(FileSystemError) {
    try Directory.validate(name, in: path)
    var first: FileSystemError?
    removeTree(rawName: Array(name.utf8CString), depth: 0, firstError: &first)
    if let first { throw first }
  }

  /// ``removeTree(_:)`` for a name as raw bytes (NUL-terminated), as
  /// ``rawNames()`` gives them.
  func removeTree(rawName: [CChar]) throws(FileSystemError) {
    var first: FileSystemError?
    removeTree(rawName: rawName, depth: 0, firstError: &first)
    if let first { throw first }
  }

  private func removeTree(rawName: [CChar], depth: Int, firstError: inout FileSystemError?) {
    let display = path.appending(
      String(decoding: rawName.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    func note(_ error: FileSystemError) { if firstError == nil { firstError = error } }
    let fd = rawName.withUnsafeBufferPointer { name in
      retryingInterrupts {
        g2t_openat_beneath(
          descriptor.rawValue, name.baseAddress!,
          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0, 1)
      }
    }
    if fd < 0 {
      let error = Errno.current
      switch error {
      case .notDirectory, .tooManySymbolicLinkLevels:
        // A file, or a link (to anything): unlink the name itself.
        let removed = rawName.withUnsafeBufferPointer {
          unlinkat(descriptor.rawValue, $0.baseAddress!, 0)
        }
        if removed != 0 && Errno.current != .noSuchFileOrDirectory {
          note(FileSystemError(SystemCallError("unlinkat", path: display), "cannot remove"))
        }
      case .noSuchFileOrDirectory:
        break
      case .improperLink:
        note(Directory.openFailure(path: display, errno: error))
      default:
        note(FileSystemError(SystemCallError("open", errno: error, path: display), "cannot remove"))
      }
      return
    }
    guard depth < 64 else {
      close(fd)
      note(FileSystemError(.wrongKind, "is nested too deeply to remove", path: display))
      return
    }
    let child = Directory(path: display, descriptor: FileDescriptor(rawValue: fd))
    child.removeContents(depth: depth + 1, firstError: &firstError)
    let removed = rawName.withUnsafeBufferPointer {
      unlinkat(descriptor.rawValue, $0.baseAddress!, AT_REMOVEDIR)
    }
    if removed != 0 && Errno.current != .noSuchFileOrDirectory && firstError == nil {
      note(FileSystemError(SystemCallError("rmdir", path: display), "cannot remove"))
    }
  }

  /// Removes everything inside this directory, through its own descriptor,
  /// with the guarantees of ``removeTree(_:)``; the directory itself stays.
  ///
  /// Working through the descriptor matters when the directory is one this
  /// process made: its name may have been taken over meanwhile, but the
  /// descriptor still refers to what was made.
  public func removeContents() throws(FileSystemError) {
    var first: FileSystemError?
    removeContents(depth: 0, firstError: &first)
    if let first { throw first }
  }

  private func removeContents(depth: Int, firstError: inout FileSystemError?) {
    do {
      for entry in try rawNames() {
        removeTree(rawName: entry, depth: depth, firstError: &firstError)
      }
    } catch {
      if firstError == nil {
        firstError = FileSystemError(error, "cannot list the directory to remove it")
      }
    }
  }
}
