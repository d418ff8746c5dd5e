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
        let (loaded, families) = try story.loadStoryAndFamilies()
        // Listing sources is reading and normalizing only; what each carries needs the whole analysis.
        var shared: StoryCoverage?
        var analysis: (quotes: QuoteAnalysis, events: [TimelineEvent], terms: StoryTerms)?
        if coverage {
            analysis = StoryAnalysis.run(loaded, families: families)
            shared = analysis.map { StoryCoverage.compute(loaded, quotes: $0.quotes, timeline: $0.events, families: families) }
        }
        switch output.format {
        case .json:
            let report = SourcesReport.json(loaded, coverage: shared, families: families)
            ReportOutput.finish(report.rendered(), keeping: report, loaded, analysis as Any)
        case .text: ReportOutput.finish(text: SourcesText.render(loaded, coverage: shared, families: families), keeping: loaded, analysis as Any)
        }
    }
}
