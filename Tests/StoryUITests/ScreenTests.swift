import Testing
@testable import StoryUI

@Suite("Cells and display width")
struct ScreenTests {
    @Test("display width", arguments: [
        ("abc", 3), ("東京", 4), ("e\u{301}", 1), ("👍", 2), ("❤️", 2), ("Zoë", 3), ("\u{200B}", 0), ("🇫🇷", 2),
        ("👩‍👩‍👧", 2), ("👍🏽", 2), ("한국어", 6),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func wideCharactersAreNotSplitAtTheEdge() {
        var screen = Screen(width: 5, height: 1)
        let used = screen.put("ab東京", x: 0, y: 0)
        #expect(used == 4)
        #expect(screen.text == "ab東")
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var screen = Screen(width: 16, height: 1)
        screen.put("a\u{1B}[2Jb\u{7}", x: 0, y: 0)
        #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
        #expect(screen.text == #"a\x1b[2Jb\x07"#, "shown escaped, as the text reports show them")
    }

    @Test func anEscapedControlIsClippedLikeAnyText() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("ab\u{1B}cd", x: 0, y: 0, limit: 4) == 4)
        #expect(screen.text == #"ab\x"#)
    }

    @Test func bidiOverridesCannotReorderTheLine() {
        var screen = Screen(width: 20, height: 1)
        screen.put("ab\u{202E}cd\u{2066}e", x: 0, y: 0)
        #expect(screen.text == #"ab\u202ecd\u2066e"#)
    }

    @Test func bordersStayPutAfterWideText() {
        var screen = Screen(width: 8, height: 2)
        screen.put("🇫🇷👩‍👩‍👧x", x: 0, y: 0)
        screen.put("│", x: 7, y: 0)
        screen.put("abcdefg│", x: 0, y: 1)
        let rows = screen.text.split(separator: "\n").map { DisplayWidth.of($0) }
        #expect(rows == [8, 8])
    }

    @Test func wrapKeepsWithinTheWidth() {
        let lines = DisplayWidth.wrap("東京 is a city with a very long name: Llanfairpwllgwyngyll", columns: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined(separator: " ").replacingOccurrences(of: " ", with: "") == "東京isacitywithaverylongname:Llanfairpwllgwyngyll")
    }
}
