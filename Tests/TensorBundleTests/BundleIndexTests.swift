import Testing

@testable import TensorBundle

@Suite struct BundleIndexTests {
  /// The TF-written 291-byte index of docs/checkpoint-format.md §2.6
  /// (TF1 Saver, 5 tensors, 1 shard).
  static let tensorFlowIndex = hexBytes(
    """
    0000 0608 011a 0208 0100 0b0b 676c 6f62
    616c 5f73 7465 7008 0912 0028 0835 ae8d
    91f5 0024 1272 6573 6e65 7435 305f 7631
    642f 4331 2f63 6f6e 7630 2f42 6174 6368
    4e6f 726d 2f62 6574 6108 0112 0412 0208
    2020 0828 8001 355a ba51 5c20 0513 6761
    6d6d 6108 0112 0412 0208 2020 8801 2880
    0135 16e1 3310 2010 126d 6f76 696e 675f
    6d65 616e 5f66 7031 3608 1312 0412 0208
    2020 8802 2840 3530 1726 d416 0720 7765
    6967 6874 7308 0112 1012 0208 0712 0208
    0712 0208 0312 0208 2020 c802 2880 9301
    3519 a48d f900 0000 0001 0000 0000 22a7
    5f25 0000 0000 0100 0000 00c0 f2a1 b000
    0103 7300 cd01 0000 0000 0100 0000 00d9
    0038 09d2 0108 df01 0f00 0000 0000 0000
    0000 0000 0000 0000 0000 0000 0000 0000
    0000 0000 0000 0000 0000 0057 fb80 8b24
    7547 db
    """)

  /// The five tensors of that index, from the annotated table; CRCs as stored (masked).
  static let tensorFlowEntries: [(key: String, entry: BundleEntry)] = [
    ("resnet50_v1d/C1/conv0/weights", entry(.float, [7, 7, 3, 32], 328, 18816, 0xF98D_A419)),
    ("global_step", entry(.int64, [], 0, 8, 0xF591_8DAE)),
    ("resnet50_v1d/C1/conv0/BatchNorm/beta", entry(.float, [32], 8, 128, 0x5C51_BA5A)),
    ("resnet50_v1d/C1/conv0/BatchNorm/moving_mean_fp16", entry(.half, [32], 264, 64, 0xD426_1730)),
    ("resnet50_v1d/C1/conv0/BatchNorm/gamma", entry(.float, [32], 136, 128, 0x1033_E116)),
  ]

  static func entry(
    _ dtype: TFDataType, _ shape: [Int], _ offset: Int, _ size: Int, _ maskedCRC: UInt32
  ) -> BundleEntry {
    BundleEntry(
      dtype: dtype, shape: shape, shardID: 0, offset: offset, size: size,
      crc32c: CRC32C.unmask(maskedCRC))
  }

  @Test func reproducesTensorFlowIndexByteForByte() throws {
    #expect(Self.tensorFlowIndex.count == 291)
    let sorted = try BundleIndex.sorted(Self.tensorFlowEntries)
    let built = try BundleIndex.build(header: BundleHeader(numShards: 1), sortedEntries: sorted)
    #expect(built.count == 291)
    #expect(built == Self.tensorFlowIndex)
    if built != Self.tensorFlowIndex,
      let first = zip(built, Self.tensorFlowIndex).enumerated().first(where: { $1.0 != $1.1 })
    {
      Issue.record("first difference at byte \(first.offset)")
    }
  }

  @Test func headerBytesMatchTensorFlow() throws {  // docs/checkpoint-format.md §3.1
    #expect(try BundleHeader(numShards: 1).serialized() == [0x08, 0x01, 0x1A, 0x02, 0x08, 0x01])
    #expect(try BundleHeader(numShards: 4).serialized() == [0x08, 0x04, 0x1A, 0x02, 0x08, 0x01])
  }

