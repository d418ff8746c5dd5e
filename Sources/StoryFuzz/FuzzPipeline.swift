import Foundation
import StoryCore
import StoryUI

/// Everything a file goes through, end to end, for one input: the fuzzer's target and the
/// regression tests' replay. An input is read as each format a file can be, joined to a small
/// story of its own so the story-wide rules (shared vocabulary, merging, comparison) have
/// something to work against, then analysed, indexed, searched, compared and drawn.
public enum FuzzPipeline {
    public static func run(_ data: Data) {
        for path in ["input.txt", "input.html", "input.md", "input.json", "input.jsonl"] {
            let read = DocumentReader.read(data: data, path: path)
            guard !read.documents.isEmpty else { continue }
            exercise(read.documents)
        }
    }

    private static func exercise(_ documents: [SourceDocument]) {
        let story = StoryLoader.assemble(documents: documents + companion)
        let quotes = QuoteAnalyzer.analyze(story)
        let events = TimelineAnalyzer.analyze(story)
        let index = StoryIndex(story: story, quotes: quotes, timeline: events)
        _ = QuotesReport.json(story, quotes).rendered()
        _ = TimelineReport.json(story, events).rendered()
        _ = SourcesReport.json(story, coverage: StoryCoverage.compute(story, quotes: quotes, timeline: events)).rendered()
        if let first = story.articles.first {
            let words = first.paragraphs.first?.split(separator: " ").prefix(3).map(String.init) ?? []
            for query in words + [words.joined(separator: " "), "\"\(words.joined(separator: " "))\"", "\(words.first ?? "a")*"] {
                let (total, hits) = index.search(SearchQuery(query), limit: 5)
                _ = SearchReport.json(story, query: query, total: total, hits: hits).rendered()
            }
            for other in story.articles.suffix(2) {
                let pairs = SentenceAligner.align(first, other, story: story)
                _ = CompareReport.text(left: first, right: other, pairs: pairs)
            }
        }
        var app = BrowserApp(model: BrowserModel(story: story, quotes: quotes, events: events, index: index))
        let keys: [Key] = [.enter, .down, .tab, .enter, .character("Q"), .escape, .character("2"), .enter, .character("/"), .character("e"), .enter]
        for (step, key) in keys.enumerated() {
            app.handle(key)
            let (width, height) = [(80, 24), (160, 45), (33, 9), (1, 1)][step % 4]
            _ = app.render(width: width, height: height)
        }
    }

    /// Two short articles of a made-up story for the input to sit beside.
    private static let companion: [SourceDocument] = [
        """
        Harbour crane collapses at Port Ellery

        A crane at Port Ellery collapsed on Tuesday, the port authority said. "Nobody was hurt," said Mara Quint, the harbour master.
        She said repairs would take until March 2025.
        """,
        """
        Port Ellery crane falls

        The Port Ellery crane fell on 10 December 2024. Harbour master Mara Quint told reporters that nobody was hurt.
        """,
    ].enumerated().flatMap { index, text in
        DocumentReader.read(data: Data(text.utf8), path: "companion-\(index + 1).txt").documents
    }
}
