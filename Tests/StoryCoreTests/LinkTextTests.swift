import Testing
@testable import StoryCore

/// A block that is all link points to other pages; text with a link in it is still text.
@Suite("Blocks that are only links")
struct LinkTextTests {
    static func article(_ body: String) -> Article? { htmlArticle(body: body) }

    static let first = "The council voted on Tuesday to close the old pier to traffic after engineers found cracks in two of its supports."
    static let second = "Repairs will take most of the winter, the harbour office said, and ferries will use the north quay until then."

    @Test("a line that is only a link to another story goes", arguments: [
        #"<p><a href="/news/ferry-fares">Ferry fares rise for the third year in a row as fuel costs climb</a></p>"#,
        #"<p>Read more: <a href="/news/pier-history">The long history of the old pier and its many repairs over a century</a></p>"#,
        #"<div class="nextpost"><a href="/2024/10/older">« Older post</a> <a href="/2024/10/newer">Newer post »</a></div>"#,
    ])
    func linkOnly(block: String) throws {
        let article = try #require(Self.article("<p>\(Self.first)</p>\(block)<p>\(Self.second)</p>"))
        #expect(article.paragraphs == [Self.first, Self.second])
        #expect(article.removed.contains { $0.reason == .relatedLinks })
    }

    @Test("a paragraph with links in it, and a heading linking within the page, stay")
    func linksInText() throws {
        let linked = #"<p>The <a href="/council">council</a> published the <a href="/report.pdf">engineers' report</a> on its website on Wednesday.</p>"#
        let heading = ##"<h2><a href="#repairs">What the repairs involve</a></h2>"##
        let article = try #require(Self.article("<p>\(Self.first)</p>\(linked)\(heading)<p>\(Self.second)</p>"))
        #expect(article.prose.count == 3)
        #expect(article.headings.map(\.text) == ["What the repairs involve"])
    }
}
