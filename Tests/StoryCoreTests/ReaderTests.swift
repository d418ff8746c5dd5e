import Foundation
import Testing
@testable import StoryCore

@Suite("Reading each format")
struct ReaderTests {
    @Test func htmlKeepsStoryAndDropsScriptsNavAndAsides() {
        let html = """
            <html><head><title>Dam holds | River News</title>
            <meta property="og:site_name" content="River News">
            <meta property="article:published_time" content="2025-05-02T07:30:00+02:00">
            <script>var s = "<p>not text</p>";</script></head>
            <body><nav><a>Home</a> <a>World</a></nav>
            <article><h1>Dam holds</h1><p>The dam held overnight &amp; water levels fell, officials said on Friday.
            <p>Engineers will inspect the spillway today before the roads reopen to traffic.</p>
            <h2>What next</h2><ul><li>Roads reopen at noon</li></ul>
            <figure><img src="x.jpg" alt="ignored alt"><figcaption>The spillway at dawn. (Photo: A. Lind)</figcaption></figure>
            <aside class="related"><p>Another story entirely about elections next spring</p></aside>
            <script>document.write("<p>injected</p>")</script></article>
            <footer>© 2025 River News</footer></body></html>
            """
        let document = HTMLReader.read(html: html, path: "x.html")
        #expect(document.metadata.title == "Dam holds")
        #expect(document.metadata.outlet == "River News")
        #expect(document.metadata.published?.iso == "2025-05-02T07:30:00+02:00")
        let kept = document.blocks.filter { if case .removed = $0.hint { false } else { true } }
        #expect(kept.map(\.text) == [
            "Dam holds", "The dam held overnight & water levels fell, officials said on Friday.",
            "Engineers will inspect the spillway today before the roads reopen to traffic.", "What next",
            "Roads reopen at noon", "The spillway at dawn. (Photo: A. Lind)",
        ])
        #expect(!document.blocks.contains { $0.text.contains("injected") || $0.text.contains("not text") })
        #expect(document.blocks.contains { $0.hint == .removed(.navigation) })
        #expect(document.blocks.contains { $0.hint == .removed(.relatedLinks) })
    }

    @Test func htmlReadsJSONLD() {
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","headline":"Ferry resumes","datePublished":"2025-01-09T06:00:00Z",
            "author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"name":"Harbour Times"}}]}</script></head>
            <body><p>The ferry resumed service on Thursday after the storm passed.</p></body></html>
            """
        let metadata = HTMLReader.read(html: html, path: "x.html").metadata
        #expect(metadata.title == "Ferry resumes")
        #expect(metadata.byline == "Ana Ruiz")
        #expect(metadata.outlet == "Harbour Times")
        #expect(metadata.published?.iso == "2025-01-09T06:00:00Z")
    }

    @Test func markdownFrontMatterKeepsTheWrittenOffset() {
        let text = """
            ---
            title: "Floodgates opened"
            site: Valley Post
            published: 2025-05-02T09:00:00+02:00
            author: [Ines Roe, Tom Hale]
            ---
            The floodgates were opened at *dawn* on Friday, [the operator](http://x) said.

            - Water fell by a metre
            """
        let (document, warning) = MarkdownReader.read(text: text, path: "x.md")
        #expect(warning == nil)
        #expect(document.metadata.title == "Floodgates opened")
        #expect(document.metadata.outlet == "Valley Post")
        #expect(document.metadata.byline == "Ines Roe, Tom Hale")
        #expect(document.metadata.published?.iso == "2025-05-02T09:00:00+02:00")
        #expect(document.blocks.map(\.text) == ["The floodgates were opened at dawn on Friday, the operator said.", "Water fell by a metre"])
        #expect(document.blocks.last?.hint == .listItem)
    }

    @Test func jsonArraysLinesAndBadItems() {
        let array = #"[{"title":"One","source":{"name":"Wire"},"content":"First paragraph here.\n\nSecond one."},{"title":"Bad","content":42},"text"]"#
        let result = JSONReader.read(text: array, path: "a.json", linesFirst: false)
        #expect(result.documents.map(\.path) == ["a.json#1"])
        #expect(result.documents.first?.metadata.outlet == "Wire")
        #expect(result.documents.first?.blocks.map(\.text) == ["First paragraph here.", "Second one."])
        #expect(result.warnings.count == 2)

        let lines = "{\"title\":\"A\",\"body\":\"<p>Para <b>one</b>.</p><p>Two.</p>\"}\n{broken\n{\"title\":\"B\",\"text\":\"Hello.\"}\n"
        let parsed = JSONReader.read(text: lines, path: "b.jsonl", linesFirst: true)
        #expect(parsed.documents.map(\.path) == ["b.jsonl#1", "b.jsonl#3"])
        #expect(parsed.documents.first?.blocks.map(\.text) == ["Para one.", "Two."])
        #expect(parsed.warnings == ["line 2 is not valid JSON; skipped it"])
    }

    @Test func plainTextJoinsHardWrappedParagraphsOnly() {
        let wrapped = """
            The harbour master said the channel would be dredged again in
            the spring, after silt built up faster than the engineers had
            expected over the winter months.

            A second paragraph, also wrapped at a fixed width, follows the
            first one and is just as long as any line of the one before it.
            """
        #expect(PlainTextReader.blocks(from: wrapped).count == 2)
        let scraped = "First line is a paragraph.\nSecond line is another.\n• A bullet point"
        let blocks = PlainTextReader.blocks(from: scraped)
        #expect(blocks.map(\.text) == ["First line is a paragraph.", "Second line is another.", "A bullet point"])
        #expect(blocks.last?.hint == .listItem)
    }

    @Test func divSoupWithoutArticleMarkup() {
        let html = """
            <html><head><title>Bridge reopens after repairs - Daily Planet</title>
            <meta name="author" content="By Clark Kent"></head>
            <body><div id="top-menu"><a href="/">Home</a> | <a>News</a> | <a>Sports</a></div>
            <div class="content"><div class="headline">Bridge reopens after repairs</div>
            <div class="meta">Posted on March 3, 2025 at 9:41 am</div>
            The old river bridge reopened to traffic on Monday after six months of repairs, the city said.<br><br>
            Mayor Lois Lane said the work came in under budget. "We kept our promise," she said.<br>
            <div class="social-share">Share: Facebook Twitter</div><div class="ad-slot">Advertisement</div></div>
            <div id="comments"><h3>3 Comments</h3><p>Great news! - Bob</p></div></body></html>
            """
        let article = story([("soup.html", html)]).articles[0]
        #expect(article.title == "Bridge reopens after repairs")
        #expect(article.outlet == "Daily Planet")
        #expect(article.byline == "Clark Kent")
        #expect(article.published?.iso == "2025-03-03T09:41")
        #expect(article.paragraphs.count == 2)
        #expect(article.removed.map(\.reason) == [.navigation, .titleRepeat, .dateline, .share, .advertisement, .comments, .comments])
    }
}
