import Conversion
import Files
import Logging
import SystemPackage
import TestSupport
import Testing

@testable import watchd

/// The daemon decides what a failure means by the failed system call at the
/// bottom of the error chain, not by the wrapper's code or wording.
@Suite("Failure classification by errno")
struct ClassificationTests {
  let temporary = TemporaryDirectory()

  func processor() throws -> FileProcessor {
    let configuration = WatchConfiguration(
      watchDirectory: temporary.path.appending("in"),
      outputDirectory: temporary.path.appending("out"))
    return FileProcessor(
      configuration: configuration, folder: try WatchFolder(opening: configuration.watchDirectory),
      logger: Logger(label: "test"))
  }

  /// A converter error wrapping `errno` on `path`, two wrappers deep.
  func failure(_ code: ConversionError.Code, _ errno: Errno?, on path: FilePath) -> ConversionError
  {
    let leaf = errno.map { SystemCallError("write", errno: $0, path: path) }
    let middle = leaf.map { FileSystemError($0, "cannot write") }
    return ConversionError(code, "it failed", cause: middle)
  }

  @Test func outputSideErrnosAreEnvironmentalWhateverTheWrapperSays() throws {
    let processor = try processor()
    let out = temporary.path.appending("out/.gluon2tf-staging-job-1/x.data")
    let source = temporary.path.appending("in/.claimed/a.params")
    for errno in [Errno.noSpace, .diskQuotaExceeded, .readOnlyFileSystem] {
      for code in [ConversionError.Code.write, .invalidSource, .verification] {
        #expect(processor.classify(failure(code, errno, on: source)) == .environment)
      }
    }
    for errno in [Errno.permissionDenied, .notPermitted, .ioError] {
      #expect(processor.classify(failure(.write, errno, on: out)) == .environment)
      // The same errno on the source is not the output side's.
      #expect(processor.classify(failure(.invalidSource, errno, on: source)) == .sourceFault)
      #expect(processor.classify(failure(.write, errno, on: source)) == .internalRetry)
    }
  }

  @Test func withoutAnErrnoTheCodeDecides() throws {
    let processor = try processor()
    let path = temporary.path.appending("in/a.params")
    #expect(processor.classify(failure(.sourceChanged, nil, on: path)) == .sourceRetry)
    #expect(processor.classify(failure(.unsupportedModel, nil, on: path)) == .sourceFault)
    #expect(processor.classify(failure(.verificationFailed, nil, on: path)) == .final)
    #expect(processor.classify(failure(.write, nil, on: path)) == .internalRetry)
    #expect(processor.classify(failure(.verification, nil, on: path)) == .internalRetry)
  }

  @Test func theErrnoIsFoundThroughEveryWrapper() {
    let leaf = SystemCallError("renameat2", errno: .noSpace, path: "/x")
    let wrapped = DaemonError(FileSystemError(leaf, "cannot publish"), code: .publish)
    #expect(wrapped.errno == .noSpace)
    #expect(systemCallError(in: ConversionError(.write, "w", cause: wrapped)) == leaf)
  }
}
