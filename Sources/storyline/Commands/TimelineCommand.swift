import ArgumentParser
import StoryCore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "What happened when: every dated event, merged across outlets, with their disagreements.")

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    func run() throws {
        let (loaded, families) = try story.loadStoryAndFamilies()
        let events = TimelineAnalyzer.analyze(loaded, families: families)
        switch output.format {
        case .json:
            let report = TimelineReport.json(loaded, events, families: families)
            ReportOutput.finish(report.rendered(), keeping: report, loaded, events)
        case .text: ReportOutput.finish(text: TimelineReport.text(loaded, events, families: families), keeping: loaded, events)
        }
    }
}
