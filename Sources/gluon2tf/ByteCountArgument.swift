import ArgumentParser
import Conversion

/// A byte count on the command line: `67108864`, `64M`, `64MiB`, `1G`, `512K`
/// (parsed by ``ByteCount``, as the daemon's configuration is).
struct ByteCountArgument: ExpressibleByArgument, Sendable {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    guard let bytes = ByteCount.parse(argument) else { return nil }
    self.bytes = bytes
  }

  var defaultValueDescription: String { ByteCount.format(bytes) }
}
