import Foundation
import Testing

/// `storyline stories`, and `--story` on the other commands, on a folder of two ferry groundings
/// years apart (same kind of event, different ships, people and places), a wire story with its
/// reprint, and one unrelated article.
@Suite("Stories in a mixed folder")
struct StoriesCommandTests {
    static let folder = "Tests/StoryCoreTests/Fixtures/mixed"

    static func stories() throws -> [[String: Any]] {
        let run = try Binary.run(["stories", folder, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["articles"] as? [Any])?.count == 7)
        return try #require(json["stories"] as? [[String: Any]])
    }

    static func files(_ story: [String: Any]) -> Set<String> {
        Set((story["articles"] as? [[String: Any]] ?? []).compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } })
    }

    @Test func twoEventsOfOneKindAreTwoStoriesAndTheStrayIsItsOwn() throws {
        let stories = try Self.stories()
        #expect(stories.map(Self.files) == [
            ["ostrel-herald.txt", "coast-radio.txt", "ostrel-daily.txt"],
            ["kessby-wire.txt", "kessby-reprint.txt", "halvik-post.txt"],
            ["bakery.txt"],
        ])
        for story in stories {
            for key in ["id", "label", "from", "to", "outlets", "articles"] { #expect(story[key] != nil, "\(key)") }
        }
        #expect(stories[0]["from"] as? String == "2024-05-14" && stories[0]["to"] as? String == "2024-05-16")
    }

    @Test func aReprintIsMarkedAsOneFamilyWithItsWireCopy() throws {
        let kessby = try Self.stories()[1]["articles"] as? [[String: Any]] ?? []
        let families = Dictionary(uniqueKeysWithValues: kessby.map { (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0["family"] as? String) })
        #expect(families["kessby-wire.txt"] != nil && families["kessby-wire.txt"] == families["kessby-reprint.txt"])
        #expect(families["halvik-post.txt"] == .some(nil))
    }

    @Test func otherCommandsTakeTheLargestAndSaySoOrTheStoryNamed() throws {
        let largest = try Binary.run(["timeline", Self.folder, "--format", "json"])
        #expect(largest.status == 0)
        #expect(largest.stderr.hasPrefix("storyline: note: 3 stories in this folder; showing the largest, st1"))
        #expect(largest.stdout.contains("Marisol") && !largest.stdout.contains("Nordlys"))
        for name in ["st2", "ferry grounds near kess"] {
            let named = try Binary.run(["timeline", Self.folder, "--story", name, "--format", "json"])
            #expect(named.status == 0 && named.stderr.isEmpty)
            #expect(named.stdout.contains("Nordlys") && !named.stdout.contains("Marisol"), "\(name)")
        }
        let unknown = try Binary.run(["quotes", Self.folder, "--story", "zeppelin"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("storyline: error: no story 'zeppelin' among 3 stories"))
    }

    @Test func aFolderOfOneStoryIsOneStory() throws {
        for folder in ["Sources/storyline/Demo", "Tests/StoryCoreTests/Fixtures/harbor"] {
            let run = try Binary.run(["stories", Binary.packageRoot.appendingPathComponent(folder).path])
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("1 story in"), "\(folder): \(run.stdout)")
        }
    }

    @Test func exportWritesOneArticleALineWithItsStoryFamilyQuotesAndEvents() throws {
        let run = try Binary.run(["export", Self.folder, "--format", "jsonl"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let byFile = Dictionary(uniqueKeysWithValues: objects.map { (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0) })
        let herald = try #require(byFile["ostrel-herald.txt"])
        #expect(herald["story"] as? String == "st1")
        let quotes = try #require(herald["quotes"] as? [[String: Any]])
        #expect(quotes.contains { ($0["speaker"] as? String)?.contains("Varga") == true && ($0["statement"] as? String)?.hasPrefix("st1/") == true })
        let events = try #require(herald["events"] as? [[String: Any]])
        #expect(events.contains { ($0["date"] as? String)?.hasPrefix("2024-05") == true })
        #expect(byFile["kessby-wire.txt"]?["family"] as? String != nil)
        #expect(byFile["kessby-wire.txt"]?["family"] as? String == byFile["kessby-reprint.txt"]?["family"] as? String)
        let one = try Binary.run(["export", Self.folder, "--story", "st2", "--format", "jsonl"])
        #expect(one.stdout.split(separator: "\n").count == 3)
    }
}
