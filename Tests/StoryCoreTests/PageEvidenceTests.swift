import Foundation
import Testing
@testable import StoryCore

/// Choosing a page's story by what its boxes hold, not by one class word.
@Suite("The story's box, chosen on evidence")
struct PageEvidenceTests {
    static let prose = [
        "The city council voted on Tuesday to build twelve kilometres of protected cycle lanes along the harbour road, ending a debate that has run for three years.",
        "Work will start in the spring, the transport office said, and the first section, from the ferry terminal to the old market, should open by the autumn.",
        "Shopkeepers on the harbour road, who had opposed the plan, said they would ask for a loading zone on every block.",
    ]

    static func paragraphs(_ html: String) -> [String] {
        let story = StoryLoader.assemble(documents: [HTMLReader.read(html: html, path: "page.html")])
        return story.articles.first?.paragraphs ?? []
    }

    static var storyParagraphs: String { prose.map { "<p>\($0)</p>" }.joined() }

    static let menu = "<ul>" + (1...80).map { "<li><a href=\"/topic/\($0)\">Topic \($0)</a></li>" }.joined() + "</ul>"

    @Test("a furniture word on a box around the story does not remove it", arguments: [
        #"<html><body class="one-sidebar"><div class="content-with-sidebar-wrp"><div class="l-sidebar-fixed">STORY</div></div></body></html>"#,
        #"<html><body><article class="post type-post tag-news tag-harbour">STORY</article></body></html>"#,
        #"<html class="menu js"><body><div id="content">STORY</div></body></html>"#,
        #"<html><body><form id="aspnetForm" action="/page"><div class="main">STORY</div></form></body></html>"#,
        #"<html><body><div class="byline-wrapper advertisement-slot"><div>STORY</div></div></body></html>"#,
    ])
    func furnitureWordAroundTheStory(page: String) {
        let html = page.replacingOccurrences(of: "STORY", with: Self.storyParagraphs)
        #expect(Self.paragraphs(html) == Self.prose)
    }

    /// Prose scores for its commas in any script: Chinese and Japanese prose has no ASCII ones.
    @Test("commas of other scripts", arguments: [("市议会周二投票，决定修建车道、桥梁。", 2), ("قال الوزير، إن", 1), ("a, b, c", 2), ("。é«»", 0)])
    func commasOfOtherScripts(_ example: (String, Int)) {
        let bytes = Array(example.0.utf8) + [0]
        let count = bytes.withUnsafeBufferPointer { buffer in
            buffer.indices.dropLast().filter { buffer[$0] == UInt8(ascii: ",") || PageEvidence.isWideComma(buffer.baseAddress! + $0) }.count
        }
        #expect(count == example.1, "\(example.0)")
    }

    @Test func aMenuOfEightyTopicsBesideTheStoryIsNotStory() {
        let html = "<html><body><div class=\"topics\">\(Self.menu)</div><div>\(Self.storyParagraphs)</div><div class=\"sidebar\"><ul><li><a href=\"/a\">Weather today</a></li><li><a href=\"/b\">Sport results</a></li></ul></div></body></html>"
        let paragraphs = Self.paragraphs(html)
        #expect(paragraphs == Self.prose, "\(paragraphs)")
    }

    @Test func commentsInsideTheArticleAreRemovedHoweverLong() {
        let comment = "I have cycled this road for twenty years, and I think the lanes are long overdue, whatever the shops say about deliveries."
        let html = "<html><body><article>\(Self.storyParagraphs)<div class=\"comments\"><p>\(comment)</p><p>\(comment)</p></div></article></body></html>"
        #expect(Self.paragraphs(html) == Self.prose)
    }

    @Test func aPageOfOneParagraphKeepsIt() {
        let html = "<html><head><title>Cycle lanes approved</title></head><body><div class=\"sidebar\"><a href=\"/\">Home</a></div><div><p>\(Self.prose[0])</p></div></body></html>"
        #expect(Self.paragraphs(html) == [Self.prose[0]])
    }

