internal import CLZ4
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
/// - liblz4 checks block checksums, the content checksum and the declared
///   content size when the frame carries them; frames written with
///   `--no-frame-crc` are simply not checked.
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

  /// Enough input to start any frame: the smallest frame header.
  static let headerProbe = 7

  /// Maps `path` and walks its frames.
  public convenience init(path: FilePath) throws(MMapIOError) {
    try self.init(file: MappedFile(path: path))
  }

  /// Walks the frames of an already mapped file and prepares to decode it.
  ///
  /// - Throws: ``MMapIOError`` (with the file's path) when the file is not a
  ///   well-formed sequence of LZ4 frames, see ``LZ4FrameLayout/walk(_:releaseBehind:)``.
  public init(file: MappedFile) throws(MMapIOError) {
    self.file = file
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
  public func nextChunk() throws(MMapIOError) -> UnsafeRawBufferPointer? {
    var filled = 0
    var stalled = 0
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
      let fedWhole = inputSize == wanted
      let hint = LZ4F_decompress(
        context, output + filled, &outputSize, input + compressedOffset, &inputSize, nil)
      if LZ4F_isError(hint) != 0 {
        throw decodingFailure(LZ4FrameDecoder.name(of: hint))
      }
      compressedOffset += inputSize
      filled += outputSize
      decodedOffset += outputSize
      file.releaseBehind(compressedOffset)
      storedLeft -= min(storedLeft, outputSize)
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
    return filled > 0 ? UnsafeRawBufferPointer(start: output, count: filled) : nil
  }

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
      meaning = "corrupt LZ4 data: the content checksum does not match the decoded bytes"
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
