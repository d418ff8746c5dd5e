import Testing
@testable import StoryCore

/// The story's word counts, made once by the normalizer and carried by each article.
@Suite("Counting the story's words")
struct StoryTermsTests {
    /// The counting rule written out plainly, with a dictionary: in how many paragraphs each
    /// content word appears, and its uses (and capitalized uses) that do not open a paragraph.
    private func reference(_ paragraphs: [String]) -> [String] {
        var counts: [UInt64: (paragraphs: Set<Int>, proper: Int, total: Int)] = [:]
        for (number, paragraph) in paragraphs.enumerated() {
            Words.forEachContentKey(in: paragraph) { key, index, capitalized in
                var count = counts[key.value] ?? ([], 0, 0)
                count.paragraphs.insert(number)
                if index != 0 {
                    count.total += 1
                    if capitalized { count.proper += 1 }
                }
                counts[key.value] = count
            }
        }
        return counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.paragraphs.count) \($0.value.proper) \($0.value.total)" }
    }

    /// A tally's counts added up by word, in key order.
    private func described(_ tally: StoryTerms.Tally) -> [String] {
        var sums: [UInt64: (paragraphs: UInt32, proper: UInt32, total: UInt32)] = [:]
        for use in tally.uses {
            let known = sums[use.key] ?? (0, 0, 0)
            sums[use.key] = (known.paragraphs + use.paragraphs, known.proper + use.proper, known.total + use.total)
        }
        return sums.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.paragraphs) \($0.value.proper) \($0.value.total)" }
    }

    @Test func theNormalizersCountsAreTheParagraphsCounts() throws {
        var folders = [Fixtures.path("harbor")]
        if let seeds = Fixtures.seeds { folders.append(seeds) }
        for folder in folders {
            for article in try StoryLoader.load(paths: [folder]).articles {
                let carried = try #require(article.paragraphTally.paragraphs, "\(article.path) carries no counts")
                #expect(carried.count == article.paragraphs.count && carried.allSatisfy { $0.paragraphs == 1 })
                // Each paragraph's words once, in key order.
                #expect(carried.allSatisfy { zip($0.uses, $0.uses.dropFirst()).allSatisfy { $0.key < $1.key } })
                #expect(described(StoryTerms.Tally(adding: carried)) == reference(article.paragraphs), "\(article.path)")
                #expect(described(StoryTerms.Tally.of(article)) == reference(article.paragraphs))
                #expect(described(StoryTerms.Tally(paragraphs: article.paragraphs)) == reference(article.paragraphs))
            }
        }
    }

    @Test func talliesAddUp() {
        let paragraphs = [
            "The Harbor Authority said the ferry would sail. The ferry did not sail.",
            "Ferry workers, the authority said, had struck; Harbor staff joined them.",
            "", "Mr Ilves’ ferry — and the ferry’s crew — waited. 2,000 passengers waited too.",
        ]
        let merged = StoryTerms.Tally(adding: paragraphs.map { StoryTerms.Tally(paragraphs: [$0]) })
        #expect(merged.paragraphs == 4)
        #expect(described(merged) == reference(paragraphs))
        #expect(described(StoryTerms.Tally(paragraphs: paragraphs)) == reference(paragraphs))
    }

    @Test func changingAnArticlesTextDropsItsCounts() throws {
        var article = try #require(StoryLoader.load(paths: [Fixtures.path("harbor")]).articles.first)
        #expect(article.paragraphTally.paragraphs != nil)
        article.blocks.append(Block(.paragraph, "A paragraph added after loading names the Valmora pier."))
        #expect(article.paragraphTally.paragraphs == nil)
        #expect(described(StoryTerms.Tally.of(article)) == reference(article.paragraphs))
    }

    /// A word can tell passages apart when a fifth of the paragraphs at most hold it, or no more
    /// of them than the story has articles (a happening told once by each outlet).
    @Test func aWordOnceAnOutletTells() {
        func article(_ paragraphs: [String]) -> StoryTerms.Tally {
            var tally = StoryTerms.Tally.of(Article(id: "a", path: "a.txt", format: .text, blocks: paragraphs.map { Block(.paragraph, $0) }))
            tally.acronyms = []
            return tally
        }
        let briefs = StoryTerms(tallies: (1...6).map { _ in article(["The Lanmoor ferry sailed again after the ramp was mended."]) })
        #expect(briefs.isTelling("ferry") && briefs.isTelling("ramp"))
        let long = (1...6).map { _ in article(["The Lanmoor ferry sailed again.", "Crews mended the ramp.", "The ferry is full."]) }
        let story = StoryTerms(tallies: long)
        #expect(!story.isTelling("ferry"), "in 12 of 18 paragraphs, two an outlet")
        #expect(story.isTelling("ramp") && story.isTelling("mended"), "in 6 of 18, more than a fifth, but once an outlet")
        // Loose paragraphs are no articles: a fifth of them, or three, as before.
        let loose = StoryTerms(paragraphs: Array(repeating: "The Lanmoor ferry sailed again.", count: 6))
        #expect(!loose.isTelling("ferry"))
    }
}
