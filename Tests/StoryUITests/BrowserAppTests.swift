import Foundation
import Testing
import StoryCore
@testable import StoryUI

@Suite("The browser, rendered headless")
struct BrowserAppTests {
    static let story = Story(
        title: "Ferry service suspended",
        referenceDate: DateStamp(year: 2025, month: 1, day: 9),
        articles: [
            Article(
                id: "a1", path: "one.txt", format: .text, outlet: "Harbour Times", title: "Ferry suspended as storm hits 東京湾",
                byline: "Ana Ruiz", published: DateStamp(year: 2025, month: 1, day: 9, hour: 7, minute: 30),
                blocks: [
                    Block(.paragraph, "The ferry between the two islands was suspended on Thursday as winds reached 90 km/h, the operator said."),
                    Block(.heading, "What next"),
                    Block(.listItem, "Crossings resume when the wind drops"),
                ]),
            Article(
                id: "a2", path: "two.md", format: .markdown, outlet: nil, title: "Storm halts island crossings",
                blocks: [Block(.paragraph, "No ferries ran on Thursday.")]),
        ],
        warnings: [])

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

    @Test func sourcesAndArticleAt80x24() throws {
        var app = BrowserApp(story: Self.story)
        try expectGolden(app.render(width: 80, height: 24), "sources-80x24")
    }

    @Test func movingDownAndOpeningShowsTheSecondArticle() throws {
        var app = BrowserApp(story: Self.story)
        app.handle(.character("j"))
        app.handle(.enter)
        #expect(app.focus == .detail)
        try expectGolden(app.render(width: 80, height: 24), "second-article-80x24")
        app.handle(.character("q"))
        #expect(app.focus == .sources)
        #expect(!app.quit)
        app.handle(.character("q"))
        #expect(app.quit)
    }

    @Test func narrowTerminalsShowOnePane() throws {
        var app = BrowserApp(story: Self.story)
        try expectGolden(app.render(width: 40, height: 12), "narrow-40x12")
    }

    @Test("every size renders without a crash", arguments: [(1, 1), (2, 3), (19, 4), (20, 5), (59, 10), (60, 10), (200, 60)])
    func anySize(width: Int, height: Int) {
        var app = BrowserApp(story: Self.story)
        let screen = app.render(width: width, height: height)
        #expect(screen.width == width && screen.height == height)
    }
}