  @Test func entryBytesMatchTensorFlow() throws {  // docs/checkpoint-format.md §3.2, §3.3
    let weights = Self.tensorFlowEntries[0].entry
    #expect(
      try weights.serialized()
        == hexBytes(
          "0801 1210 1202 0807 1202 0807 1202 0803 1202 0820 20c8 0228 8093 0135 19a4 8df9"))
    var sharded = weights
    sharded.shardID = 1
    sharded.offset = 64
    #expect(
      try sharded.serialized()
        == hexBytes(
          "0801 1210 1202 0807 1202 0807 1202 0803 1202 0820 1801 2040 2880 9301 3519 a48d f9"))
    // Dimension 0 is an empty Dim; an empty tensor has no size and crc mask(0).
    let empty = BundleEntry(
      dtype: .float, shape: [0, 3], shardID: 0, offset: 0, size: 0, crc32c: 0)
    #expect(try empty.serialized() == hexBytes("0801 1206 1200 1202 0803 35d8 ea82 a2"))
  }

  @Test func readsTheTensorFlowIndexBack() throws {
    try Self.tensorFlowIndex.withUnsafeBytes { bytes in
      let table = try TableReader(bytes, path: nil)
      #expect(table.footer.metaindex == BlockHandle(offset: 210, size: 8))
      #expect(table.footer.index == BlockHandle(offset: 223, size: 15))
      var keys: [String] = []
      var entries: [BundleEntry] = []
      try table.forEachEntry { (key, value) throws(TensorBundleError) in
        keys.append(String(decoding: key, as: UTF8.self))
        if !key.isEmpty, case .success(let decoded) = BundleEntry.decode(value) {
          entries.append(decoded.entry)
        }
      }
      let expected = try BundleIndex.sorted(Self.tensorFlowEntries)
      #expect(keys == [""] + expected.map { String(decoding: $0.key, as: UTF8.self) })
      #expect(entries == expected.map(\.entry))
    }
  }

  @Test func sortsBytewiseAndRejectsDuplicates() throws {
    let entry = BundleEntry(dtype: .float, shape: [], shardID: 0, offset: 0, size: 4, crc32c: 0)
    let keys = ["é", "e\u{301}", "z", "B", "a"]
    let sorted = try BundleIndex.sorted(keys.map { ($0, entry) })
    #expect(
      sorted.map { String(decoding: $0.key, as: UTF8.self) } == ["B", "a", "e\u{301}", "z", "é"])
    // "é" and "e\u{301}" are == as Strings, but distinct keys.
    #expect(throws: Never.self) { try BundleIndex.sorted([("é", entry), ("e\u{301}", entry)]) }
    #expect {
      try BundleIndex.sorted([("a/b", entry), ("c", entry), ("a/b", entry)])
    } throws: {
      ($0 as? TensorBundleError)?.code == .duplicateKey && ($0 as? TensorBundleError)?.key == "a/b"
    }
    #expect {
      try BundleIndex.sorted([("", entry)])
    } throws: { ($0 as? TensorBundleError)?.code == .invalidArgument }
  }

  @Test func multiBlockTableRoundTrips() throws {
    // 1500 keys of ~200-byte values: several 256 KiB data blocks.
    var table = TableBuilder()
    let keys = (0..<1500).map { Array("scope_\(String(100_000 + $0).dropFirst())/kernel".utf8) }
    for (i, key) in keys.enumerated() {
      table.add(key: key, value: randomBytes(200 + i % 50, seed: UInt64(i)))
    }
    let file = table.finish()
    try file.withUnsafeBytes { bytes in
      let reader = try TableReader(bytes, path: nil)
      let indexBlock = try reader.block(at: reader.footer.index)
      var index = try BlockReader(indexBlock)
      var blocks = 0
      while let (separator, _) = try index.next() {
        blocks += 1
        #expect(!separator.isEmpty)
      }
      #expect(blocks >= 2)
      var seen = 0
      try reader.forEachEntry { (key, value) throws(TensorBundleError) in
        #expect(key == keys[seen])
        #expect(Array(value) == randomBytes(200 + seen % 50, seed: UInt64(seen)))
        seen += 1
      }
      #expect(seen == 1500)
    }
  }

  @Test func firstDataBlockFollowsLevelDBFinishRule() throws {
    var table = TableBuilder()
    let value = [UInt8](repeating: 7, count: 1000)
    for i in 0..<600 { table.add(key: Array("k\(String(10_000 + i))".utf8), value: value) }
    let file = table.finish()
    try file.withUnsafeBytes { bytes in
      let reader = try TableReader(bytes, path: nil)
      var index = try BlockReader(try reader.block(at: reader.footer.index))
      var cursor = 0
      let (_, handleBytes) = try #require(try index.next())
      let handle = try #require(BlockHandle.decode(handleBytes, at: &cursor))
      // Cut at the first entry that brings the finished size to ≥ 262144, not before.
      #expect(handle.size >= 262_144)
      #expect(handle.size < 262_144 + 1000 + 16)
    }
  }
}
