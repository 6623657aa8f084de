/// A producer of decoded bytes in chunks, front to back: what
/// ``ParamsStreamReader`` parses.
///
/// ``LZ4FrameDecoder`` is the one in use; tests use in-memory sources to cut the
/// stream at awkward places.
public protocol DecodedByteSource: AnyObject {
  /// The next chunk of decoded bytes, or `nil` at the end of the stream.
  ///
  /// The chunk stays valid until the next call; it is never empty.
  func nextChunk() throws(MMapIOError) -> UnsafeRawBufferPointer?

  /// No valid stream decodes to more bytes than this (the stream reader checks
  /// every size field against it before trusting it).
  var decodedSizeBound: Int { get }

  /// Where the decoder is in its input, for error messages: e.g.
  /// `"compressed input read to byte 1234"`. Empty if there is nothing to say.
  var inputPositionNote: String { get }
}
