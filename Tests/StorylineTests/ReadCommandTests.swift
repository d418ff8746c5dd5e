import Foundation
import Testing

/// `storyline read`: each page's clean article on its own, as an extractor in a pipeline gives it.
@Suite("storyline read, one page at a time")
struct ReadCommandTests {
    static let page = "Tests/StoryCoreTests/Fixtures/harbor/03-port-news.html"

    @Test func textGivesTitleFactsAndTheStoryOnly() throws {
        let run = try Binary.run(["read", Self.page])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Pier 4 crane collapse: two injured as Valmora shuts berth")
        #expect(lines.dropFirst().first == "Port News · by Hana Whitlock · 2025-03-04T12:20:00+01:00")
        #expect(run.stdout.contains("Operations at Pier 4 of the Port of Valmora were suspended"))
        #expect(!run.stdout.lowercased().contains("cookie"), "page furniture is left out")
    }

    @Test func markdownHasAHeadingFactsAndSections() throws {
        let run = try Binary.run(["read", Self.page, "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# Pier 4 crane collapse: two injured as Valmora shuts berth\n\n*Port News · by Hana Whitlock"))
        #expect(run.stdout.contains("\n## What happened\n"))
        #expect(run.stdout.contains("\n- Two workers injured, one seriously\n"))
    }

    @Test func jsonIsTheSourcesShapeWithEachPageOnItsOwn() throws {
        let run = try Binary.run(["read", Self.page, "Tests/StoryCoreTests/Fixtures/harbor/01-valmora-daily.txt", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["a1", "a2"])
        #expect(articles.allSatisfy { $0.keys.contains("url") && $0.keys.contains("paragraphs") })
    }

    @Test func aPageWithNothingToKeepSaysWhy() throws {
        let run = try Binary.run(["read", "Tests/StoryCoreTests/Fixtures/bad/only-boilerplate.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("has no story text (only menus, notices or other page furniture)"))
        #expect(!run.stderr.contains(".txt, .md"))
    }
}
