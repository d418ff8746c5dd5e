import Foundation
import Testing
@testable import StoryCore

/// A page read on its own, as `storyline read` does, from a file or from standard input.
@Suite("One page on its own")
struct PageReportTests {
    @Test func aPageFromStandardInputIsRecognizedByItsContent() throws {
        let html = "<!DOCTYPE html><html><head><title>Pier reopens | Harbour Gazette</title><meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><nav><a href=\"/\">Home</a></nav><article><p>The pier reopened on Monday after repairs to the crane, the port authority said.</p></article></body></html>"
        let (article, warnings) = PageReport.read(data: Data(html.utf8), path: "-")
        let page = try #require(article)
        #expect(warnings.isEmpty)
        #expect(page.format == .html)
        #expect(page.paragraphs == ["The pier reopened on Monday after repairs to the crane, the port authority said."])
        #expect(PageReport.markdown(page).hasPrefix("# Pier reopens\n\n*Harbour Gazette · undated*"))
        #expect(PageReport.text(page).hasPrefix("Pier reopens\nHarbour Gazette · undated\n\nThe pier reopened"))
    }

    @Test func aPageOfFurnitureHasNoArticleAndSaysWhy() {
        let (article, warnings) = PageReport.read(data: Data("Home | News | Sport\n\nCookie settings\n".utf8), path: "-")
        #expect(article == nil)
        #expect(warnings.map(\.message).contains { $0.hasPrefix("has no story text") || $0.contains("empty") })
    }
}
