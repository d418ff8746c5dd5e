import Testing
@testable import StoryCore

/// `Label: value` lines that file a post under tags or categories.
@Suite("Tag and category lines")
struct TagLineTests {
    @Test("filed under a label", arguments: [
        "Tags: harbour, cranes, Valmora", "Post category: International", "Article tags | Port news", "Filed under: Transport",
        "Themen: Hafen, Kräne",
    ])
    func tagLine(text: String) {
        #expect(BlockRules.verdict(for: text, words: Words.count(in: text)) == .removed(.tags))
    }

    @Test("not a tag line", arguments: [
        "The port category: the authority said the pier would reopen on Monday after repairs.",
        "Category five storms: what the harbour has learned since 1990, by the port's engineer",
        "Crews worked overnight to clear the quay.",
    ])
    func notATagLine(text: String) {
        #expect(BlockRules.verdict(for: text, words: Words.count(in: text)) != .removed(.tags))
    }

    @Test("a tag label on a line of its own, over the terms", arguments: [
        "Tags", "Filed under", "Tagged:", "Schlagworte zum Thema", "Themen im Artikel", "Temas", "Kategorien",
    ])
    func bareLabel(text: String) {
        #expect(BlockRules.verdict(for: text, words: Words.count(in: text)) == .removed(.tags))
    }
}
