import Foundation
import Testing
import StoryCore
@testable import StoryUI

/// The demo story from the source tree: several outlets, quotes, dates and a disagreement.
enum Demo {
    static let model: BrowserModel = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let story = try! StoryLoader.load(paths: [root.appendingPathComponent("Sources/storyline/Demo").path])
        return BrowserModel(story: story)
    }()

    static func app() -> BrowserApp {
        BrowserApp(model: model, themeNames: ["default", "light", "mono"])
    }
}

/// Compares with `Golden/NAME.txt`; `STORYLINE_RECORD=1` writes the file instead.
func expectGolden(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    if ProcessInfo.processInfo.environment["STORYLINE_RECORD"] != nil {
        try (screen.text + "\n").write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(screen.text + "\n" == expected, "screen differs from Golden/\(name).txt:\n\(screen.text)", sourceLocation: sourceLocation)
}

@Suite("The browser, rendered headless")
struct BrowserGoldenTests {
    @Test func mainViewAt80x24() throws {
        var app = Demo.app()
        app.resize(width: 80, height: 24)
        try expectGolden(app.render(width: 80, height: 24), "main-80x24")
    }

    @Test func mainViewAt160x45() throws {
        var app = Demo.app()
        app.resize(width: 160, height: 45)
        try expectGolden(app.render(width: 160, height: 45), "main-160x45")
    }

    @Test func articleTextAt160x45() throws {
        var app = Demo.app()
        app.handle(.character("j"))
        app.handle(.enter)
        #expect(app.focus == .detail)
        app.resize(width: 160, height: 45)
        try expectGolden(app.render(width: 160, height: 45), "article-160x45")
    }

    @Test func eventWithDisagreementAt160x45() throws {
        var app = Demo.app()
        app.handle(.character("2"))
        app.resize(width: 160, height: 45)
        try expectGolden(app.render(width: 160, height: 45), "event-160x45")
    }

    @Test func quotesView() throws {
        var app = Demo.app()
        app.handle(.character("Q"))
        app.resize(width: 80, height: 24)
        try expectGolden(app.render(width: 80, height: 24), "quotes-80x24")
    }

    @Test func compareView() throws {
        var app = Demo.app()
        app.handle(.character("c"))
        app.handle(.character("j"))
        app.handle(.enter)
        app.resize(width: 160, height: 45)
        try expectGolden(app.render(width: 160, height: 45), "compare-160x45")
    }

    @Test func helpView() throws {
        var app = Demo.app()
        app.handle(.character("?"))
        app.resize(width: 80, height: 24)
        try expectGolden(app.render(width: 80, height: 24), "help-80x24")
    }

    @Test func searchAsYouType() throws {
        var app = Demo.app()
        app.handle(.character("/"))
        for character in "protocol" { app.handle(.character(character)) }
        app.resize(width: 80, height: 24)
        try expectGolden(app.render(width: 80, height: 24), "search-80x24")
    }
}

@Suite("Keys and state")
struct BrowserKeyTests {
    @Test func panesCycleAndNumbersFocusDirectly() {
        var app = Demo.app()
        #expect(app.focus == .sources)
        app.handle(.tab)
        #expect(app.focus == .timeline)
        app.handle(.tab)
        #expect(app.focus == .detail)
        app.handle(.backTab)
        #expect(app.focus == .timeline)
        app.handle(.character("1"))
        #expect(app.focus == .sources)
        app.handle(.character("3"))
        #expect(app.focus == .detail)
    }

    @Test func qGoesBackBeforeItQuits() {
        var app = Demo.app()
        app.handle(.character("Q"))
        app.handle(.character("q"))
        #expect(app.mode == .main && !app.quit)
        app.handle(.enter)
        app.handle(.character("q"))
        #expect(!app.quit && app.focus == .sources)
        app.handle(.character("q"))
        #expect(app.quit)
    }

    @Test func searchFindsMatchesAndNWalksThem() {
        var app = Demo.app()
        app.handle(.character("/"))
        for character in "dam" { app.handle(.character(character)) }
        #expect(app.editingQuery)
        app.handle(.enter)
        #expect(!app.editingQuery && app.query == "dam")
        #expect(app.matches.count > 3)
        #expect(app.matchIndex == 0)
        let first = (app.detail, app.detailTop)
        app.handle(.character("n"))
        #expect(app.matchIndex == 1)
        #expect(app.detail != first.0 || app.detailTop != first.1 || app.mode != .main)
        app.handle(.character("N"))
        app.handle(.escape)
        #expect(app.query.isEmpty && app.matches.isEmpty)
    }

    @Test func matchesAreHighlightedInEveryPane() {
        var app = Demo.app()
        app.handle(.character("/"))
        for character in "ferrand" { app.handle(.character(character)) }
        app.handle(.enter)
        let screen = app.render(width: 160, height: 45)
        #expect(screen.cells.contains { $0.role == .matchCurrent && $0.text == "F" })
    }

    @Test func comparePicksTwoSources() {
        var app = Demo.app()
        app.handle(.character("c"))
        #expect(app.comparePick == 0)
        app.handle(.character("j"))
        app.handle(.enter)
        #expect(app.mode == .compare(left: 0, right: 1))
        app.handle(.escape)
        #expect(app.mode == .main)
    }

    @Test func themesCycle() {
        var app = Demo.app()
        #expect(app.themeName == "default")
        app.handle(.character("t"))
        #expect(app.themeName == "light")
        app.handle(.character("t"))
        app.handle(.character("t"))
        #expect(app.themeName == "default")
    }

    @Test func clicksFocusAndSelect() {
        var app = Demo.app()
        app.resize(width: 160, height: 45)
        app.handle(.click(x: 70, y: 3))
        #expect(app.focus == .timeline && app.selectedEvent == 2)
        app.handle(.click(x: 5, y: 5))
        #expect(app.focus == .sources && app.selectedSource == 2)
        app.handle(.wheelDown(x: 5, y: 5))
        #expect(app.selectedSource == 3)
    }

    @Test func helpListsEveryAction() {
        var app = Demo.app()
        app.handle(.character("?"))
        let text = app.render(width: 120, height: 60).text
        for action in Action.allCases { #expect(text.contains(action.summary), "\(action)") }
    }

    @Test("every size renders without a crash", arguments: [(1, 1), (2, 3), (10, 3), (23, 5), (24, 6), (59, 20), (60, 20), (99, 30), (100, 30), (500, 200)])
    func anySize(width: Int, height: Int) {
        var app = Demo.app()
        for key in [Key.character("Q"), .escape, .character("c"), .enter, .escape, .character("?"), .escape, .tab, .enter] {
            app.handle(key)
            let screen = app.render(width: width, height: height)
            #expect(screen.width == width && screen.height == height)
        }
    }

    @Test func tooSmallSaysSo() {
        let app = Demo.app()
        #expect(app.render(width: 20, height: 4).text.contains("too small"))
    }
}

@Suite("Analysis in the background")
struct BackgroundAnalysisTests {
    @Test func sourcesShowFirstAndTheAnalysisIsTakenIn() {
        var app = BrowserApp(model: .sourcesOnly(Demo.model.story))
        #expect(app.render(width: 120, height: 30).text.contains("analysing quotes and timeline"))
        app.handle(.character("2"))
        app.adopt(Demo.model)
        #expect(app.model.isAnalysed)
        #expect(app.detail == .event(0))
        #expect(app.render(width: 120, height: 30).text.contains("\(Demo.model.events.count) events"))
    }
}

@Suite("Big stories")
struct BigStoryTests {
    /// Forty reprints of one quote in two wordings: the pane lists each wording once with its
    /// count of outlets, instead of forty near-identical paragraphs.
    @Test func aQuoteInManyReprintsIsListedByWording() throws {
        let documents = (0..<40).flatMap { number -> [SourceDocument] in
            let wording = number % 2 == 0 ? "We will reopen the pier by March" : "We will reopen the old pier by March"
            let text = "Pier to reopen\n\nThe pier will reopen in spring. \"\(wording),\" said Mara Quint, the harbour master, on Tuesday.\n"
            return DocumentReader.read(data: Data(text.utf8), path: "outlet-\(number).txt").documents
        }
        let model = BrowserModel(story: StoryLoader.assemble(documents: documents))
        let busiest = try #require(model.quotes.statements.indices.max { model.quotes.statements[$0].mentions.count < model.quotes.statements[$1].mentions.count })
        #expect(model.quotes.statements[busiest].mentions.count >= 20)
        let app = BrowserApp(model: model)
        let text = app.statementLines(busiest, width: 100).map { $0.map(\.text).joined() }
        #expect(text.count < 8, "\(text.joined(separator: "\n"))")
        #expect(text.contains { $0.contains("and 19 more") })
    }
}

@Suite("Statements without a named speaker")
struct UnnamedSpeakerTests {
    /// No person holds the role, so the statement's speaker is the source as the article
    /// describes it: the pane shows those words, never another person's name.
    @Test func theArticlesWordsForTheSpeakerAreShown() throws {
        let text = """
            Strike to end

            Omar Haddad, the former leader of the harbour union, was not at the meeting, organisers said.
            The union’s interim leader announced on Tuesday that the strike would end at midnight.
            """
        let model = BrowserModel(story: StoryLoader.assemble(documents: DocumentReader.read(data: Data(text.utf8), path: "port.txt").documents))
        let strike = try #require(model.quotes.statements.firstIndex { $0.text.contains("strike would end") })
        let app = BrowserApp(model: model)
        let lines = app.statementLines(strike, width: 100).map { $0.map(\.text).joined() }
        #expect(lines.first?.hasPrefix("the interim leader: ") == true, "\(lines)")
        var quotes = app
        quotes.handle(.character("Q"))
        let screen = quotes.render(width: 100, height: 20).text
        #expect(screen.contains("the interim leader"))
    }
}

@Suite("Pages without a headline")
struct UntitledPageTests {
    /// A scraped body that starts straight in: the sources list shows its opening sentence where
    /// the title would be, not "(untitled)".
    @Test func theSourcesListShowsTheOpeningSentence() {
        let text = "On Monday the ferry ran aground near Ostrel. Nobody was hurt, the operator said on its website.\n"
        let model = BrowserModel(story: StoryLoader.assemble(documents: DocumentReader.read(data: Data(text.utf8), path: "ferry.txt").documents))
        #expect(model.story.articles.first?.title == nil)
        #expect(model.story.articles.first?.lead == "On Monday the ferry ran aground near Ostrel.")
        let app = BrowserApp(model: model)
        let lines = app.render(width: 100, height: 20).text.split(separator: "\n")
        let row = lines.first { $0.contains("██") }.map(String.init) ?? ""
        #expect(row.contains("On Monday the"), "\(row)")
        // One paragraph, counted as one.
        #expect(lines.contains { $0.contains("1 paragraph ·") }, "\(lines.joined(separator: "\n"))")
    }
}

@Suite("Loading")
struct LoadingTests {
    @Test func theFirstFrameSaysHowFarReadingHasGotThenTheSourcesFillIn() {
        var app = BrowserApp(model: .loading)
        app.loadingMessage = "reading 812 of 2000 files…"
        let first = app.render(width: 80, height: 24).text
        #expect(first.contains("reading 812 of 2000 files…"))
        for (width, height) in [(1, 1), (20, 5), (500, 200)] { _ = app.render(width: width, height: height) }
        for key: Key in [.down, .enter, .tab, .character("/"), .character("x"), .escape, .character("Q"), .escape] { app.handle(key) }
        app.loadingMessage = nil
        app.adopt(.sourcesOnly(Demo.model.story))
        let sources = app.render(width: 80, height: 24).text
        #expect(sources.contains("4 sources · analysing quote"))
        #expect(!sources.contains("reading 812"))
        app.adopt(Demo.model)
        #expect(app.render(width: 80, height: 24).text.contains("events ·"))
    }
}

@Suite("Undated leads in the browser")
struct UndatedLeadTests {
    /// Three outlets date a browser fix on Thursday, 2025-03-06; `fourth` is another outlet's page.
    func detail(withFourth fourth: String, showing isShown: (EventMention) -> Bool) throws -> String {
        let pages = [
            ("a.txt", "Published 2025-03-06\n\nBrowser fix\n\nContoso released an emergency fix for the flaw in its Harrier browser on Thursday, after attacks on banks."),
            ("b.txt", "Published 2025-03-07\n\nHarrier patched\n\nOn Thursday Contoso issued an emergency fix for the Harrier browser flaw that attackers used against banks."),
            ("c.txt", "Published 2025-03-06\n\nEmergency fix\n\nThe emergency fix for the Harrier flaw came out on Thursday, Contoso said, as banks reported attacks."),
            ("d.txt", fourth),
        ] + (1...4).map { ("f\($0).txt", "Published 2025-02-0\($0)\n\nCouncil notes\n\nThe council met on Monday to discuss the budget for schools and roads.\n\nA new library will open in the spring, officials said.") }
        let documents = pages.flatMap { DocumentReader.read(data: Data($0.1.utf8), path: $0.0).documents }
        let model = BrowserModel(story: StoryLoader.assemble(documents: documents))
        let fix = try #require(model.events.firstIndex { $0.mentions.contains(where: isShown) })
        var app = BrowserApp(model: model)
        app.handle(.character("2"))
        for _ in 0..<fix { app.handle(.character("j")) }
        return app.render(width: 120, height: 40).text
    }

    /// A fourth outlet opens on the fix without a date: the event's detail lists its opening
    /// sentence, named as such, not as a date.
    @Test func anEventShowsAnOutletsUndatedOpeningSentence() throws {
        let screen = try detail(
            withFourth: "Published 2025-03-07\n\nBanks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.",
            showing: { $0.lead && !$0.aside })
        #expect(screen.contains("opening sentence, undated"), "\(screen)")
        #expect(screen.contains("Contoso has rushed out"), "\(screen)")
    }

    /// A fourth outlet tells the fix in passing, in a sentence of the next week: the event's
    /// detail lists that sentence as told in passing.
    @Test func anEventShowsASentenceThatTellsItInPassing() throws {
        let screen = try detail(
            withFourth: "Published 2025-03-12\n\nBanks refunded\n\nBanks began refunding customers on Tuesday, after Contoso's emergency fix for the Harrier browser flaw that attackers used.",
            showing: \.aside)
        #expect(screen.contains("told in passing"), "\(screen)")
        #expect(screen.contains("Banks began refunding"), "\(screen)")
    }
}
