import ArgumentParser
import Foundation
import StoryCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "One JSON object per article, per line: text, story, family, quotations, dated events (for a search engine's bulk loader).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl }

    @OptionGroup var story: StoryPaths
    @Option(help: "Output format: jsonl, one article per line.")
    var format: Format = .jsonl

    func run() throws {
        let all = try story.loadAll()
        let found = StoryGroups.find(all)
        let groups = try story.story.map { [try StoryPaths.group(named: $0, in: found)] } ?? found.groups
        // Written story by story, so memory holds one story's analysis at a time.
        for group in groups {
            let lines = ExportReport.lines(found.story(group, of: all), group: group, families: found.families)
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        // Ends at once, as every command does: freeing a big story's objects one by one costs seconds.
        withExtendedLifetime((all, found)) { Foundation.exit(EXIT_SUCCESS) }
    }
}
