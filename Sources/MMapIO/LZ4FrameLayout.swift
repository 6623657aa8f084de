/// The frame structure of an LZ4 file, found by walking frame and block headers
/// without decoding any block.
///
/// Layout (little-endian), from the LZ4 Frame Format Description v1.6:
///
///     frame      = u32 magic 0x184D2204 | FLG | BD | [u64 content size] | [u32 dict ID] | HC
///                  block… | u32 end mark 0 | [u32 content checksum]
///     block      = u32 size (bit 31: stored uncompressed) | size bytes | [u32 block checksum]
///     skippable  = u32 magic 0x184D2A50…5F | u32 size | size bytes
///
/// `FLG` bits 7–6 are the version (01), bit 5 independent blocks, bit 4 block
/// checksums, bit 3 content size present, bit 2 content checksum, bit 0 dict ID
/// present. `BD` bits 6–4 give the largest block (4: 64 KiB … 7: 4 MiB).
///
/// The walk touches a few bytes per block (one header every 64 KiB to 4 MiB), so
/// it costs almost nothing; it tells the decoder how large its output buffer must
/// be and gives the stream reader a bound on the decoded size before the first
/// byte is decoded. Block contents and checksums are left to the decoder
/// (``LZ4FrameDecoder``: liblz4, and its own thread for content checksums).
public struct LZ4FrameLayout: Sendable, Hashable {
  /// The magic word of an LZ4 frame.
  public static let frameMagic: UInt32 = 0x184D_2204
  /// The magic word of the legacy format written by `lz4 -l`.
  public static let legacyMagic: UInt32 = 0x184C_2102
  /// Skippable frames use magic words `0x184D2A50` … `0x184D2A5F`.
  public static let skippableMagicRange: ClosedRange<UInt32> = 0x184D_2A50...0x184D_2A5F
  /// What kind of LZ4 data `bytes` starts with, by its magic number (e.g.
  /// "an LZ4 frame (magic 0x184D2204)"), or `nil` if it is not LZ4.
  public static func magicDescription(_ bytes: UnsafeRawBufferPointer) -> String? {
    guard bytes.count >= 4 else { return nil }
    let word = UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self))
    let hex = "0x" + String(word, radix: 16, uppercase: true)
    if word == frameMagic { return "an LZ4 frame (magic \(hex))" }
    if skippableMagicRange.contains(word) { return "an LZ4 skippable frame (magic \(hex))" }
    if word == legacyMagic { return "legacy-format LZ4 data (magic \(hex))" }
    return nil
  }

  /// Whether `bytes` starts with any LZ4 magic number.
  public static func startsWithLZ4Magic(_ bytes: UnsafeRawBufferPointer) -> Bool {
    magicDescription(bytes) != nil
  }

  /// `FLG` bit 4: every block is followed by its XXH32.
  static let blockChecksumFlag: UInt8 = 0b1_0000
  /// `FLG` bit 2: the frame ends with the XXH32 of its decoded content.
  static let contentChecksumFlag: UInt8 = 0b100

  /// Frames that hold data.
  public var frameCount: Int
  /// Skippable frames (user metadata), which decode to nothing.
  public var skippableFrameCount: Int
  /// The largest block size any frame announces (64 KiB … 4 MiB).
  public var maximumBlockSize: Int
  /// The decoded size, when every frame declares its content size (`lz4 --content-size`).
  public var declaredContentSize: Int?
  /// No valid stream decodes to more bytes than this: declared sizes where
  /// present, else the stored size of uncompressed blocks plus the largest
  /// block size for every compressed one.
  public var decodedSizeBound: Int

  /// Walks the frames of `bytes`, which must be one or more LZ4 frames
  /// (skippable frames allowed) and nothing else.
  ///
  /// - Throws: ``MMapIOError`` with the byte offset in the compressed file:
  ///   `.badMagic` when the data is not LZ4 at all, `.trailingBytes` for anything
  ///   after the last frame that is not a frame, `.truncated` when a frame is
  ///   cut short, `.unsupportedFormat` for the legacy format or frames that need
  ///   a dictionary, `.invalidHeader` for a malformed frame descriptor or block size.
  public static func walk(
    _ bytes: UnsafeRawBufferPointer, releaseBehind: (Int) -> Void = { _ in }
  ) throws(MMapIOError) -> LZ4FrameLayout {
    // `releaseBehind` is called as the walk passes each block, so the pages
    // it faulted in can be dropped at once.
    guard !bytes.isEmpty else {
      throw MMapIOError(.truncated, "the file is empty, not an LZ4 frame", offset: 0)
    }
    var layout = LZ4FrameLayout(
      frameCount: 0, skippableFrameCount: 0, maximumBlockSize: 0, declaredContentSize: 0,
      decodedSizeBound: 0)
    var reader = ByteReader(bytes)
    while reader.remaining > 0 {
      let frameOffset = reader.offset
      guard reader.remaining >= 4 else {
        let rest = UnsafeRawBufferPointer(rebasing: bytes[frameOffset...])
        let magicStart = withUnsafeBytes(of: frameMagic.littleEndian) {
          Array($0.prefix(rest.count))
        }
        if rest.elementsEqual(magicStart) {
          throw MMapIOError(
            .truncated, "the LZ4 stream is truncated inside a frame's magic number",
            offset: frameOffset)
        }
        throw garbage(at: frameOffset, count: reader.remaining, layout: layout, magic: nil)
      }
      let magic: UInt32 = try reader.read("frame magic")
      if skippableMagicRange.contains(magic) {
        let size: UInt32 = try field(&reader, "skippable frame size", frameOffset)
        try skip(&reader, Int(size), "skippable frame", frameOffset)
        layout.skippableFrameCount += 1
      } else if magic == frameMagic {
        try walkFrame(&reader, at: frameOffset, into: &layout, releaseBehind: releaseBehind)
        layout.frameCount += 1
      } else if magic == legacyMagic {
        throw MMapIOError(
          .unsupportedFormat,
          "legacy LZ4 format (lz4 -l) is not supported; recompress with the frame format (plain `lz4`)",
          offset: frameOffset)
      } else {
        throw garbage(at: frameOffset, count: reader.remaining + 4, layout: layout, magic: magic)
      }
      releaseBehind(reader.offset)
    }
    guard layout.frameCount > 0 else {
      throw MMapIOError(
        .truncated, "the file holds only skippable LZ4 frames, no data", offset: bytes.count)
    }
    return layout
  }

  /// Walks one data frame whose magic word (at `frameOffset`) has been read.
  private static func walkFrame(
    _ reader: inout ByteReader, at frameOffset: Int, into layout: inout LZ4FrameLayout,
    releaseBehind: (Int) -> Void
  ) throws(MMapIOError) {
    let flagOffset = reader.offset
    let flags: UInt8 = try field(&reader, "frame descriptor", frameOffset)
    let blockDescriptor: UInt8 = try field(&reader, "frame descriptor", frameOffset)
    guard flags >> 6 == 1, flags & 0b10 == 0, blockDescriptor & 0b1000_1111 == 0,
      (4...7).contains(blockDescriptor >> 4)
    else {
      throw MMapIOError(
        .invalidHeader,
        "invalid LZ4 frame descriptor (FLG 0x\(String(flags, radix: 16)), BD 0x\(String(blockDescriptor, radix: 16)))",
        offset: flagOffset)
    }
    let blockChecksums = flags & blockChecksumFlag != 0
    let contentChecksum = flags & contentChecksumFlag != 0
    let blockSize = 1 << (8 + 2 * Int(blockDescriptor >> 4))
    layout.maximumBlockSize = max(layout.maximumBlockSize, blockSize)
    var declared: Int?
    if flags & 0b1000 != 0 {
      let sizeOffset = reader.offset
      let size: UInt64 = try field(&reader, "content size", frameOffset)
      guard size <= UInt64(Int.max / 2) else {
        throw MMapIOError(
          .invalidHeader, "declared content size \(size) is too large", offset: sizeOffset)
      }
      declared = Int(size)
    }
    if flags & 0b1 != 0 {
      throw MMapIOError(
        .unsupportedFormat, "the LZ4 frame needs a dictionary, which gluon2tf does not have",
        offset: frameOffset)
    }
    let _: UInt8 = try field(&reader, "header checksum", frameOffset)
    var bound = 0
    while true {
      let blockOffset = reader.offset
      let word: UInt32 = try field(&reader, "block size", frameOffset)
      if word == 0 { break }
      let stored = word & 0x8000_0000 != 0
      let size = Int(word & 0x7FFF_FFFF)
      guard size <= blockSize else {
        throw MMapIOError(
          .invalidHeader,
          "LZ4 block of \(size) bytes exceeds the frame's block size of \(blockSize) (corrupt block header)",
          offset: blockOffset)
      }
      try skip(&reader, size + (blockChecksums ? 4 : 0), "LZ4 block", frameOffset)
      bound += stored ? size : blockSize
      releaseBehind(reader.offset)
    }
    if contentChecksum {
      let _: UInt32 = try field(&reader, "content checksum", frameOffset)
    }
    if let declared, let total = layout.declaredContentSize {
      layout.declaredContentSize = total + declared
    } else {
      layout.declaredContentSize = nil
    }
    layout.decodedSizeBound += declared.map { min($0, bound) } ?? bound
  }

  /// Reads a field of the frame that starts at `frameOffset`; running out of
  /// bytes means the frame was cut short.
  private static func field<T: FixedWidthInteger>(
    _ reader: inout ByteReader, _ name: String, _ frameOffset: Int
  ) throws(MMapIOError) -> T {
    guard reader.remaining >= MemoryLayout<T>.size else {
      throw truncated(name, at: reader.offset, frameOffset: frameOffset)
    }
    return try reader.read(name)
  }

  private static func skip(
    _ reader: inout ByteReader, _ count: Int, _ name: String, _ frameOffset: Int
  ) throws(MMapIOError) {
    guard reader.remaining >= count else {
      throw truncated(
        name, at: reader.offset, frameOffset: frameOffset, needed: count, left: reader.remaining)
    }
    try reader.skip(count, name)
  }

  private static func truncated(
    _ name: String, at offset: Int, frameOffset: Int, needed: Int? = nil, left: Int? = nil
  ) -> MMapIOError {
    let detail = needed.map { " (\($0) bytes needed, \(left ?? 0) left)" } ?? ""
    return MMapIOError(
      .truncated,
      "the LZ4 stream is truncated: the file ends inside the \(name)\(detail) of the frame at byte \(frameOffset)",
      offset: offset)
  }

  private static func garbage(
    at offset: Int, count: Int, layout: LZ4FrameLayout, magic: UInt32?
  ) -> MMapIOError {
    let found = magic.map { " (magic 0x\(String($0, radix: 16)))" } ?? ""
    if layout.frameCount + layout.skippableFrameCount == 0 {
      return MMapIOError(
        .badMagic, "not an LZ4 frame\(found): expected magic 0x184d2204", offset: offset)
    }
    return MMapIOError(
      .trailingBytes, "\(count) bytes after the last LZ4 frame are not an LZ4 frame\(found)",
      offset: offset)
  }
}
