public import Files
public import SystemPackage

/// An error raised while writing or reading a TensorFlow checkpoint, with enough
/// context to find the problem: the file, the tensor, and the byte offset.
///
/// Modelled on swift-nio's `FileSystemError`: a code to switch on, a message
/// for people, and the context. `description` is one log line:
/// `"<path>, tensor <key>, byte offset N: message"`.
public struct TensorBundleError: Error, Sendable, CustomStringConvertible, UnderlyingErrorProviding
{
  /// What went wrong, coarsely.
  public enum Code: String, Sendable, Hashable {
    /// A caller passed something the format cannot hold (bad prefix, empty key, …).
    case invalidArgument
    /// The API was used out of order (append without beginTensor, use after finish, …).
    case invalidState
    /// A file that must exist does not (index, data shard).
    case notFound
    /// A system call failed for another reason (ENOSPC, EIO, EACCES, …); see `errno`.
    case systemCall
    /// The index is shorter than a footer, or a block runs past its end.
    case truncated
    /// The index does not end with the SSTable magic number.
    case badMagic
    /// A block's stored CRC32C does not match its bytes.
    case blockChecksumMismatch
    /// A block trailer names a compression type other than none (0) or snappy (1).
    case badBlockType
    /// A block is snappy-compressed; this reader has no snappy decoder.
    case unsupportedCompression
    /// The index is structurally broken: a bad varint, restart array, entry or protobuf.
    case corruptIndex
    /// The header entry (key "") is missing or is not the first entry.
    case missingHeader
    /// The header asks for something this reader refuses (big-endian data, newer format).
    case unsupportedHeader
    /// Keys are not in strictly increasing bytewise order (or not unique).
    case unsortedKeys
    /// Two tensors were given the same key.
    case duplicateKey
    /// No tensor has this key.
    case keyNotFound
    /// A tensor's byte count differs from what its shape and dtype require.
    case sizeMismatch
    /// A tensor's bytes do not match the CRC32C stored in its entry.
    case checksumMismatch
    /// A data shard ends before a tensor that it should hold.
    case truncatedShard
    /// A tensor's bytes are malformed (a string tensor's length prefix).
    case corruptData
    /// The tensor uses a feature this reader does not support (slices, unknown dtype).
    case unsupportedTensor
  }

  public var code: Code
  public var message: String
  /// The file being written or read.
  public var path: FilePath?
  /// The tensor's key, if one is involved.
  public var key: String?
  /// The byte offset in `path` where the problem was found.
  public var offset: Int?
  /// The failing system call's errno, if any.
  public var errno: Errno?
  /// The failed system call, when one failed.
  public var cause: SystemCallError?

  public var underlyingError: (any Error)? { cause }

  public init(
    _ code: Code, _ message: String, path: FilePath? = nil, key: String? = nil,
    offset: Int? = nil, errno: Errno? = nil
  ) {
    self.code = code
    self.message = message
    self.path = path
    self.key = key
    self.offset = offset
    self.errno = errno
  }

  /// A failed system call: `"<call> failed: <errno>"`, coded `.notFound` for ENOENT.
  init(systemCall: String, errno: Errno, path: FilePath?, key: String? = nil, offset: Int? = nil) {
    let code: Code = errno == .noSuchFileOrDirectory ? .notFound : .systemCall
    self.init(
      code, "\(systemCall) failed: \(errno)", path: path, key: key, offset: offset, errno: errno)
    cause =
      path.map { SystemCallError(systemCall, errno: errno, path: $0) }
      ?? SystemCallError(systemCall, errno: errno)
  }

  public var description: String {
    var parts: [String] = []
    if let path { parts.append("\(path)") }
    if let key { parts.append("tensor \(key)") }
    if let offset { parts.append("byte offset \(offset)") }
    let context = parts.joined(separator: ", ")
    return context.isEmpty ? message : "\(context): \(message)"
  }
}
