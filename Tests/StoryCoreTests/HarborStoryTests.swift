import Foundation
import Testing
@testable import StoryCore

/// The harbor fixtures: one story from five outlets in four formats, with the mess real pages carry.
/// `harbor.expected.json` says what a careful reader would keep from each page.
@Suite("Normalizing the harbor story")
struct HarborStoryTests {
    static let loaded: Story = try! StoryLoader.load(paths: [Fixtures.path("harbor")])

    /// `file#N` in the expectations counts objects from 0; article paths count them from 1.
    static func article(for key: String) -> Article? {
        loaded.articles.first { article in
            let name = article.path.split(separator: "/").last.map(String.init) ?? ""
            guard let hash = name.lastIndex(of: "#") else { return name == key }
            let number = Int(name[name.index(after: hash)...])! - 1
            return "\(name[..<hash])#\(number)" == key
        }
    }

    static var expectations: [String: [String: Any]] { (try? Fixtures.expectations("harbor.expected.json")) ?? [:] }
    static let keys: [String] = expectations.keys.sorted()

    /// The parameterized test below runs no case at all when the file is gone; this one fails then.
    @Test func theExpectationsAreThere() throws {
        #expect(try Fixtures.expectations("harbor.expected.json").count >= 6)
    }

    @Test("metadata and story text match what the page states", arguments: keys)
    func page(key: String) throws {
        let expected = Self.expectations[key]!
        if expected["skipped"] as? Bool == true {
            #expect(Self.article(for: key) == nil)
            #expect(Self.loaded.warnings.contains { $0.message.contains("not text") })
            return
        }
        let article = try #require(Self.article(for: key), "no article for \(key)")
        for field in ["title", "outlet", "byline", "published", "format"] where expected.keys.contains(field) {
            let actual: String? = switch field {
            case "title": article.title
            case "outlet": article.outlet
            case "byline": article.byline
            case "published": article.published?.iso
            default: article.format.rawValue
            }
            let wanted = expected[field] as? String
            let alternatives = expected["\(field)Alternatives"] as? [String] ?? []
            #expect(actual == wanted || alternatives.contains(actual ?? ""), "\(key) \(field)")
        }
        let paragraphs = article.prose
        if let count = expected["paragraphCount"] as? Int { #expect(paragraphs.count == count, "\(key): \(paragraphs)") }
        if let count = expected["captions"] as? Int { #expect(article.captions.count == count, "\(key): \(article.captions)") }
        if let first = expected["firstParagraphStartsWith"] as? String { #expect(paragraphs.first?.hasPrefix(first) == true) }
        if let last = expected["lastParagraphStartsWith"] as? String { #expect(paragraphs.last?.hasPrefix(last) == true) }
        let body = paragraphs.joined(separator: "\n").lowercased()
        for text in expected["mustNotContain"] as? [String] ?? [] { #expect(!body.contains(text.lowercased()), "\(key) keeps '\(text)'") }
        for text in expected["mustContain"] as? [String] ?? [] { #expect(body.contains(text.lowercased()), "\(key) lacks '\(text)'") }
    }

    @Test func storyIsToldFromTheDayMostOutletsPublished() {
        #expect(Self.loaded.referenceDate?.iso == "2025-03-04")
        #expect(Self.loaded.articles.map(\.id) == (1...Self.loaded.articles.count).map { "a\($0)" })
    }

    @Test func removedBlocksSayWhy() throws {
        let page = try #require(Self.article(for: "01-valmora-daily.txt"))
        let reasons = Set(page.removed.map(\.reason))
        for reason in [RemovalReason.navigation, .title, .titleRepeat, .byline, .dateline, .advertisement, .share, .newsletter,
                       .relatedLinks, .tags, .cookieNotice, .copyright] {
            #expect(reasons.contains(reason), "\(reason)")
        }
        #expect(page.headings.map(\.text) == ["Questions over maintenance"])
    }
}
