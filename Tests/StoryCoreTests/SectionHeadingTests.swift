import Testing
@testable import StoryCore

/// Section headings stand in the story's text where they head a section; labels of boxes do not.
@Suite("Section headings")
struct SectionHeadingTests {
    static let opening = "The council voted on Tuesday to close the old pier to traffic after engineers found cracks in two of its supports."
    static let section = "Engineers said the cracks had been growing for at least two winters, and that the supports would have to be rebuilt from the seabed up."

    static func article(_ body: String) -> Article? { htmlArticle(body: body) }

    @Test("a heading over a section is part of the text, where it stands")
    func headingInPlace() throws {
        let article = try #require(Self.article("<p>\(Self.opening)</p><h2>What the engineers found</h2><p>\(Self.section)</p>"))
        #expect(article.paragraphs == [Self.opening, "What the engineers found", Self.section])
        #expect(article.prose == [Self.opening, Self.section])
        #expect(article.headings.map(\.paragraph) == [1])
    }

    @Test("a heading over nothing, a short line or another heading labels a box", arguments: [
        "<h3>Newsletter</h3><p>Sign up today</p>",
        "<h3>More on this story</h3>",
        "<h2>Background</h2><h3>Timeline</h3>",
    ])
    func boxLabels(tail: String) throws {
        let article = try #require(Self.article("<p>\(Self.opening)</p><p>\(Self.section)</p>\(tail)"))
        #expect(article.headings.isEmpty)
        #expect(article.prose.first == Self.opening)
    }

    @Test("a short top heading of a Markdown file is its title; a short line of plain text is not")
    func shortTopHeading() throws {
        let markdown = story([("budget.md", "# Council approves budget\n\n\(Self.opening)\n\n\(Self.section)\n")])
        #expect(markdown.articles.first?.title == "Council approves budget")
        let plain = story([("budget.txt", "Council approves budget\n\n\(Self.opening)\n\n\(Self.section)\n")])
        #expect(plain.articles.first?.title == nil)
    }
}
