import Foundation
import Testing
@testable import StoryCore

@Test func debugFindings() throws {
    guard let seeds = Fixtures.seeds, ProcessInfo.processInfo.environment["DEBUG_QUOTES"] != nil else { return }
    let story = try StoryLoader.load(paths: [seeds])
    for article in story.articles {
        print("=== \(article.id)")
        let (findings, _) = QuoteFinder.find(in: article.paragraphs)
        _ = 0
        for f in findings { print("  p\(f.paragraph) \(f.kind) ref=\(String(describing: f.reference)) [\(f.referenceText ?? "")] cont=\(f.continuesPrevious) :: \(f.text.prefix(70))") }
    }
    StatementGrouper.debugScores = true
    _ = QuoteAnalyzer.analyze(story)
    StatementGrouper.debugScores = false
}
