/// How elements change type on the way to the sink.
public enum ElementConversion: Sendable, Hashable {
  /// Bytes pass through unchanged.
  case none
  /// IEEE half → single precision (exact: every float16 is a float32).
  case halfToSingle
  /// IEEE double → single precision, rounded to nearest (ties to even);
  /// magnitudes beyond float32's range become ±infinity.
  case doubleToSingle
  /// bfloat16 → single precision (exact: bfloat16 is float32's upper half).
  case bfloatToSingle

  /// Bytes per output element for a source element of `size` bytes.
  public func outputSize(forSourceSize size: Int) -> Int {
    switch self {
    case .none: size
    case .halfToSingle, .doubleToSingle, .bfloatToSingle: 4
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
      widen(count, from: source, to: destination) { (bits: UInt16) in
        Float(Float16(bitPattern: bits)).bitPattern
      }
    case .doubleToSingle:
      widen(count, from: source, to: destination) { (bits: UInt64) in
        Float(Double(bitPattern: bits)).bitPattern
      }
    case .bfloatToSingle:
      widen(count, from: source, to: destination) { (bits: UInt16) in UInt32(bits) << 16 }
    }
  }

  /// Maps `count` little-endian `Source` elements to little-endian float32 bits.
  @inline(__always)
  private static func widen<Source: FixedWidthInteger>(
    _ count: Int, from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer,
    _ singleBits: (Source) -> UInt32
  ) {
    let size = MemoryLayout<Source>.size
    for index in 0..<count {
      let bits = Source(
        littleEndian: source.loadUnaligned(fromByteOffset: index * size, as: Source.self))
      destination.storeBytes(
        of: singleBits(bits).littleEndian, toByteOffset: index * 4, as: UInt32.self)
    }
  }
}
