import Foundation
import Testing
@testable import StoryCore

/// A family of copies counts once: in coverage, in how many outlets report an event or a
/// statement. The fixture's ferry story is a wire report, a reprint of it and a local report.
@Suite("Independent sources")
struct SourceFamiliesTests {
    static func ferry() throws -> Story {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let library = try StoryLoader.load(paths: [root.appendingPathComponent("Fixtures/mixed").path])
        let groups = StoryGroups.find(library)
        let group = try #require(groups.groups.first { $0.label.contains("Ferry") })
        return groups.story(group, of: library)
    }

    @Test func aReprintIsCountedBesideItsSource() throws {
        let story = try Self.ferry()
        let families = SourceFamilies(story)
        let wire = try #require(story.articles.first { $0.path.hasSuffix("kessby-wire.txt") })
        let reprint = try #require(story.articles.first { $0.path.hasSuffix("kessby-reprint.txt") })
        let local = try #require(story.articles.first { $0.path.hasSuffix("halvik-post.txt") })
        #expect(families.source(of: wire.id) == families.source(of: reprint.id))
        #expect(families.source(of: local.id) == local.id)
        #expect(families.count([wire.id, reprint.id]) == (sources: 1, reprints: 1))
        #expect(families.count([wire.id, reprint.id, local.id, local.id]) == (sources: 2, reprints: 1))
        #expect(SourceFamilies.none.count([wire.id, reprint.id]) == (sources: 2, reprints: 0))
    }

    @Test func whatOnlyOneWireCopySaysIsNotSharedCoverage() throws {
        let story = try Self.ferry()
        let (quotes, events, _) = StoryAnalysis.run(story)
        let families = SourceFamilies(story)
        let byArticles = StoryCoverage.compute(story, quotes: quotes, timeline: events)
        let bySources = StoryCoverage.compute(story, quotes: quotes, timeline: events, families: families)
        // The grounding is told only by the wire copy and its reprint: two outlets, one source.
        let grounding = try #require(events.first { $0.summary.contains("grounded") })
        #expect(families.count(grounding.mentions.map(\.article)) == (sources: 1, reprints: 1))
        #expect(byArticles.sharedEvents.contains(grounding.id))
        #expect(!bySources.sharedEvents.contains(grounding.id))
        let json = TimelineReport.json(story, events, families: families).rendered()
        #expect(json.contains("\"reprints\": 1") && json.contains("\"family\": \"f1\""))
        #expect(TimelineReport.text(story, events, families: families).contains("reported by 1 outlet (+1 reprint)"))
        let wire = try #require(story.articles.first { $0.path.hasSuffix("kessby-wire.txt") })
        let reprint = try #require(story.articles.first { $0.path.hasSuffix("kessby-reprint.txt") })
        let text = SourcesText.render(story, families: families)
        #expect(text.contains("the same copy as \(reprint.id) (family f1)") && text.contains("the same copy as \(wire.id) (family f1)"))
        #expect(!SourcesText.render(story).contains("the same copy"))
    }
}
