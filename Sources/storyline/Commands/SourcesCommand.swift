import ArgumentParser
import StoryCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List every article: outlet, title, date, byline, story text, and what was removed.")

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try story.loadStory()
        switch output.format {
        case .json:
            let (quotes, events) = Parallel.both({ QuoteAnalyzer.analyze(loaded) }, { TimelineAnalyzer.analyze(loaded) })
            let coverage = StoryCoverage.compute(loaded, quotes: quotes, timeline: events)
            print(SourcesReport.json(loaded, coverage: coverage).rendered())
        case .text: print(SourcesText.render(loaded))
        }
    }
}
