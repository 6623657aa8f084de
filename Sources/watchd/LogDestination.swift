import Files
public import Logging
import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Where the daemon's log goes: `journal` (the native protocol), `stderr`
/// (plain lines), or `auto`: the journal when stderr is connected to it
/// (`$JOURNAL_STREAM` names stderr's device and inode, as systemd sets it for
/// a service) and the socket exists, else stderr.
public enum LogDestination: String, Sendable, CaseIterable {
  case auto, journal, stderr

  /// Resolves `auto` for this process.
  func resolved(socketPath: String = JournalTransport.defaultSocketPath) -> LogDestination {
    guard self == .auto else { return self }
    return LogDestination.stderrIsJournal() && JournalTransport.socketExists(at: socketPath)
      ? .journal : .stderr
  }

  /// A handler factory for `LoggingSystem.bootstrap`.
  public func makeFactory(socketPath: String)
    -> @Sendable (String) -> any LogHandler
  {
    if resolved(socketPath: socketPath) == .journal,
      let transport = try? JournalTransport(socketPath: socketPath)
    {
      return { label in JournalLogHandler(label: label, transport: transport) }
    }
    return { label in StderrLogHandler(label: label) }
  }

  /// Whether `$JOURNAL_STREAM` (`<device>:<inode>`) matches stderr.
  static func stderrIsJournal() -> Bool {
    guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
    let parts = value.split(separator: ":")
    guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]),
      let status = try? FileStatus.of(FileDescriptor(rawValue: 2))
    else { return false }
    return status.identity == FileIdentity(device: device, inode: inode)
  }
}
