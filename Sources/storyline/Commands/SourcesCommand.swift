import ArgumentParser
import StoryCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List every article: outlet, title, date, byline, story text, and what was removed.")

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    @Flag(help: ArgumentHelp(
        "Also show how much of the story each article carries: the statements and events other outlets report too.",
        discussion: "This reads every quotation and date of the story, so it takes as long as `quotes` and `timeline` together."))
    var coverage = false

    func run() throws {
        let loaded = try story.loadStory()
        // Listing sources is reading and normalizing only; what each carries needs the whole analysis.
        var shared: StoryCoverage?
        if coverage {
            let (quotes, events, _) = StoryAnalysis.run(loaded)
            shared = StoryCoverage.compute(loaded, quotes: quotes, timeline: events)
        }
        switch output.format {
        case .json: print(SourcesReport.json(loaded, coverage: shared).rendered())
        case .text: print(SourcesText.render(loaded, coverage: shared))
        }
    }
}
