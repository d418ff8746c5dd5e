import Foundation
import Testing
import StoryCore
@testable import StoryUI

/// Keys in, state and screen out: the views over the panes form a stack.
@Suite("Views as a stack")
struct ViewStackTests {
    @Test func helpOverAComparisonReturnsToIt() {
        var app = Demo.app()
        for key: Key in [.character("c"), .character("j"), .enter] { app.handle(key) }
        #expect(app.mode == .compare(left: 0, right: 1))
        for closing: Key in [.character("?"), .escape, .character("q")] {
            app.handle(.character("?"))
            #expect(app.mode == .help)
            app.handle(closing)
            #expect(app.mode == .compare(left: 0, right: 1), "closed with \(closing)")
        }
        app.handle(.escape)
        #expect(app.mode == .main && !app.quit)
    }

    @Test func aScrolledViewKeepsItsPlaceUnderHelp() {
        var app = Demo.app()
        app.resize(width: 100, height: 20)
        app.handle(.character("Q"))
        for _ in 0..<5 { app.handle(.character("j")) }
        let before = app.render(width: 100, height: 20).text
        app.handle(.character("?"))
        app.handle(.escape)
        #expect(app.render(width: 100, height: 20).text == before)
    }

    @Test func theQuotesViewHasACursorAndEnterReadsTheWording() throws {
        var app = Demo.app()
        app.resize(width: 100, height: 30)
        app.handle(.character("Q"))
        // speaker, statement, wording
        app.handle(.character("j"))
        app.handle(.character("j"))
        app.handle(.enter)
        guard case .reader(let article) = app.mode else { Issue.record("not reading: \(app.mode)"); return }
        let screen = app.render(width: 100, height: 30)
        #expect(screen.text.contains("Read — \(Demo.model.story.articles[article].displayName)"))
        #expect(screen.text.contains("¶"))
        #expect(screen.cells.contains { $0.role == .matchCurrent }, "the quotation is marked")
        app.handle(.escape)
        #expect(app.mode == .quotes)
    }

    @Test func aTimelineEventIsReadAtItsParagraphAndBack() {
        var app = Demo.app()
        app.resize(width: 120, height: 30)
        app.handle(.character("2"))
        app.handle(.character("+"))
        guard case .reader = app.mode else { Issue.record("not reading: \(app.mode)"); return }
        #expect(app.render(width: 120, height: 30).cells.contains { $0.role == .matchCurrent })
        app.handle(.escape)
        #expect(app.mode == .main && app.focus == .timeline)
    }

    @Test func anEventsWordingsAreSteppedAndEachReadInItsArticle() throws {
        var app = Demo.app()
        app.resize(width: 160, height: 45)
        // The first event is told by every outlet.
        app.handle(.character("2"))
        app.handle(.enter)
        #expect(app.focus == .detail)
        app.handle(.character("]"))
        app.handle(.character("]"))
        #expect(app.eventWording == 1)
        let wording = try #require(Demo.model.eventWordings[app.selectedEvent].dropFirst().first)
        app.handle(.enter)
        #expect(app.mode == .reader(try #require(Demo.model.articleIndex(wording.mention.article))))
        app.handle(.escape)
        #expect(app.mode == .main && app.eventWording == 1)
    }

    @Test func renderingChangesNothing() {
        var app = Demo.app()
        for key: Key in [.character("2"), .character("j"), .enter, .control("d")] { app.handle(key) }
        let first = app.render(width: 90, height: 30)
        _ = app.render(width: 30, height: 8)
        _ = app.render(width: 200, height: 60)
        #expect(app.render(width: 90, height: 30) == first)
    }
}

@Suite("Search as you type")
struct TypedSearchTests {
    @Test func aWordMatchesWhileItIsTyped() {
        var app = Demo.app()
        app.handle(.character("/"))
        for character in "fer" { app.handle(.character(character)) }
        #expect(!app.matches.isEmpty, "/fer finds Ferrand before the word is complete")
        let typed = app.matches.count
        app.handle(.enter)
        #expect(app.matches.count == typed, "Enter keeps what typing found")
    }

