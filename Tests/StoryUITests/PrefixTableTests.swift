import Testing
@testable import StoryUI

/// The word table answers prefix and whole-word questions as reading every word would.
@Suite("Prefix table")
struct PrefixTableTests {
    @Test func agreesWithReadingEveryWord() {
        // Every word of one to three letters over a small alphabet (with an accented letter),
        // grouped into texts of varied sizes, some empty.
        let letters = ["a", "b", "é"]
        var words = letters
        for _ in 0..<2 { words += words.filter { $0.count == words.last!.count }.flatMap { word in letters.map { word + $0 } } }
        var texts: [[String]] = [[]]
        var start = 0
        for size in [1, 4, 0, 7, 2, 9, 3, 5, 8, 1] where start + size <= words.count {
            texts.append(Array(words[start..<start + size]))
            start += size / 2 + 1
        }
        let table = PrefixTable(texts)
        #expect(table.count == texts.count)
        for prefix in ["a", "ab", "é", "éé", "bab", "c", "abab", ""] {
            let holding = table.texts(holdingPrefix: prefix)
            let exactly = table.texts(holding: prefix)
            for (index, text) in texts.enumerated() {
                #expect(holding[index] == text.contains { $0.hasPrefix(prefix) }, "\(prefix)… in \(text)")
                #expect(exactly[index] == text.contains(prefix), "\(prefix) in \(text)")
            }
        }
    }
}
