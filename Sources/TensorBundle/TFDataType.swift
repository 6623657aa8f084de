/// TensorFlow's `DataType` enum values that we read and write
/// (docs/checkpoint-format.md §3.4). Unknown values are kept as they are.
public struct TFDataType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  public var rawValue: Int32

  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  public static let float = TFDataType(rawValue: 1)
  public static let double = TFDataType(rawValue: 2)
  public static let int32 = TFDataType(rawValue: 3)
  public static let uint8 = TFDataType(rawValue: 4)
  public static let int16 = TFDataType(rawValue: 5)
  public static let int8 = TFDataType(rawValue: 6)
  public static let string = TFDataType(rawValue: 7)
  public static let complex64 = TFDataType(rawValue: 8)
  public static let int64 = TFDataType(rawValue: 9)
  public static let bool = TFDataType(rawValue: 10)
  public static let bfloat16 = TFDataType(rawValue: 14)
  public static let uint16 = TFDataType(rawValue: 17)
  public static let complex128 = TFDataType(rawValue: 18)
  public static let half = TFDataType(rawValue: 19)
  public static let uint32 = TFDataType(rawValue: 22)
  public static let uint64 = TFDataType(rawValue: 23)

  /// Bytes per element, or nil for `string` (variable length) and unknown types.
  public var byteSize: Int? {
    switch rawValue {
    case 4, 6, 10: 1
    case 5, 14, 17, 19: 2
    case 1, 3, 22: 4
    case 2, 8, 9, 23: 8
    case 18: 16
    default: nil
    }
  }

  /// numpy-like name: "float32", "float16", "int64", …; "DataType(N)" if unknown.
  public var description: String {
    switch rawValue {
    case 1: "float32"
    case 2: "float64"
    case 3: "int32"
    case 4: "uint8"
    case 5: "int16"
    case 6: "int8"
    case 7: "string"
    case 8: "complex64"
    case 9: "int64"
    case 10: "bool"
    case 14: "bfloat16"
    case 17: "uint16"
    case 18: "complex128"
    case 19: "float16"
    case 22: "uint32"
    case 23: "uint64"
    default: "DataType(\(rawValue))"
    }
  }
}
