import Streams
import Testing

@Suite("PermutationKernel: OIHW→HWIO and 2-D transposes")
struct PermutationKernelTests {
  /// The definition, element by element: dst[h][w][i][o] = src[o][i][h][w].
  static func reference(_ source: [UInt32], o: Int, i: Int, h: Int, w: Int) -> [UInt32] {
    var result = [UInt32](repeating: 0, count: source.count)
    for oo in 0..<o {
      for ii in 0..<i {
        for hh in 0..<h {
          for ww in 0..<w {
            result[((hh * w + ww) * i + ii) * o + oo] = source[((oo * i + ii) * h + hh) * w + ww]
          }
        }
      }
    }
    return result
  }

  static let shapes: [(Int, Int, Int, Int)] = [
    (32, 3, 3, 3), (64, 32, 3, 3), (17, 9, 1, 1), (8, 8, 7, 7), (1, 1, 1, 1), (5, 13, 2, 3),
    (1000, 24, 1, 1),
    (3, 1000, 1, 1), (16, 16, 3, 3),
  ]

  @Test(arguments: shapes)
  func wholeTensorMatchesTheDefinition(shape: (Int, Int, Int, Int)) {
    let (o, i, h, w) = shape
    let source = (0..<(o * i * h * w)).map { UInt32($0) &* 2_654_435_761 }
    let expected = Self.reference(source, o: o, i: i, h: h, w: w)
    var output = [UInt32](repeating: 0, count: source.count)
    var released: [Range<Int>] = []
    let permutation = LayoutPermutation(outer: o, inner: i, spatial: h * w)
    source.withUnsafeBytes { src in
      output.withUnsafeMutableBytes { dst in
        PermutationKernel.permuteAll(
          permutation, elementSize: 4, from: src.baseAddress!, to: dst.baseAddress!
        ) { released.append($0) }
      }
    }
    #expect(output == expected)
    #expect(released.first?.lowerBound == 0)
    #expect(released.last?.upperBound == o, "every source row is reported done")
  }

  @Test(arguments: shapes)
  func rowChunksConcatenateToTheWholeTensor(shape: (Int, Int, Int, Int)) {
    let (o, i, h, w) = shape
    let source = (0..<(o * i * h * w)).map { UInt32($0) &* 40503 }
    let expected = Self.reference(source, o: o, i: i, h: h, w: w)
    let permutation = LayoutPermutation(outer: o, inner: i, spatial: h * w)
    var output: [UInt32] = []
    let rows = permutation.columns
    var row = 0
    let step = max(1, rows / 3 + 1)
    while row < rows {
      let range = row..<min(row + step, rows)
      var chunk = [UInt32](repeating: 0, count: range.count * o)
      source.withUnsafeBytes { src in
        chunk.withUnsafeMutableBytes { dst in
          PermutationKernel.permuteRows(
            permutation, elementSize: 4, rows: range, from: src.baseAddress!, to: dst.baseAddress!)
        }
      }
      output += chunk
      row = range.upperBound
    }
    #expect(output == expected)
  }

  @Test func twoAndEightByteElements() {
    let (o, i, h, w) = (6, 5, 3, 2)
    let wide = (0..<(o * i * h * w)).map { UInt64($0) << 33 | UInt64($0) }
    let narrow = (0..<(o * i * h * w)).map { UInt16($0) }
    let permutation = LayoutPermutation(outer: o, inner: i, spatial: h * w)
    var wideOut = [UInt64](repeating: 0, count: wide.count)
    var narrowOut = [UInt16](repeating: 0, count: narrow.count)
    wide.withUnsafeBytes { src in
      wideOut.withUnsafeMutableBytes { dst in
        PermutationKernel.permuteAll(
          permutation, elementSize: 8, from: src.baseAddress!, to: dst.baseAddress!)
      }
    }
    narrow.withUnsafeBytes { src in
      narrowOut.withUnsafeMutableBytes { dst in
        PermutationKernel.permuteAll(
          permutation, elementSize: 2, from: src.baseAddress!, to: dst.baseAddress!)
      }
    }
    let reference = Self.reference((0..<UInt32(o * i * h * w)).map { $0 }, o: o, i: i, h: h, w: w)
    #expect(wideOut == reference.map { UInt64($0) << 33 | UInt64($0) })
    #expect(narrowOut == reference.map { UInt16($0) })
  }

  @Test func unalignedSourceIsRead() {
    // A float32 tensor 2 bytes into a buffer, as after an odd-sized float16 array.
    let (o, i) = (9, 7)
    let values = (0..<(o * i)).map { UInt32($0) + 1 }
    var bytes = [UInt8](repeating: 0, count: 2)
    for value in values { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    var output = [UInt32](repeating: 0, count: values.count)
    bytes.withUnsafeBytes { raw in
      output.withUnsafeMutableBytes { dst in
        PermutationKernel.permuteAll(
          LayoutPermutation(outer: o, inner: i, spatial: 1), elementSize: 4,
          from: raw.baseAddress! + 2,
          to: dst.baseAddress!)
      }
    }
    #expect(output == Self.reference(values, o: o, i: i, h: 1, w: 1))
  }

  /// A source that arrives in uneven bands of rows (a decompressed stream)
  /// lands exactly where the whole-tensor permutation puts it, for the C kernel
  /// (4-byte elements) and the Swift loop (2-byte) alike.
  @Test(arguments: [4, 2])
  func unevenBandsMatchTheDefinition(elementSize: Int) {
    let (o, i, h, w) = (21, 5, 3, 3)
    let reference = Self.reference(
      (0..<UInt32(o * i * h * w)).map { $0 &* 2_654_435_761 }, o: o, i: i, h: h, w: w)
    let permutation = LayoutPermutation(outer: o, inner: i, spatial: h * w)
    let rowElements = i * h * w
    var source = [UInt8](repeating: 0, count: o * rowElements * elementSize)
    for index in 0..<(o * rowElements) {
      let value = UInt32(index) &* 2_654_435_761
      for byte in 0..<elementSize {
        source[index * elementSize + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte))
      }
    }
    var output = [UInt8](repeating: 0, count: source.count)
    var row = 0
    for size in [3, 1, 9, 8] {
      let rows = row..<min(row + size, o)
      source.withUnsafeBytes { src in
        output.withUnsafeMutableBytes { dst in
          PermutationKernel.permuteBand(
            permutation, elementSize: elementSize, rows: rows,
            from: src.baseAddress! + row * rowElements * elementSize,
            to: dst.baseAddress!)
        }
      }
      row = rows.upperBound
    }
    #expect(row == o)
    let decoded = (0..<reference.count).map { index in
      (0..<elementSize).reduce(UInt32(0)) {
        $0 | UInt32(output[index * elementSize + $1]) << (8 * $1)
      }
    }
    let mask: UInt32 = elementSize == 4 ? .max : 0xFFFF
    #expect(decoded == reference.map { $0 & mask })
  }
}
