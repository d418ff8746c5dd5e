import ArgumentParser
import StoryCore

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "The stories in a folder of mixed articles, with the wire copies among them.")

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try story.loadAll()
        let found = StoryGroups.find(loaded)
        switch output.format {
        case .json:
            let report = StoriesReport.json(loaded, found)
            ReportOutput.finish(report.rendered(), keeping: report, loaded, found)
        case .text: ReportOutput.finish(text: StoriesReport.text(loaded, found), keeping: loaded, found)
        }
    }
}
