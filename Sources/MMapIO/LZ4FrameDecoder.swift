internal import CLZ4
public import Files
public import SystemPackage

/// Decodes a mapped `.lz4` file (LZ4 frame format) front to back, one bounded
/// chunk at a time, with liblz4's frame API.
///
/// - One pass: compressed pages are released behind the cursor
///   (``MappedFile/releaseBehind(_:)``), and decoded bytes land in one reused
///   buffer of `max(largest block size, 1 MiB)` bytes, so the resident set is
///   a few MiB whatever the file size.
/// - Several concatenated frames decode as one stream (what `cat a.lz4 b.lz4`
///   gives, and what `lz4` itself accepts); skippable frames are skipped.
/// - liblz4 checks the header checksum, block checksums and the declared
///   content size when the frame carries them. The content checksum (XXH32 of
///   the decoded bytes, on by default in `lz4`) is computed on a second thread
///   (``FrameChecksumThread``) while the caller processes the chunk, and
///   compared at the frame's end; a mismatch is raised by the next call at the
///   latest, so the final `nil` is returned only once every frame has been
///   checked. Frames that also carry block checksums (`lz4 -BX`) are left to
///   liblz4 entirely. Frames written with `--no-frame-crc` are simply not checked.
/// - Input is fed to liblz4 in the sizes it asks for (one block at a time), so
///   blocks decode straight from the mapping into the output buffer, and an
///   error names the compressed offset of the failing block.
///
/// The frame structure is walked once at open (``LZ4FrameLayout``): a file that
/// is not LZ4, is cut short, or has garbage after its last frame is refused
/// before anything is decoded.
///
/// The corresponding C functions are `LZ4F_createDecompressionContext`,
/// `LZ4F_decompress` and `LZ4F_freeDecompressionContext`.
public final class LZ4FrameDecoder: DecodedByteSource {
  /// The compressed file.
  public let file: MappedFile
  /// Its frame structure.
  public let layout: LZ4FrameLayout
  /// Capacity of the output buffer: no chunk is larger.
  public let chunkCapacity: Int
  /// Whether content checksums are checked at all (see ``init(file:contentChecksums:)``).
  public let checksContentChecksums: Bool

  private let context: OpaquePointer
  private let output: UnsafeMutableRawPointer
  private let input: UnsafeRawPointer
  /// Compressed bytes consumed.
  public private(set) var compressedOffset = 0
  /// Decoded bytes produced.
  public private(set) var decodedOffset = 0
  /// Input bytes liblz4 wants next (its hint); a frame starts with its header.
  private var wanted = LZ4FrameDecoder.headerProbe
  private var insideFrame = false
  /// Bytes of a stored (uncompressed) block still to copy.
  private var storedLeft = 0
  /// Output window for stored blocks.
  static let storedWindow = 1 << 20
  private var finished = false

  /// Computes content checksums in place of liblz4; started at the first
  /// frame that has one (and no block checksums, see ``beginFrame()``).
  private var checksumThread: FrameChecksumThread?
  private var checksumThreadRefused = false
  /// The current frame's content checksum is computed by `checksumThread`.
  private var hashingFrame = false
  /// The next segment is the first of its frame.
  private var frameStartPending = false
  /// This chunk's segments so far, in `checksumThread.segments`.
  private var segmentCount = 0
  /// Segments handed to the checksum thread and not yet waited for.
  private var checksumJobOutstanding = false

  /// Enough input to start any frame: the smallest frame header.
  static let headerProbe = 7

  /// Maps `path` and walks its frames.
  public convenience init(path: FilePath, contentChecksums: Bool = true) throws(MMapIOError) {
    try self.init(file: MappedFile.weights(path), contentChecksums: contentChecksums)
  }