    @Test func aLongCookieNoticeIsNeverTheStory() {
        let notice = "We use cookies, pixels and similar technologies, including those of our partners, to measure audiences, to personalise content and advertising, and to offer social features, as described in our policy, which you may read, change or refuse at any time, in full, here."
        let html = "<html><body><div class=\"cmp-banner\" role=\"dialog\"><p>\(notice)</p><p>\(notice)</p></div><div><p>\(Self.prose[0])</p></div></body></html>"
        #expect(Self.paragraphs(html) == [Self.prose[0]])
    }

    @Test func textBrokenOnlyByLineBreaksIsAStory() {
        let html = "<html><body><div class=\"print-only\"><p>© Harbour Gazette</p></div><div id=\"text\">\(Self.prose.joined(separator: "<br><br>"))</div></body></html>"
        #expect(Self.paragraphs(html) == Self.prose)
    }

    @Test func aStoryInSeveralFramesOfACMSIsReadWhole() {
        let frames = Self.prose.map { "<div class=\"frame\"><div class=\"text-column\"><p>\($0)</p></div></div>" }.joined()
        let html = "<html><body><nav><a href=\"/\">Home</a></nav><div id=\"content\">\(frames)</div></body></html>"
        #expect(Self.paragraphs(html) == Self.prose)
    }

    @Test func taxonomyClassesSayNothingAboutTheBox() {
        let html = "<html><body><main><article class=\"post tag-cookies category-ads\"><div class=\"entry\">\(Self.storyParagraphs)</div></article></main></body></html>"
        #expect(Self.paragraphs(html) == Self.prose)
    }

    @Test func aCardLinkingElsewhereAndAnAuthorBioAreNotStory() {
        let card = "<a href=\"/other\"><div><h3>Ferry timetable changes</h3><p>The ferry company will run fewer boats in winter, it said, and more in summer, from May.</p></div></a>"
        let bio = "<div class=\"author-bio\"><p>Ines Carvalho covers transport and the harbour for the paper, and has written about cities for twenty years.</p></div>"
        let html = "<html><body><article>\(Self.storyParagraphs)\(card)\(bio)</article></body></html>"
        #expect(Self.paragraphs(html) == Self.prose)
    }

    @Test func aParagraphInsideAFigureCaptionIsACaption() throws {
        let html = "<html><body><article>\(Self.storyParagraphs)<figure><img src=\"a.jpg\"><figcaption><p>The harbour road at dusk, where the new lanes will run.</p></figcaption></figure></article></body></html>"
        let article = try #require(StoryLoader.assemble(documents: [HTMLReader.read(html: html, path: "page.html")]).articles.first)
        #expect(article.paragraphs == Self.prose)
        #expect(article.captions == ["The harbour road at dusk, where the new lanes will run."])
    }

    @Test func theBestBoxIsTheOneWithProseNotTheOneWithLinks() {
        let links = (1...12).map { "<p><a href=\"/story/\($0)\">Another story about the harbour road and its shops, number \($0), read it here</a></p>" }.joined()
        let html = "<html><body><div id=\"a\">\(links)</div><div id=\"b\">\(Self.storyParagraphs)</div></body></html>"
        #expect(Self.paragraphs(html) == Self.prose)
    }

    /// Some sites serve the whole page inside `<noscript>`, for readers without scripts.
    @Test func aStoryServedInsideNoscriptIsRead() throws {
        let html = "<html><body><noscript><div id=\"page\"><div id=\"text\">\(Self.storyParagraphs)</div></div></noscript><script>render()</script></body></html>"
        let article = try #require(htmlArticle(html))
        #expect(article.paragraphs.count >= 2)
    }

    /// Ruby readings (`港<rt>みなと</rt>`) annotate the text; they are not part of it.
    @Test func rubyReadingsAreLeftOut() throws {
        let sentence = "<ruby>港<rt>みなと</rt></ruby>は<ruby>月曜日<rp>(</rp><rt>げつようび</rt><rp>)</rp></ruby>に再開すると作業員が話した。"
        let html = "<html><body><article><p>\(sentence)</p>\(Self.storyParagraphs)</article></body></html>"
        let article = try #require(htmlArticle(html))
        #expect(article.paragraphs.first == "港は月曜日に再開すると作業員が話した。")
    }

