import Testing
@testable import StoryCore

/// What may reach a terminal: every control and bidi control shown escaped, everything else as it is.
@Suite("Text from outside, shown on a terminal")
struct TerminalTextTests {
    @Test("escape sequences and controls are written out", arguments: [
        ("evil\u{1B}[2Jname.txt", #"evil\x1b[2Jname.txt"#),
        ("bad\u{1B}]0;X\u{7}.html", #"bad\x1b]0;X\x07.html"#),
        ("a\u{9B}31mred", #"a\x9b31mred"#),
        ("del\u{7F}", #"del\x7f"#),
        ("tab\there\nnext", #"tab\x09here\x0anext"#),
        ("abc\u{202E}fdp.exe", #"abc\u202efdp.exe"#),
        ("\u{2067}isolate\u{2069}", #"\u2067isolate\u2069"#),
    ])
    func escaped(raw: String, shown: String) {
        #expect(TerminalText.visible(raw) == shown)
    }

    @Test("ordinary text is left as it is", arguments: [
        "Zoë Ferrand said the dam held.", "市议会周二表示", "🇫🇷 👩‍👩‍👧 café", "C:\\Users\\news", "x\u{301}", "",
    ])
    func unchanged(text: String) {
        #expect(TerminalText.visible(text) == text)
    }

    @Test func aReportKeepsItsLineBreaksOnly() {
        #expect(TerminalText.visible("one\ntwo\u{1B}[1m\r\n", keepingLineBreaks: true) == "one\ntwo\\x1b[1m\\x0d\n")
    }

    @Test func characterByCharacterAgreesWithTheWholeText() {
        let text = "a\u{1B}b\r\nc\u{202E}d é 中 \u{7F}"
        let unsafe = text.filter(TerminalText.isUnsafe).count
        #expect(unsafe == 4, "ESC, CR LF, RLO and DEL")
        #expect(!TerminalText.visible(text).unicodeScalars.contains(where: TerminalText.isUnsafe))
    }
}
