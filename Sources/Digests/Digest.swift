internal import CCrypto

/// One running SHA-256 or SHA-1 computation, through libcrypto's EVP
/// interface (which uses the CPU's SHA extensions when it has them).
///
/// Not copyable: it owns its `EVP_MD_CTX`, freed when the value ends.
public struct Digest: ~Copyable {
  /// The hash functions gluon2tf computes.
  public enum Algorithm: String, Sendable, CaseIterable {
    /// SHA-256: the source's identity in the daemon (`GLUON2TF_SHA256`).
    case sha256
    /// SHA-1: what GluonCV's file names and release table are made of.
    case sha1

    /// libcrypto's description of the function (static data, never freed).
    fileprivate var method: OpaquePointer? {
      switch self {
      case .sha256: EVP_sha256()
      case .sha1: EVP_sha1()
      }
    }
  }

  public let algorithm: Algorithm
  private let context: OpaquePointer
  /// Set when libcrypto refused an update: ``finalize()`` then throws
  /// rather than return the digest of part of the input.
  private var failed = false

  /// Starts a computation.
  ///
  /// - Throws: when libcrypto cannot allocate or initialise its context.
  public init(_ algorithm: Algorithm) throws(DigestError) {
    guard Digest.initialized else {
      throw DigestError("libcrypto cannot be initialised")
    }
    guard let context = EVP_MD_CTX_new() else {
      throw DigestError("libcrypto cannot allocate a \(algorithm.rawValue) context")
    }
    guard EVP_DigestInit_ex(context, algorithm.method, nil) == 1 else {
      EVP_MD_CTX_free(context)
      throw DigestError("libcrypto cannot start a \(algorithm.rawValue) digest")
    }
    self.algorithm = algorithm
    self.context = context
  }

  deinit { EVP_MD_CTX_free(context) }

  /// libcrypto set up once, without reading the host's `openssl.cnf` (the
  /// digests do not depend on how the machine configures OpenSSL, and the
  /// process stays about 1 MiB smaller: `convert` has a bounded-RSS budget)
  /// and without an `atexit` clean-up that could free libcrypto's state
  /// under a thread still hashing when the process exits.
  private static let initialized: Bool =
    OPENSSL_init_crypto(
      UInt64(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_ATEXIT), nil) == 1

  /// Hashes more input.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty, !failed else { return }
    failed = EVP_DigestUpdate(context, base, bytes.count) != 1
  }

  /// The digest of everything given to ``update(_:)``.
  public consuming func finalize() throws(DigestError) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var size: UInt32 = 0
    let finished = digest.withUnsafeMutableBufferPointer {
      EVP_DigestFinal_ex(context, $0.baseAddress, &size) == 1
    }
    guard finished, !failed else {
      throw DigestError("libcrypto failed to compute a \(algorithm.rawValue) digest")
    }
    return Array(digest.prefix(Int(size)))
  }

  /// The lowercase hex digest of `bytes`, as `sha256sum` and `sha1sum` print it.
  public static func hex<Bytes: Sequence<UInt8>>(
    _ algorithm: Algorithm, of bytes: Bytes
  ) throws(DigestError) -> String {
    var digest = try Digest(algorithm)
    Array(bytes).withUnsafeBytes { digest.update($0) }
    return hex(try digest.finalize())
  }

  /// Lowercase hex of `digest`.
  public static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