    @Test func nStepsInReadingOrderAndTheCountsAgree() throws {
        var app = Demo.app()
        app.resize(width: 200, height: 30)
        app.handle(.character("/"))
        for character in "dam" { app.handle(.character(character)) }
        let paragraphs = app.matches.compactMap { match -> [Int]? in
            if case .paragraph(let article, let paragraph) = match { return [article, paragraph] } else { return nil }
        }
        #expect(paragraphs == paragraphs.sorted { $0.lexicographicallyPrecedes($1) })
        let screen = app.render(width: 200, height: 30).text
        let summary = app.matchSummary
        #expect(summary.hasPrefix("\(app.matches.count) matches"))
        // The prompt and the Search pane say the same.
        #expect(screen.components(separatedBy: summary).count - 1 == 2, "\(screen)")
    }
}

@Suite("The prompt")
struct PromptTests {
    static func typed(_ keys: [Key]) -> (LineEditor, [LineEditor.Outcome]) {
        var editor = LineEditor()
        let outcomes = keys.map { editor.handle($0) }
        return (editor, outcomes)
    }

    static func characters(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func readlineKeysEdit() {
        #expect(Self.typed(Self.characters("flood wall") + [.control("w")]).0.text == "flood ")
        #expect(Self.typed(Self.characters("flood wall") + [.control("u")]).0.text == "")
        #expect(Self.typed(Self.characters("flood wall") + [.home, .delete, .character("F")]).0.text == "Flood wall")
        #expect(Self.typed(Self.characters("flood wall") + [.control("a"), .right, .right, .control("k")]).0.text == "fl")
        let (editor, _) = Self.typed(Self.characters("dm") + [.left, .character("a")])
        #expect(editor.text == "dam" && editor.cursor == 2)
    }

    @Test func historyWalksBackAndForth() {
        var editor = LineEditor()
        for word in ["dam", "flood"] {
            editor.begin()
            for key in Self.characters(word) { _ = editor.handle(key) }
            #expect(editor.handle(.enter) == .accepted)
        }
        editor.begin()
        for key in Self.characters("me") { _ = editor.handle(key) }
        _ = editor.handle(.up)
        #expect(editor.text == "flood")
        _ = editor.handle(.up)
        #expect(editor.text == "dam")
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.text == "me", "the line being typed comes back")
    }

    @Test func backspaceOnAnEmptyPromptKeepsItOpen() {
        var app = Demo.app()
        app.handle(.character("/"))
        app.handle(.backspace)
        app.handle(.character("t"))
        app.handle(.character("t"))
        #expect(app.editingQuery && app.query == "tt" && app.themeName == "default")
        app.handle(.control("u"))
        #expect(app.query.isEmpty && app.editingQuery)
        app.handle(.escape)
        #expect(!app.editingQuery)
    }
}

@Suite("Wrapping")
struct WrapTests {
    static func text(_ lines: [StyledLine]) -> [String] { lines.map { $0.map(\.text).joined() } }

    @Test("punctuation stays with its word, across roles", arguments: [
        [Span("we did what the protocol asks of us", .quote), Span(",\" Ibáñez told the paper.")],
        [Span("It was the evening "), Span("“", .normal), Span("went exactly as planned”", .quote)],
        [Span("The council met "), Span("on Thursday", .date), Span(", the city's paper said.")],
        [Span("They said it went \""), Span("very wrong", .quote), Span("\" on the night.")],
    ])
    func noLineStartsWithClosingPunctuation(spans: [Span]) {
        for width in 12...40 {
            let lines = Self.text(Styled.wrap(spans, width: width))
            for line in lines {
                #expect(!(line.first.map { ",.;:!?)”’".contains($0) } ?? false), "width \(width): \(lines)")
                #expect(!(line.last.map { "“‘(".contains($0) } ?? false), "width \(width): \(lines)")
            }
        }
    }

    @Test func aWordLongerThanTheLineIsStillSplit() {
        let lines = Self.text(Styled.wrap([Span("Supercalifragilistic")], width: 8))
        #expect(lines.count == 3 && lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }
}

@Suite("Keys a less and tig user reaches for")
struct ReaderKeyTests {
    @Test func controlKeysPageLikeLess() {
        var app = Demo.app()
        app.resize(width: 120, height: 20)
        app.handle(.enter)
        #expect(app.focus == .detail)
        app.handle(.control("d"))
        let half = app.detailTop
        #expect(half > 0)
        app.handle(.control("u"))
        #expect(app.detailTop == 0)
        app.handle(.control("f"))
        #expect(app.detailTop > half)
        app.handle(.control("b"))
        #expect(app.detailTop == 0)
    }