    @Test func softHyphensAreLeftOut() throws {
        let html = "<html><body><article><p>Die Wei&shy;ne Ita&shy;li&shy;ens, neben Baro\u{AD}lo und Barbaresco, wurden gelobt.</p>\(Self.storyParagraphs)</article></body></html>"
        let article = try #require(htmlArticle(html))
        #expect(article.paragraphs.first == "Die Weine Italiens, neben Barolo und Barbaresco, wurden gelobt.")
    }

    @Test func aNoscriptNoticeOrPixelIsNotRead() throws {
        let html = "<html><body><article>\(Self.storyParagraphs)</article><noscript><p>Please enable JavaScript to view the comments powered by our partner.</p><img src=\"pixel.gif\"></noscript></body></html>"
        let article = try #require(htmlArticle(html))
        #expect(!article.paragraphs.contains { $0.contains("JavaScript") })
    }
}

@Suite("Page addresses")
struct PageURLTests {
    @Test func aURLLineAtTheTopOfATextPageIsItsAddressAndNamesTheOutlet() throws {
        let text = "https://www.harbour-gazette.example/local/2025/03/pier.html\nPier reopens after repairs\n\nThe pier reopened on Monday after repairs to the crane, the port authority said.\n"
        let article = try #require(story([("pier.txt", text)]).articles.first)
        #expect(article.url == "https://www.harbour-gazette.example/local/2025/03/pier.html")
        #expect(article.outlet == "harbour-gazette.example")
        #expect(article.paragraphs == ["The pier reopened on Monday after repairs to the crane, the port authority said."])
    }

    @Test func aCanonicalLinkGivesTheAddressAndTheSiteNameStillNamesTheOutlet() throws {
        let html = #"<html><head><link rel="canonical" href="https://news.example.org/pier#top"><meta property="og:site_name" content="Harbour Gazette"></head><body><p>The pier reopened on Monday after repairs to the crane, the port authority said.</p></body></html>"#
        let article = try #require(story([("pier.html", html)]).articles.first)
        #expect(article.url == "https://news.example.org/pier")
        #expect(article.outlet == "Harbour Gazette")
    }

    @Test("not an address", arguments: ["www.example.com", "https://", "see https://example.com/a for more", "http://localhost"])
    func notAnAddress(text: String) {
        #expect(PageURL.cleaned(text) == nil)
    }

    @Test func aSiteNameLeavesOutPrefixesThatNameNoSite() {
        #expect(PageURL.siteName("https://www.example.co.uk/a") == "example.co.uk")
        #expect(PageURL.siteName("https://m.example.com/a?b=c") == "example.com")
        #expect(PageURL.siteName("https://example.com:8080/a") == "example.com")
        #expect(PageURL.siteName("https://www.com/") == "www.com")
    }
}

extension PageURLTests {
    @Test("a day spelled out in the address", arguments: [
        ("https://example.com/news/2013/05/03/pier-reopens", "2013-05-03"),
        ("https://example.com/2013-05-03-pier-reopens.html", "2013-05-03"),
        ("https://example.com/archive/20130503/pier", "2013-05-03"),
        ("https://example.com/2021/11/4/pier?ref=2019/01/01", "2021-11-04"),
    ])
    func dayInTheAddress(url: String, day: String) {
        #expect(PageURL.date(in: url)?.iso == day)
    }

    @Test("no day in the address", arguments: [
        "https://example.com/2013/05/pier", "https://example.com/story/12345678", "https://example.com/2013/13/01/x",
        "https://example.com/p/2013/05-03", "https://2013.example.com/05/03/x",
    ])
    func noDayInTheAddress(url: String) {
        #expect(PageURL.date(in: url) == nil)
    }

    @Test func aDateThePageStatesBeatsTheAddress() throws {
        let text = "https://example.com/2013/05/01/pier\nPier reopens\nPublished May 3, 2013\n\nThe pier reopened on Friday after repairs to the crane, the port authority said.\n"
        let article = try #require(story([("pier.txt", text)]).articles.first)
        #expect(article.published?.iso == "2013-05-03")
        let undated = try #require(story([("pier.txt", "https://example.com/2013/05/01/pier\n\nThe pier reopened on Friday after repairs to the crane.\n")]).articles.first)
        #expect(undated.published?.iso == "2013-05-01")
    }
}
