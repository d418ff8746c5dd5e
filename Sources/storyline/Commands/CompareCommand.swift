import ArgumentParser
import StoryCore

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Two sources side by side, sentence by sentence, with word-level differences.")

    @Argument(help: "The left article: id, file name or outlet (a unique prefix is enough).")
    var left: String

    @Argument(help: "The right article.")
    var right: String

    @OptionGroup var story: StoryPaths
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try story.loadStory()
        let leftArticle = try resolve(left, in: loaded)
        let rightArticle = try resolve(right, in: loaded)
        let pairs = SentenceAligner.align(leftArticle, rightArticle, story: loaded)
        switch output.format {
        case .json:
            let report = CompareReport.json(loaded, left: leftArticle, right: rightArticle, pairs: pairs)
            ReportOutput.finish(report.rendered(), keeping: report, loaded, pairs)
        case .text: ReportOutput.finish(text: CompareReport.text(left: leftArticle, right: rightArticle, pairs: pairs), keeping: loaded, pairs)
        }
    }

    private func resolve(_ name: String, in story: Story) throws -> Article {
        do {
            return try ArticleResolver.resolve(name, in: story.articles)
        } catch .unknown(let name, let choices) {
            throw StorylineError.usage("no article '\(name)'; choose one of: \(choices.joined(separator: "; "))")
        } catch .ambiguous(let name, let matches) {
            throw StorylineError.usage("'\(name)' could be \(matches.joined(separator: " or ")); give more of it")
        }
    }
}