    @Test func comparingASourceWithItselfIsRefused() {
        var app = Demo.app()
        app.handle(.character("c"))
        app.handle(.enter)
        #expect(app.mode == .main && app.comparePick == 0)
        #expect(app.message?.contains("another source") == true)
        app.handle(.character("c"))
        #expect(app.mode == .main && app.message?.contains("another source") == true)
        app.handle(.character("j"))
        app.handle(.character("c"))
        #expect(app.mode == .compare(left: 0, right: 1))
    }

    @Test func aComparisonStepsThroughDifferencesSwapsAndChangesSides() {
        var app = Demo.app()
        app.resize(width: 160, height: 45)
        for key: Key in [.character("c"), .character("j"), .enter] { app.handle(key) }
        app.handle(.character("]"))
        #expect(app.render(width: 160, height: 45).text.contains("▶"))
        app.handle(.character("x"))
        #expect(app.mode == .compare(left: 1, right: 0))
        app.handle(.character("}"))
        #expect(app.mode == .compare(left: 1, right: 2))
        app.handle(.character("{"))
        #expect(app.mode == .compare(left: 3, right: 2))
    }

    @Test func withoutColourDifferencesAreMarkedInText() {
        var app = Demo.app()
        app.plainMarks = true
        app.resize(width: 160, height: 45)
        for key: Key in [.character("c"), .character("j"), .enter] { app.handle(key) }
        let text = app.render(width: 160, height: 45).text
        #expect(text.contains("[-") && text.contains("{+"))
    }

    @Test func aFilterNarrowsEveryPaneAndEscClearsIt() {
        var app = Demo.app()
        app.resize(width: 160, height: 45)
        app.handle(.character("&"))
        for character in "outlet:courier" { app.handle(.character(character)) }
        app.handle(.enter)
        #expect(app.shownSources == [0])
        #expect(app.shownEvents.count < Demo.model.events.count && !app.shownEvents.isEmpty)
        #expect(app.render(width: 160, height: 45).text.contains("filter: outlet:courier"))
        app.handle(.escape)
        #expect(app.filter.isEmpty && app.shownSources.count == 4)
    }

    @Test func sourcesSortByDateAndTheSelectionFollows() {
        var app = Demo.app()
        app.handle(.character("s"))
        #expect(app.sourceOrder == .date)
        let dates = app.shownSources.map { Demo.model.story.articles[$0].published?.iso ?? "~" }
        #expect(dates == dates.sorted())
    }

    @Test func yankCopiesTheSelectionWithItsCitation() throws {
        var app = Demo.app()
        app.handle(.character("y"))
        let copied = try #require(app.clipboard)
        #expect(copied.contains(Demo.model.story.articles[0].displayName))
        app.handle(.character("2"))
        app.handle(.character("y"))
        #expect(app.clipboard?.contains("reported by") == true)
    }

    @Test func skippedFilesAreCountedAndListed() {
        let documents = DocumentReader.read(data: Data("Pier to reopen\n\nThe pier will reopen in spring, the council said on Tuesday.\n".utf8), path: "pier.txt").documents
        var story = StoryLoader.assemble(documents: documents)
        story.warnings = [LoadWarning(path: "broken.html", message: "cannot be read: permission denied")]
        var app = BrowserApp(model: BrowserModel(story: story))
        app.resize(width: 100, height: 20)
        #expect(app.render(width: 100, height: 20).text.contains("1 skipped (W)"))
        app.handle(.character("W"))
        let text = app.render(width: 100, height: 20).text
        #expect(text.contains("broken.html: cannot be read: permission denied"))
    }

    @Test func namesThatDifferAtTheEndStayApart() {
        let first = BrowserApp.fitted("harbour-council-meeting-report-part-1.txt", width: 20)
        let second = BrowserApp.fitted("harbour-council-meeting-report-part-2.txt", width: 20)
        #expect(first != second && DisplayWidth.of(first) <= 20)
        // An outlet's name is cut at its end, and fits whole where it can.
        #expect(BrowserApp.fitted("The Brenmoor Courier and Gazette", width: 20) == "The Brenmoor Courie…")
        var app = Demo.app()
        app.resize(width: 120, height: 30)
        #expect(app.render(width: 120, height: 30).text.contains("The Brenmoor Courier"))
    }

