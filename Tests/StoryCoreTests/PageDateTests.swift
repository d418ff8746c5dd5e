import Foundation
import Testing
@testable import StoryCore

/// Where a page states its date and title: structured data first, then lines, then its address.
@Suite("A page's date and title, from every place it states them")
struct PageDateTests {
    static let story = [
        "The ferry company said on Tuesday that the night crossing to the islands would stop for the winter, citing fuel costs.",
        "Island councillors said the decision left workers who commute to the mainland without a way home after late shifts.",
    ].map { "<p>\($0)</p>" }.joined()

    static func article(_ html: String) -> Article? { htmlArticle(html) }

    @Test("a date line in a box the markup puts outside the story still dates it", arguments: [
        // A blog's date header above the post, a byline box, a share bar with the date.
        #"<html><body><h2 class="date-header"><span>Saturday, 5 October 2024</span></h2><div class="post-body">STORY</div></body></html>"#,
        #"<html><body><div class="byline">By Mara Quint on 5 October 2024</div><article>STORY</article></body></html>"#,
        #"<html><body><article><div class="share-tools">05.10.2024</div>STORY</article></body></html>"#,
    ])
    func dateOutsideTheStory(page: String) {
        let article = Self.article(page.replacingOccurrences(of: "STORY", with: Self.story))
        #expect(article?.published?.iso.hasPrefix("2024-10-05") == true)
    }

    @Test("a date in a list of other items dates those items, not the page")
    func dateInAComment() {
        let page = #"<html><body><article>\#(Self.story)</article><div class="comments"><p>Posted 5 October 2024 by a reader</p></div></body></html>"#
        #expect(Self.article(page)?.published == nil)
    }

    @Test("JSON-LD dates the page whatever object carries the date", arguments: [
        #"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2024-10-05T08:00:00+02:00"}]}"#,
        #"{"@context":"https://schema.org","@type":"VideoObject","uploadDate":"2024-10-05"}"#,
        #"{"@context":"https://schema.org","@type":"WebPage","mainEntity":{"@type":"NewsArticle","dateCreated":"2024-10-05"}}"#,
    ])
    func jsonLDDates(json: String) {
        let page = #"<html><head><script type="application/ld+json">\#(json)</script></head><body><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(page)?.published?.iso.hasPrefix("2024-10-05") == true)
    }

    @Test("a JSON-LD script with no type is read, and its character references decoded")
    func untypedScript() {
        let json = #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry &#8211; stopped for winter &amp; spring","datePublished":"2024-10-05"}"#
        let page = #"<html><head><script>\#(json)</script></head><body><article>\#(Self.story)</article></body></html>"#
        let article = Self.article(page)
        #expect(article?.title == "Night ferry – stopped for winter & spring")
        #expect(article?.published?.iso.hasPrefix("2024-10-05") == true)
    }

    @Test("a generic date tag loses to the date line the header states")
    func genericMetaDate() {
        let page = #"<html><head><meta name="date" content="2024-11-20"></head><body><article><h1>Night ferry stops for the winter</h1><p>5 October 2024</p>\#(Self.story)</article></body></html>"#
        #expect(Self.article(page)?.published?.iso.hasPrefix("2024-10-05") == true)
        let undated = #"<html><head><meta name="date" content="2024-11-20"></head><body><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(undated)?.published?.iso.hasPrefix("2024-11-20") == true)
    }

    @Test("markup in the body that marks the publication date", arguments: [
        #"<abbr class="published" title="2024-10-05T08:00:00+02:00">5 Oct</abbr>"#,
        #"<span itemprop="datePublished" content="2024-10-05"></span>"#,
        #"<time class="entry-date published updated" datetime="2024-10-05T08:00:00+02:00">5 October</time>"#,
    ])
    func bodyMarkup(marker: String) {
        let page = "<html><body><article>\(marker)\(Self.story)</article></body></html>"
        #expect(Self.article(page)?.published?.iso.hasPrefix("2024-10-05") == true)
    }

    @Test("a UTC stamp near midnight takes the day the page shows")
    func utcNearMidnight() {
        let page = #"<html><head><meta property="article:published_time" content="2024-10-04T22:30:00Z"></head><body><article><h1>Night ferry stops for the winter</h1><p>5 October 2024</p>\#(Self.story)</article></body></html>"#
        #expect(Self.article(page)?.published?.iso.hasPrefix("2024-10-05") == true)
        let afternoon = page.replacingOccurrences(of: "T22:30:00Z", with: "T14:30:00Z")
        #expect(Self.article(afternoon)?.published?.iso.hasPrefix("2024-10-04") == true)
        // Local midnight stored in UTC, with no line to say so.
        let midnight = #"<html><head><meta property="article:published_time" content="2024-11-06T23:00:00Z"></head><body><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(midnight)?.published?.iso == "2024-11-07")
    }

