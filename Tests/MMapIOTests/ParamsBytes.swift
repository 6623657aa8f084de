/// Builds `.params` byte images by hand, field by field, so tests can make
/// exactly the malformed file they need.
struct ParamsBytes {
  var bytes: [UInt8] = []

  mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
  mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
  mutating func i32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
  mutating func i64(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }

  /// The list header: magic 0x112, reserved 0, count.
  mutating func header(count: UInt64) {
    u64(0x112)
    u64(0)
    u64(count)
  }

  /// A V2 dense array record with `data` bytes.
  mutating func array(shape: [Int64], typeFlag: Int32 = 0, data: [UInt8]) {
    u32(0xF993_FAC9)
    i32(0)
    i32(Int32(shape.count))
    for dim in shape { i64(dim) }
    i32(1)
    i32(0)
    i32(typeFlag)
    bytes += data
  }

  /// The names table.
  mutating func names(_ names: [String]) {
    u64(UInt64(names.count))
    for name in names {
      u64(UInt64(name.utf8.count))
      bytes += Array(name.utf8)
    }
  }

  /// Float32 values as little-endian bytes.
  static func floats(_ values: [Float]) -> [UInt8] {
    values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
  }
}
