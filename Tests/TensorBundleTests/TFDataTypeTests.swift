import Testing

@testable import TensorBundle

@Suite struct TFDataTypeTests {
  @Test func sizesAndNames() {
    #expect(
      TFDataType.float.rawValue == 1 && TFDataType.half.rawValue == 19
        && TFDataType.uint64.rawValue == 23)
    #expect(TFDataType.float.byteSize == 4)
    #expect(TFDataType.half.byteSize == 2)
    #expect(TFDataType.bfloat16.byteSize == 2)
    #expect(TFDataType.int64.byteSize == 8)
    #expect(TFDataType.bool.byteSize == 1)
    #expect(TFDataType.string.byteSize == nil)
    #expect(TFDataType(rawValue: 20).byteSize == nil)
    #expect(TFDataType.float.description == "float32")
    #expect(TFDataType.half.description == "float16")
    #expect(TFDataType.double.description == "float64")
    #expect(TFDataType(rawValue: 99).description == "DataType(99)")
  }

  @Test func errorDescription() {
    let error = TensorBundleError(
      .checksumMismatch, "checksum does not match", path: "/x/m.data-00000-of-00001", key: "w",
      offset: 8)
    #expect(
      error.description
        == "/x/m.data-00000-of-00001, tensor w, byte offset 8: checksum does not match")
    #expect(TensorBundleError(.invalidState, "oops").description == "oops")
  }
}
