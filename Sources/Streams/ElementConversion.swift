/// How elements change type on the way to the sink.
public enum ElementConversion: Sendable, Hashable {
  /// Bytes pass through unchanged.
  case none
  /// IEEE half → single precision (exact: every float16 is a float32).
  case halfToSingle

  /// Bytes per output element for a source element of `size` bytes.
  public func outputSize(forSourceSize size: Int) -> Int {
    switch self {
    case .none: size
    case .halfToSingle: 4
    }
  }

  /// Converts `count` elements from `source` into `destination`.
  @inline(__always)
  static func convert(
    _ conversion: ElementConversion, count: Int, elementSize: Int,
    from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer
  ) {
    switch conversion {
    case .none:
      destination.copyMemory(from: source, byteCount: count * elementSize)
    case .halfToSingle:
      for index in 0..<count {
        let bits = source.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self)
        let value = Float(Float16(bitPattern: UInt16(littleEndian: bits)))
        destination.storeBytes(
          of: value.bitPattern.littleEndian, toByteOffset: index * 4, as: UInt32.self)
      }
    }
  }
}