  /// Walks the frames of an already mapped file and prepares to decode it.
  ///
  /// - Parameter contentChecksums: `false` skips the content checksums, and
  ///   the block checksums of stored blocks (liblz4's `skipChecksums`), for a
  ///   file whose bytes an earlier decode has already checked. Header
  ///   checksums, compressed blocks' checksums and declared sizes are checked
  ///   either way.
  /// - Throws: ``MMapIOError`` (with the file's path) when the file is not a
  ///   well-formed sequence of LZ4 frames, see ``LZ4FrameLayout/walk(_:releaseBehind:)``.
  public init(file: MappedFile, contentChecksums: Bool = true) throws(MMapIOError) {
    self.file = file
    checksContentChecksums = contentChecksums
    do {
      layout = try LZ4FrameLayout.walk(file.bytes) { file.releaseBehind($0) }
    } catch var error {
      error.path = file.path
      throw error
    }
    // The walk touched a page per block; none of that is needed yet.
    file.releaseAll()
    guard let input = file.bytes.baseAddress else {
      throw MMapIOError(
        .truncated, "the file is empty, not an LZ4 frame", path: file.path, offset: 0)
    }
    self.input = UnsafeRawPointer(input)
    var created: OpaquePointer?
    let status = LZ4F_createDecompressionContext(&created, UInt32(LZ4F_VERSION))
    guard LZ4F_isError(status) == 0, let created else {
      throw MMapIOError(
        .systemCall,
        "cannot create an LZ4 decompression context: \(LZ4FrameDecoder.name(of: status))",
        path: file.path)
    }
    context = created
    chunkCapacity = max(layout.maximumBlockSize, 1 << 20)
    output = .allocate(byteCount: chunkCapacity, alignment: 64)
  }

  deinit {
    // The thread may still be hashing the last chunk, which lives in `output`.
    checksumThread?.stop()
    LZ4F_freeDecompressionContext(context)
    output.deallocate()
  }

  /// The decoded size bound of ``LZ4FrameLayout``.
  public var decodedSizeBound: Int { layout.decodedSizeBound }

  public var inputPositionNote: String { "compressed input read to byte \(compressedOffset)" }

  /// Decodes the next chunk (up to ``chunkCapacity`` bytes); `nil` once every
  /// frame has been decoded and checked.
  ///
  /// - Throws: ``MMapIOError`` with the compressed byte offset of the failing
  ///   block in `offset` and the decoded offset in the message: `.invalidHeader`
  ///   for corrupt data or a checksum mismatch, `.truncated` if the input ends
  ///   inside a frame, `.trailingBytes` for non-frame bytes after the last frame.
  ///   A content checksum mismatch is raised, with the offset of the checksum
  ///   field, at the latest by the call after the one that returned the
  ///   frame's last bytes.
  public func nextChunk() throws(MMapIOError) -> UnsafeRawBufferPointer? {
    // The previous chunk may still be being hashed, and is about to be overwritten.
    try settleChecksums()
    segmentCount = 0
    var filled = 0
    var stalled = 0
    var options = LZ4F_decompressOptions_t()
    while !finished {
      let remaining = file.count - compressedOffset
      if remaining == 0 {
        if insideFrame {
          throw failure(
            .truncated, "the LZ4 stream is truncated: the file ends inside a frame")
        }
        finished = true
        break
      }
      var outputSize = chunkCapacity - filled
      var inputSize = min(wanted, remaining)
      if storedLeft > 0 {
        // A stored block is copied in windows: neither its input pages nor
        // more than one window of the output buffer are resident at once.
        if filled >= LZ4FrameDecoder.storedWindow { break }
        outputSize = min(outputSize, LZ4FrameDecoder.storedWindow - filled)
        if storedLeft > outputSize { inputSize = min(inputSize, outputSize) }
      } else if filled > 0 && chunkCapacity - filled < layout.maximumBlockSize {
        // Only decode when a whole block fits, so liblz4 writes straight into
        // the buffer instead of staging the block in its own.
        break
      }
      if !insideFrame { beginFrame() }
      // liblz4 latches the option for the rest of the frame and clears it at
      // the next frame's header, so it is passed on every call.
      options.skipChecksums = hashingFrame || !checksContentChecksums ? 1 : 0
      let fedWhole = inputSize == wanted
      let start = filled
      let hint = LZ4F_decompress(
        context, output + filled, &outputSize, input + compressedOffset, &inputSize, &options)
      if LZ4F_isError(hint) != 0 {
        throw decodingFailure(LZ4FrameDecoder.name(of: hint))
      }
      compressedOffset += inputSize
      filled += outputSize
      decodedOffset += outputSize
      guard decodedOffset <= layout.decodedSizeBound else {
        // The frame headers promised at most this much: stop rather than
        // decode whatever the blocks go on to produce.
        throw failure(
          .invalidHeader,
          "corrupt LZ4 data: the stream decodes to more than the \(layout.decodedSizeBound) bytes its"
            + " frame and block headers allow")
      }
      file.releaseBehind(compressedOffset)
      storedLeft -= min(storedLeft, outputSize)
      if hashingFrame {
        try recordForChecksum(start: start, count: outputSize, frameEnded: hint == 0)
      }
      if hint == 0 {
        // End of a frame: liblz4 resets itself for the next one.
        insideFrame = false
        wanted = LZ4FrameDecoder.headerProbe
      } else {
        insideFrame = true
        wanted = hint
        if storedLeft == 0 && fedWhole { storedLeft = storedBlockAhead(hint: hint) }
      }
      if inputSize == 0 && outputSize == 0 {
        stalled += 1
        if stalled > 2 {
          throw failure(.invalidHeader, "the LZ4 decoder made no progress (corrupt frame)")
        }
      } else {
        stalled = 0
      }
    }
    guard filled > 0 else {
      // End of the stream: the last frame is checked before the end is reported.
      try hashSegmentsNow()
      return nil
    }
    submitSegments()
    return UnsafeRawBufferPointer(start: output, count: filled)
  }

