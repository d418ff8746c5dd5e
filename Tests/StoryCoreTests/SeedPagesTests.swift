import Foundation
import Testing
@testable import StoryCore

/// The real scraped pages in `../shared/seeds`, when this checkout has them. Their text is not
/// ours, so the checks here are about shape: counts, dates, and the absence of page furniture.
@Suite("The shared seed pages", .enabled(if: Fixtures.seeds != nil))
struct SeedPagesTests {
    static let loaded: Story? = Fixtures.seeds.flatMap { try? StoryLoader.load(paths: [$0]) }

    func article(_ prefix: String) throws -> Article {
        try #require(Self.loaded?.articles.first { $0.path.split(separator: "/").last!.hasPrefix(prefix) })
    }

    @Test func everyPageLoads() throws {
        let story = try #require(Self.loaded)
        #expect(story.articles.count == 5)
        #expect(story.warnings.isEmpty)
        #expect(story.referenceDate?.iso == "2024-12-11")
    }

    @Test("story paragraphs, kept whole", arguments: [("000", 17), ("001", 9), ("002", 7), ("003", 6), ("004", 10)])
    func paragraphCounts(prefix: String, count: Int) throws {
        #expect(try article(prefix).prose.count == count)
    }

    @Test("publication dates only where the page states one", arguments: [
        ("000", nil), ("001", nil), ("002", "2024-12-11T09:15"), ("003", nil), ("004", "2024-12-11T10:23"),
    ] as [(String, String?)])
    func published(prefix: String, iso: String?) throws {
        #expect(try article(prefix).published?.iso == iso)
    }

    @Test func titlesAndBylines() throws {
        #expect(try article("000").title == nil)
        for prefix in ["001", "002", "003", "004"] {
            let title = try #require(try article(prefix).title)
            #expect(Words.count(in: title) >= 6)
            #expect(!title.lowercased().hasPrefix("date "))
        }
        #expect(try article("004").byline != nil)
        #expect(try article("001").byline == nil)
        #expect(try article("001").captions.count == 1)
        #expect(try article("004").captions.count == 2)
    }

    @Test func noFurnitureOrMojibakeIsLeft() throws {
        let story = try #require(Self.loaded)
        let furniture = [
            "read more", "related articles", "leave a reply", "email address", "tags:", "advertisement", "skip to content",
            "last updated", "spread the news", "reading time", "post category", "be a reporter", "more from",
            "every piece of content", "photo)", "getty images",
        ]
        for article in story.articles {
            for paragraph in article.paragraphs {
                let lower = paragraph.lowercased()
                for cue in furniture { #expect(!lower.contains(cue), "\(article.path): \(paragraph)") }
                for garble in ["â€", "โ€", "Ã©", "Ã¨", "\u{FFFD}"] { #expect(!paragraph.contains(garble)) }
                #expect(!paragraph.hasSuffix("..."))
            }
        }
    }
}