    @Test func theTimelineIsOnTheFirstScreenAt80x24() {
        var app = Demo.app()
        app.resize(width: 80, height: 24)
        let text = app.render(width: 80, height: 24).text
        #expect(text.contains("2 Timeline") && text.contains("1 Sources") && text.contains("? help"))
    }

    @Test func theHelpExplainsEverySymbolOnce() {
        let marks = HelpView.legend.filter { !$0.1.isEmpty }.map(\.0)
        #expect(marks.contains("w") && marks.contains("!") && marks.contains("="))
        #expect(Set(marks).count == marks.count, "no symbol means two things")
    }
}

@Suite("A folder of several stories")
struct StoryListTests {
    static func library() -> (Story, StoryGroups) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let story = try! StoryLoader.load(paths: [root.appendingPathComponent("StoryCoreTests/Fixtures/mixed").path])
        return (story, StoryGroups.find(story))
    }

    @Test func theListOpensAStoryAndQComesBack() throws {
        let (story, groups) = Self.library()
        var app = BrowserApp(model: .loading)
        app.resize(width: 100, height: 20)
        app.adoptLibrary(story, groups)
        var text = app.render(width: 100, height: 20).text
        #expect(text.contains("Stories in this folder") && text.contains("3 stories · 7 articles"))
        #expect(text.contains("Marisol freed") && text.contains("Ferry grounds near Kessby"))
        app.handle(.character("j"))
        app.handle(.enter)
        #expect(app.mode == .main)
        #expect(Set(app.model.story.articles.map(\.path).map { URL(fileURLWithPath: $0).lastPathComponent }) == ["kessby-wire.txt", "kessby-reprint.txt", "halvik-post.txt"])
        text = app.render(width: 100, height: 20).text
        #expect(text.contains("1 Sources") && text.contains("Nordlys"))
        app.handle(.character("q"))
        #expect(app.mode == .stories && !app.quit)
        app.handle(.character("/"))
        for character in "bakery" { app.handle(.character(character)) }
        app.handle(.enter)
        text = app.render(width: 100, height: 20).text
        #expect(text.contains("1/3") && !text.contains("Marisol"))
        app.handle(.character("q"))
        #expect(app.quit)
    }

    /// A story opened from the list shows its sources at once and is analysed behind the
    /// browser; an analysis that comes back after the reader has moved to another story is dropped.
    @Test func anOpenedStoryIsAnalysedBehindTheKeys() throws {
        let (story, groups) = Self.library()
        var app = BrowserApp(model: .loading)
        app.resize(width: 100, height: 20)
        app.adoptLibrary(story, groups)
        app.handle(.enter)
        let first = try #require(app.storyToAnalyse)
        #expect(!app.model.isAnalysed && app.render(width: 100, height: 20).text.contains("analysing quotes and timeline"))
        app.storyToAnalyse = nil
        app.handle(.character("q"))
        app.handle(.character("j"))
        app.handle(.enter)
        let second = try #require(app.storyToAnalyse)
        app.adopt(BrowserModel(story: first))
        #expect(!app.model.isAnalysed, "the first story's analysis is not the open story's")
        app.adopt(BrowserModel(story: second))
        #expect(app.model.isAnalysed && app.model.story.articles.count == second.articles.count)
        #expect(!app.render(width: 100, height: 20).text.contains("analysing"))
    }

    @Test func aWireStoryIsListedOnceWithItsCopiesCounted() throws {
        let (story, groups) = Self.library()
        var app = BrowserApp(model: .loading)
        app.resize(width: 140, height: 20)
        app.adoptLibrary(story, groups)
        let kessby = try #require(groups.groups.firstIndex { $0.label.contains("Kessby") })
        app.openStory(kessby)
        // Its sources at once; the analysis (which finds the copies) comes from behind the browser.
        let opened = try #require(app.storyToAnalyse)
        app.storyToAnalyse = nil
        app.adopt(BrowserModel(story: opened))
        #expect(app.shownSources.count == 2)
        #expect(app.render(width: 140, height: 20).text.contains("+1 copy"))
        app.handle(.character("C"))
        #expect(app.shownSources.count == 3)
        #expect(app.render(width: 140, height: 20).text.contains(" f1"))
    }
}