  // MARK: - Content checksums

  /// Decides, at the start of a frame, whether its content checksum is
  /// computed here (on the checksum thread) or by liblz4.
  ///
  /// Only frames with a content checksum and no block checksums are taken
  /// over: liblz4's `skipChecksums` also drops the block checksums of stored
  /// blocks, which are not computed here. Those frames (`lz4 -BX`, not the
  /// default) are checked by liblz4 as before, serially. So are all frames if
  /// the system refuses a thread.
  private func beginFrame() {
    hashingFrame = false
    guard checksContentChecksums, file.count - compressedOffset > 4,
      UInt32(littleEndian: input.loadUnaligned(fromByteOffset: compressedOffset, as: UInt32.self))
        == LZ4FrameLayout.frameMagic
    else { return }
    let flags = input.load(fromByteOffset: compressedOffset + 4, as: UInt8.self)
    guard flags & LZ4FrameLayout.contentChecksumFlag != 0,
      flags & LZ4FrameLayout.blockChecksumFlag == 0
    else { return }
    if checksumThread == nil && !checksumThreadRefused {
      checksumThread = FrameChecksumThread()
      checksumThreadRefused = checksumThread == nil
    }
    hashingFrame = checksumThread != nil
    frameStartPending = hashingFrame
  }

  /// Adds decoded bytes `start..<start + count` of the output buffer to this
  /// chunk's segments; at the frame's end, with the checksum just consumed.
  private func recordForChecksum(start: Int, count: Int, frameEnded: Bool) throws(MMapIOError) {
    var end: FrameEnd?
    if frameEnded {
      // The frame's last 4 bytes, just consumed, are its content checksum.
      let offset = compressedOffset - 4
      end = FrameEnd(
        stored: UInt32(littleEndian: input.loadUnaligned(fromByteOffset: offset, as: UInt32.self)),
        checksumOffset: offset, decodedOffset: decodedOffset)
      hashingFrame = false
    }
    guard count > 0 || end != nil, let segments = checksumThread?.segments else { return }
    if segmentCount > 0, segments[segmentCount - 1].end == nil {
      // The frame's open segment: its bytes end where these begin.
      segments[segmentCount - 1].count += count
      segments[segmentCount - 1].end = end
      return
    }
    if segmentCount == FrameChecksumThread.capacity { try hashSegmentsNow() }
    segments[segmentCount] = ChecksumSegment(
      start: start, count: count, startsFrame: frameStartPending, end: end)
    segmentCount += 1
    frameStartPending = false
  }

