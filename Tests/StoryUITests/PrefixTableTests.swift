import Testing
@testable import StoryUI

/// The numbered-word table answers prefix questions as reading every word would.
@Suite("Prefix table")
struct PrefixTableTests {
    @Test func agreesWithReadingEveryWord() {
        var generator = SplitMix(seed: 7)
        let letters = Array("abcdeéz")
        let texts: [[String]] = (0..<300).map { _ in
            (0..<Int(generator.next() % 8)).map { _ in String((0..<(1 + Int(generator.next() % 5))).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }) }
        }
        let table = PrefixTable(texts)
        for prefix in ["a", "ab", "é", "zz", "dea", "q", "abcde", "abcdeé"] {
            let range = table.range(prefix: prefix)
            for (index, words) in texts.enumerated() {
                #expect(table.contains(index, range) == words.contains { $0.hasPrefix(prefix) }, "\(prefix) in \(words)")
            }
        }
    }
}

/// A small seeded generator, so a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
