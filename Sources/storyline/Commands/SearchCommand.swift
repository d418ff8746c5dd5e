import ArgumentParser
import StoryCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find every place a name or phrase appears.",
        discussion: """
            All words must match, case and accents aside ("cisse" finds "Cissé"); words are lightly stemmed.
            "a phrase", word* (prefix), -word (exclude), outlet:NAME, speaker:NAME, date:YYYY[-MM[-DD]].
            """)

    @Argument(help: "The query, e.g. 'okafor \"ferry service\" -weather'.")
    var query: String

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    @Option(help: "How many hits to show.")
    var limit: Int = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number") }
    }

    func run() throws {
        let parsed = SearchQuery(query)
        let needsAnalysis = parsed.speaker != nil || parsed.date != nil
        // The timeline a `date:` filter reads is the `timeline` command's, copies and all.
        let (loaded, families) = needsAnalysis ? try story.loadStoryAndFamilies() : (try story.loadStory(), .none)
        let analysis = needsAnalysis ? StoryAnalysis.run(loaded, families: families) : nil
        let (quotes, timeline) = (analysis?.quotes, analysis?.events ?? [])
        let index = StoryIndex(story: loaded, quotes: quotes, timeline: timeline)
        let (total, hits) = index.search(parsed, limit: limit)
        switch output.format {
        case .json:
            let report = SearchReport.json(loaded, query: query, total: total, hits: hits)
            ReportOutput.finish(report.rendered(), keeping: report, loaded, index, analysis as Any)
        case .text: ReportOutput.finish(text: SearchReport.text(loaded, query: query, total: total, hits: hits), keeping: loaded, index, analysis as Any)
        }
    }
}
