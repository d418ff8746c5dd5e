import Testing
@testable import StoryCore

@Suite("Word-level differences")
struct WordDiffTests {
    @Test func changesReadLikeGitWordDiff() {
        let changes = WordDiff.changes(from: "We told them last month, and nobody listened", to: "We told the authority last month. Nobody listened")
        // Punctuation and case ride along with their word: `month,` and `month.` are the same word.
        #expect(WordDiff.rendered(changes) == "We told [-them-] {+the authority+} last month. [-and-] Nobody listened")
    }

    @Test func caseQuotesAndDiacriticsAreNotDifferences() {
        let changes = WordDiff.changes(from: "“Zoë said it’s fine”", to: "\"zoe said it's fine\"")
        #expect(changes.allSatisfy { if case .same = $0 { true } else { false } })
        #expect(WordDiff.similarity(changes) == 1)
    }

    @Test func similarityCountsSharedWords() {
        #expect(WordDiff.similarity(WordDiff.changes(from: "a b c d", to: "a b x y")) == 0.5)
    }
}
