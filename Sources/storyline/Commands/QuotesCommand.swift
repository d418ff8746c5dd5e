import ArgumentParser
import StoryCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Who said what: every statement grouped by speaker, with each outlet's wording.")

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    func run() throws {
        let (loaded, families) = try story.loadStoryAndFamilies()
        let analysis = QuoteAnalyzer.analyze(loaded)
        switch output.format {
        case .json:
            let report = QuotesReport.json(loaded, analysis, families: families)
            ReportOutput.finish(report.rendered(), keeping: report, loaded, analysis)
        case .text: ReportOutput.finish(text: QuotesReport.text(loaded, analysis, families: families), keeping: loaded, analysis)
        }
    }
}