    @Test("a press release dates itself in its first words")
    func openingDate() {
        let page = "<html><body><article><p>27.1.2024 – The ferry company said on Tuesday that the night crossing would stop for the winter, citing fuel costs.</p>\(Self.story)</article></body></html>"
        #expect(Self.article(page)?.published?.iso == "2024-01-27")
        let labelled = "<html><body><article><p>Pressemitteilung vom 27. Januar 2024 | Valmora – Die Fährgesellschaft stellt die Nachtfähre ein, teilte sie am Dienstag mit.</p>\(Self.story)</article></body></html>"
        #expect(Self.article(labelled)?.published?.iso == "2024-01-27")
    }

    @Test("an address that spells the day first or the month in one digit", arguments: [
        ("https://example.org/meldungen/29-10-2021-faehre", "2021-10-29"),
        ("https://example.org/2017/7/12/faehre", "2017-07-12"),
    ])
    func addressDates(url: String, expected: String) {
        #expect(PageURL.date(in: url)?.iso == expected)
    }

    @Test("a title segment that is only a date dates the page, and leaves the title")
    func titleDate() {
        let page = "<html><head><title>Harbour | Night ferry stops for the winter | 05.10.2024</title></head><body><article>\(Self.story)</article></body></html>"
        let article = Self.article(page)
        #expect(article?.published?.iso == "2024-10-05")
        #expect(article?.title?.contains("2024") == false)
    }

    @Test("a comment's time is the comment's")
    func commentTime() {
        let page = #"<html><body><article>\#(Self.story)</article><div class="comments"><time datetime="2024-12-01T10:00:00Z">1 Dec</time><p>Great piece, thanks for writing it.</p></div></body></html>"#
        #expect(Self.article(page)?.published == nil)
    }

    @Test("the data a page hands its scripts names the publication time")
    func scriptData() {
        let page = #"<html><head><script>window.__STATE__ = {"story":{"published_at":"2024-10-05T06:22:28+01:00","views":12}};</script></head><body><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(page)?.published?.iso.hasPrefix("2024-10-05") == true)
        let other = page.replacingOccurrences(of: "published_at", with: "expires_at")
        #expect(Self.article(other)?.published == nil)
    }

    @Test("a bare date in a list box before the story is the story's; after it, another story's")
    func earlyDateInAList() {
        let before = #"<html><body><aside><ul><li>Harbour</li><li>05.10.2024</li></ul></aside><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(before)?.published?.iso == "2024-10-05")
        let after = #"<html><body><article>\#(Self.story)</article><aside><ul><li>Harbour</li><li>05.10.2024</li></ul></aside></body></html>"#
        #expect(Self.article(after)?.published == nil)
    }

    @Test("an element named for a date dates a page nothing else dates", arguments: [
        #"<html><body><article><div class="info"><span class="date">05.10.2024</span><span class="category">Fähren</span></div>STORY</article></body></html>"#,
        #"<html><body><article><p class="article-datum">5. Oktober 2024</p>STORY</article></body></html>"#,
    ])
    func namedDateElement(page: String) {
        let article = Self.article(page.replacingOccurrences(of: "STORY", with: Self.story))
        #expect(article?.published?.iso.hasPrefix("2024-10-05") == true)
    }

    @Test("an element named for a date holding more than a date says nothing")
    func namedElementWithProse() {
        let page = #"<html><body><article><div class="date-note">Crossings resume in spring, from 5 October 2024 the company said in its statement</div>\#(Self.story)</article></body></html>"#
        #expect(Self.article(page)?.published == nil)
    }

    @Test("the day a page last changed dates it only when nothing else does")
    func updateDate() {
        let updatedOnly = #"<html><head><meta property="article:modified_time" content="2024-10-07T09:00:00Z"></head><body><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(updatedOnly)?.published?.iso.hasPrefix("2024-10-07") == true)
        let both = #"<html><head><meta property="article:modified_time" content="2024-10-07T09:00:00Z"><meta property="article:published_time" content="2024-10-05T08:00:00Z"></head><body><article>\#(Self.story)</article></body></html>"#
        #expect(Self.article(both)?.published?.iso.hasPrefix("2024-10-05") == true)
    }
}
