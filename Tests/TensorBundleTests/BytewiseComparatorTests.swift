import Testing

@testable import TensorBundle

@Suite struct BytewiseComparatorTests {
  func successor(_ key: String) -> String {
    String(decoding: BytewiseComparator.shortSuccessor(Array(key.utf8)), as: UTF8.self)
  }

  func separator(_ a: String, _ b: String) -> String {
    String(
      decoding: BytewiseComparator.shortestSeparator(Array(a.utf8), Array(b.utf8)), as: UTF8.self)
  }

  @Test func shortSuccessorExamples() {  // docs/checkpoint-format.md §2.4
    #expect(successor("resnet50_v1d/C1/conv0/weights") == "s")
    #expect(successor("save_counter/.ATTRIBUTES/VARIABLE_VALUE") == "t")
    #expect(successor("u8") == "v")
    #expect(successor("layer039/kernel") == "m")
    #expect(successor("resnet101_v1d/logits/weights") == "s")
    #expect(BytewiseComparator.shortSuccessor([0xFF, 0xFF, 0x41]) == [0xFF, 0xFF, 0x42])
    #expect(BytewiseComparator.shortSuccessor([0xFF, 0xFF]) == [0xFF, 0xFF])
  }

  @Test func shortestSeparatorExamples() {
    // '4' + 1 is not below '5': the full last key.
    #expect(separator("scope_01149/x", "scope_01150/y") == "scope_01149/x")
    #expect(separator("scope_01149/x", "scope_01160/y") == "scope_0115")
    #expect(separator("abc", "abcd") == "abc")  // prefix: unchanged
    #expect(separator("abx", "abz") == "aby")
    #expect(
      BytewiseComparator.shortestSeparator([0x61, 0xFF, 0x01], [0x62, 0x00]) == [0x61, 0xFF, 0x01])
  }

  @Test func separatorsSeparate() {
    var generator = SplitMix64(state: 5)
    for _ in 0..<2000 {
      var a = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        UInt8.random(in: 0x60...0x63, using: &generator)
      }
      var b = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        UInt8.random(in: 0x60...0x63, using: &generator)
      }
      if a == b { continue }
      if BytewiseComparator.less(b, a) { swap(&a, &b) }
      let s = BytewiseComparator.shortestSeparator(a, b)
      #expect(!BytewiseComparator.less(s, a) && BytewiseComparator.less(s, b))
      #expect(!BytewiseComparator.less(BytewiseComparator.shortSuccessor(a), a))
    }
  }

  @Test func bytewiseOrderIsNotStringOrder() {  // docs/checkpoint-format.md §3.5
    let keys = ["中/😀", "é", "z", "e\u{301}", "a b/with space", "a", "B"]
    let sorted = keys.sorted { BytewiseComparator.less(Array($0.utf8), Array($1.utf8)) }
    #expect(sorted == ["B", "a", "a b/with space", "e\u{301}", "z", "é", "中/😀"])
  }
}
