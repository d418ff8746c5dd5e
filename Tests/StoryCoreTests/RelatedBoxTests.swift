import Testing
@testable import StoryCore

/// A box of related links inside the story removes itself, not the story after it.
@Suite("Related links inside the story")
struct RelatedBoxTests {
    static let opening = "The council voted on Tuesday to close the old pier to traffic after engineers found cracks in two of its supports, ending weeks of argument over who should pay for the repairs and how long the work would take."
    static let resumed = "Engineers told the council that the cracks had been growing for at least two winters, and that the supports would have to be rebuilt from the seabed up, a job they said could not begin before the spring storms had passed and the divers could work safely."

    static func article(_ body: String) -> Article? { htmlArticle(body: body) }

    @Test("the story resumes after the box")
    func resumes() throws {
        let box = "<p>Related</p><p>Ferry fares rise again</p><p>Harbour crane inspected after storm</p>"
        let article = try #require(Self.article("<p>\(Self.opening)</p>\(box)<p>\(Self.resumed)</p>"))
        #expect(article.paragraphs == [Self.opening, Self.resumed])
    }

    @Test("comments run to the end, however long")
    func commentsRunOn() throws {
        let comments = "<p>Leave a comment</p><p>\(Self.resumed)</p>"
        let article = try #require(Self.article("<p>\(Self.opening)</p>\(comments)"))
        #expect(article.paragraphs == [Self.opening])
    }

    /// Headers written with accents are found as the folded block text is (`Ähnliche Artikel`).
    @Test("a related header in any language sweeps", arguments: ["Ähnliche Artikel", "Zobacz również", "À découvrir", "Lo más leído", "Top Themen der Redaktion", "Weiterführende Links"])
    func foreignHeader(header: String) throws {
        let box = "<p>\(header)</p><p>Ferry fares rise again</p><p>Harbour crane inspected after storm</p>"
        let article = try #require(Self.article("<p>\(Self.opening)</p>\(box)"))
        #expect(article.paragraphs == [Self.opening])
    }

    /// `Lee también…` trails off into one link: the story goes on right after it.
    @Test("an inline label trailing off goes alone")
    func inlineLabel() throws {
        let short = "The port authority said the pier would reopen once the divers had finished their survey of both supports."
        let body = "<p>\(Self.opening)</p><p>Lee también...</p><p><a href=\"/x\">Ferry fares rise again</a></p><p>\(short)</p>"
        let article = try #require(Self.article(body))
        #expect(article.paragraphs == [Self.opening, short])
    }

    /// `0 comments` beside the byline links to the comments; the story still follows it.
    @Test("a comment count by the byline goes alone")
    func commentCount() throws {
        let body = "<p>\(Self.opening)</p><p>0 comments</p><p>\(Self.resumed)</p>"
        let article = try #require(Self.article(body))
        #expect(article.paragraphs == [Self.opening, Self.resumed])
    }
}
