import Files
import MMapIO
import SystemPackage

/// Bounds what a source can make the converter write, checked against the
/// sizes its array headers declare, before the data of an array is written.
///
/// A compressed file's headers are only declarations: a few MB of `.lz4` can
/// declare gigabytes of zeros, and the names that would show the file is no
/// ResNet stand at its end. So every array is admitted before its data is
/// decoded: the total declared so far must stay within
/// ``ConversionOptions/maxSourceBytes`` (`max-source-bytes`), and the array's
/// output must fit in the free space of the file system being written.
///
/// A declaration over the limit, or larger than the whole output file system,
/// is the source's fault (``ConversionError/Code/sourceTooLarge``): it can
/// never convert here. One that only exceeds the space free right now is the
/// environment's (``ConversionError/Code/outputFull``), and may succeed later.
struct SourceSizeBudget {
  /// The largest total of declared data bytes accepted.
  let limit: Int
  let source: FilePath
  /// Where the checkpoint is written (its file system is the one checked);
  /// `nil` when nothing is written (finding a model's name).
  let output: Directory?
  /// Whether offsets count decoded bytes (an `.lz4` source) or file bytes.
  let decodedOffsets: Bool
  /// Data bytes declared by the arrays admitted so far.
  private(set) var declaredBytes = 0
  /// Output bytes of the arrays admitted so far (already written or being written).
  private(set) var outputBytes = 0

  init(limit: Int, source: FilePath, output: Directory?, decodedOffsets: Bool) {
    self.limit = limit
    self.source = source
    self.output = output
    self.decodedOffsets = decodedOffsets
  }

  /// The name of the setting, as the command line and the daemon's configuration spell it.
  static let settingName = "max-source-bytes"

  /// Admits `record`, whose transformed data takes `outputByteCount` bytes
  /// and is written next: its declaration and its room on the output file system.
  mutating func admit(_ record: NDArrayRecord, outputByteCount: Int) throws(ConversionError) {
    try declare(record)
    try reserve(outputByteCount, for: record)
  }

  /// Adds `record`'s declared data to the total, which must stay within the limit.
  mutating func declare(_ record: NDArrayRecord) throws(ConversionError) {
    let declared = declaredBytes.addingReportingOverflow(record.byteCount)
    guard !declared.overflow, declared.partialValue <= limit else {
      let total = declared.overflow ? "more than \(Int.max)" : "\(declared.partialValue)"
      throw failure(
        .sourceTooLarge,
        "the arrays up to this one declare \(total) bytes of data, more than \(Self.settingName)"
          + " allows (\(limit) bytes, \(ByteCount.format(limit))); nothing more is decoded. If the model"
          + " really is this large, raise --\(Self.settingName) (`\(Self.settingName)` in the daemon's"
          + " configuration)", record)
    }
    declaredBytes = declared.partialValue
  }

  /// Checks that `count` more output bytes (those of `record`, or of the
  /// whole checkpoint when `record` is `nil`) fit on the output file system.
  mutating func reserve(_ count: Int, for record: NDArrayRecord?) throws(ConversionError) {
    let needed = outputBytes + count
    outputBytes = needed
    // Not knowing the free space is no reason to refuse: the write itself
    // reports ENOSPC if it comes to that.
    guard let output, let capacity = try? output.capacity() else { return }
    let what = record == nil ? "the checkpoint" : "this array"
    // The staging directory's parent: the folder the user named.
    let place = output.path.removingLastComponent()
    if needed > capacity.totalBytes {
      throw failure(
        .sourceTooLarge,
        "the checkpoint would need at least \(needed) bytes, more than the whole file system of"
          + " \(place) holds (\(capacity.totalBytes) bytes); nothing more is decoded", record)
    }
    if count > capacity.availableBytes {
      throw failure(
        .outputFull,
        "\(what) needs \(count) bytes in the checkpoint but only \(capacity.availableBytes) are free"
          + " on the file system of \(place) (the disk is full); none of it was written", record)
    }
  }

  /// An error about `record` (or the whole source), placed in the file or the decoded stream.
  private func failure(_ code: ConversionError.Code, _ message: String, _ record: NDArrayRecord?)
    -> ConversionError
  {
    ConversionError(
      code, message + (record.map(decodedNote) ?? ""), source: source,
      tensor: record?.displayName, offset: record.flatMap(fileOffset))
  }

  /// The file offset of the array's header, for an uncompressed source.
  private func fileOffset(_ record: NDArrayRecord) -> Int? {
    decodedOffsets ? nil : record.headerOffset
  }

  /// Where the array's header is in the decoded stream, for a compressed source
  /// (its bytes have no file offset).
  private func decodedNote(_ record: NDArrayRecord) -> String {
    decodedOffsets ? " [array header at decoded byte \(record.headerOffset)]" : ""
  }
}
