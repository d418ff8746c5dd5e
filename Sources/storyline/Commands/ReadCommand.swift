import ArgumentParser
import Foundation
import StoryCore

/// One page at a time: each file's clean article, as an extractor in a pipeline would give it.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print each page's clean article (title, byline, date, outlet, URL, text), each page on its own.",
        discussion: "Give '-' to read a page from standard input.")

    @Argument(help: "Pages to read ('-' for standard input).")
    var paths: [String]

    @Option(help: "Output format: text, markdown, or json (the sources shape).")
    var format: ReadFormat = .text

    enum ReadFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    func run() throws {
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        var failures: [String] = []
        for path in paths {
            var pages: [(path: String, page: (article: Article?, warnings: [LoadWarning]))] = []
            if path == "-" {
                let data = FileHandle.standardInput.readData(ofLength: DocumentReader.sizeLimit + 1)
                pages.append(("-", PageReport.read(data: data, path: "-")))
            } else {
                let collected: FileCollector.Collected
                do {
                    collected = try FileCollector.collect([path])
                } catch {
                    throw StorylineError.usage(error.description)
                }
                warnings += collected.warnings
                pages += collected.files.map { ($0, PageReport.read(path: $0)) }
            }
            for (file, page) in pages {
                warnings += page.warnings
                if var article = page.article {
                    article.id = "a\(articles.count + 1)"
                    articles.append(article)
                } else {
                    failures.append(file)
                }
            }
        }
        StoryPaths.report(warnings)
        if articles.isEmpty {
            let named = failures.count == 1 ? "'\(failures[0])'" : "any of the \(failures.count) pages"
            throw StorylineError.failure("no article to read in \(named); the warnings say why")
        }
        switch format {
        case .json:
            let story = Story(title: nil, referenceDate: nil, articles: articles, warnings: warnings)
            let report = SourcesReport.json(story)
            ReportOutput.finish(report.rendered(), keeping: report, story)
        case .text: ReportOutput.finish(text: articles.map(PageReport.text).joined(separator: "\n\n\n"), keeping: articles)
        case .markdown: ReportOutput.finish(text: articles.map(PageReport.markdown).joined(separator: "\n\n---\n\n"), keeping: articles)
        }
    }
}
