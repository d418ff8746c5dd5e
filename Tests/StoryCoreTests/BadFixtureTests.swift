import Foundation
import Testing
@testable import StoryCore

/// The `bad` fixtures, each handled as `bad.expected.json` says: skipped with a warning naming the
/// file, or read as an article with the text it states.
@Suite("The bad fixtures, as their expectations say")
struct BadFixtureTests {
    static let loaded: Story = try! StoryLoader.load(paths: [Fixtures.path("bad"), Fixtures.path("harbor")])
    static var expectations: [String: [String: Any]] { (try? Fixtures.expectations("bad.expected.json")) ?? [:] }

    /// The parameterized test below runs no case at all when the file is gone; this one fails then.
    @Test func theExpectationsAreThere() throws {
        #expect(try Fixtures.expectations("bad.expected.json").count >= 6)
    }

    @Test("each bad file", arguments: expectations.keys.sorted())
    func badFile(name: String) throws {
        let expected = try #require(Self.expectations[name])
        let article = Self.loaded.articles.first { URL(fileURLWithPath: $0.path).lastPathComponent == name }
        let warned = Self.loaded.warnings.contains { URL(fileURLWithPath: $0.path).lastPathComponent == name }
        #expect(warned == (expected["warning"] as? Bool ?? false))
        guard expected["result"] as? String == "article" else {
            #expect(article == nil)
            return
        }
        let paragraphs = try #require(article).prose
        if let count = expected["paragraphCount"] as? Int { #expect(paragraphs.count == count) }
        if let first = expected["firstParagraphStartsWith"] as? String { #expect(paragraphs.first?.hasPrefix(first) == true) }
        if let last = expected["lastParagraphStartsWith"] as? String { #expect(paragraphs.last?.hasPrefix(last) == true) }
        for banned in expected["mustNotContain"] as? [String] ?? [] {
            #expect(!paragraphs.contains { $0.localizedCaseInsensitiveContains(banned) }, "\(banned)")
        }
    }
}