  /// Hands this chunk's segments to the checksum thread.
  private func submitSegments() {
    guard segmentCount > 0, let checksumThread else { return }
    checksumThread.submit(count: segmentCount, base: output)
    segmentCount = 0
    checksumJobOutstanding = true
  }

  /// Waits for the checksum thread; throws if a frame it finished does not match.
  private func settleChecksums() throws(MMapIOError) {
    guard checksumJobOutstanding, let checksumThread else { return }
    checksumJobOutstanding = false
    if let mismatch = checksumThread.wait() {
      throw MMapIOError(
        .invalidHeader,
        "\(Self.contentChecksumMismatch) (XXH32 0x\(String(mismatch.computed, radix: 16)),"
          + " stored 0x\(String(mismatch.frame.stored, radix: 16)))"
          + " (after \(mismatch.frame.decodedOffset) decoded bytes)",
        path: file.path, offset: mismatch.frame.checksumOffset)
    }
  }

  /// Hashes the pending segments and waits for the result.
  private func hashSegmentsNow() throws(MMapIOError) {
    submitSegments()
    try settleChecksums()
  }

  static let contentChecksumMismatch =
    "corrupt LZ4 data: the content checksum does not match the decoded bytes"

  /// The size of the next block if it is stored uncompressed, else 0.
  ///
  /// Input is fed in the sizes liblz4 asks for, which end with the next block's
  /// 4-byte header; its hint is then that block's size (plus a checksum) plus
  /// the header after it. Stored blocks (bit 31 of the header) are copied by
  /// liblz4 straight from input to output in any piece size, so they can be
  /// streamed in windows; compressed blocks must be fed whole. A wrong guess
  /// only costs memory, never correctness: liblz4 accepts any input size.
  private func storedBlockAhead(hint: Int) -> Int {
    guard compressedOffset >= 4 else { return 0 }
    let word = UInt32(
      littleEndian: input.loadUnaligned(fromByteOffset: compressedOffset - 4, as: UInt32.self))
    let size = Int(word & 0x7FFF_FFFF)
    guard word & 0x8000_0000 != 0, size > 0, hint == size + 4 || hint == size + 8 else { return 0 }
    return size
  }

  /// An error at the current position, with the decoded offset in the message.
  private func failure(_ code: MMapIOError.Code, _ message: String) -> MMapIOError {
    MMapIOError(
      code, "\(message) (after \(decodedOffset) decoded bytes)", path: file.path,
      offset: compressedOffset)
  }

  /// Turns a liblz4 error name into an error that says what it means.
  private func decodingFailure(_ name: String) -> MMapIOError {
    let meaning: String
    var code = MMapIOError.Code.invalidHeader
    switch name {
    case _ where name.contains("contentChecksum"):
      meaning = Self.contentChecksumMismatch
    case _ where name.contains("blockChecksum"):
      meaning = "corrupt LZ4 data: a block checksum does not match"
    case _ where name.contains("headerChecksum"):
      meaning = "corrupt LZ4 data: the frame header checksum does not match"
    case _ where name.contains("frameSize_wrong"):
      meaning = "corrupt LZ4 data: the frame decodes to a size other than its declared content size"
    case _ where name.contains("frameType_unknown"):
      code = layout.frameCount > 0 && !insideFrame ? .trailingBytes : .badMagic
      meaning = "bytes after the last LZ4 frame are not an LZ4 frame"
    case _ where name.contains("decompressionFailed"):
      meaning = "corrupt LZ4 data: a compressed block does not decode"
    default:
      meaning = "LZ4 decoding failed"
    }
    return failure(code, "\(meaning) (liblz4: \(name))")
  }

  static func name(of code: Int) -> String {
    guard let name = LZ4F_getErrorName(code) else { return "error \(code)" }
    return String(cString: name)
  }
}
