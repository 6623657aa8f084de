/// An MXNet element type, as stored in an NDArray record's `type_flag` field.
public enum MXNetDType: Int32, Sendable, CaseIterable, CustomStringConvertible {
  case float32 = 0
  case float64 = 1
  case float16 = 2
  case uint8 = 3
  case int32 = 4
  case int8 = 5
  case int64 = 6
  case bool = 7
  case int16 = 8
  case uint16 = 9
  case uint32 = 10
  case uint64 = 11
  case bfloat16 = 12

  /// Bytes per element.
  public var itemSize: Int {
    switch self {
    case .uint8, .int8, .bool: 1
    case .float16, .int16, .uint16, .bfloat16: 2
    case .float32, .int32, .uint32: 4
    case .float64, .int64, .uint64: 8
    }
  }

  /// The numpy-style name, as people read it in messages.
  public var description: String {
    switch self {
    case .float32: "float32"
    case .float64: "float64"
    case .float16: "float16"
    case .uint8: "uint8"
    case .int32: "int32"
    case .int8: "int8"
    case .int64: "int64"
    case .bool: "bool"
    case .int16: "int16"
    case .uint16: "uint16"
    case .uint32: "uint32"
    case .uint64: "uint64"
    case .bfloat16: "bfloat16"
    }
  }
}
