import Testing
import StorylineThemes
@testable import StoryUI

@Suite("Themes")
struct ThemeTests {
    @Test("each shipped theme parses and styles every role", arguments: ShippedThemes.names)
    func shipped(name: String) throws {
        let text = try #require(ShippedThemes.text(named: name))
        let theme = try ThemeParser.parse(text, source: "\(name).toml")
        #expect(theme.name == name)
        for role in Role.allCases { #expect(theme.styles[role] != nil, "\(name) lacks \(role.rawValue)") }
    }

    @Test func brokenThemesSayWhereAndWhat() {
        #expect(throws: ThemeError.self) { try ThemeParser.parse("name = \"x\"\n[roles\n", source: "bad.toml") }
        do {
            _ = try ThemeParser.parse("[roles]\nnormal = { fg = \"purpleish\" }\n", source: "bad.toml")
            Issue.record("accepted an unknown colour")
        } catch {
            #expect(error.description == "theme bad.toml: role 'normal': unknown colour 'purpleish'")
        }
        do {
            _ = try ThemeParser.parse("[roles]\nsparkle = { bold = true }\n", source: "bad.toml")
            Issue.record("accepted an unknown role")
        } catch {
            #expect(error.description.hasPrefix("theme bad.toml: unknown role 'sparkle'"))
        }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("[roles]\nnormal = { fg = 300 }\n", source: "bad.toml") }
        #expect(throws: ThemeError.self) { try ThemeParser.parse("name = \"no roles\"\n", source: "bad.toml") }
    }

    @Test func coloursDowngradeToWhatTheTerminalHas() {
        #expect(ThemeColor.rgb(0xE0, 0x6C, 0x75).index(available: 256) >= 16)
        #expect(ThemeColor.rgb(0xD0, 0x30, 0x30).index(available: 8) == 1)  // red
        #expect(ThemeColor.indexed(196).index(available: 16) == 9)  // bright red
        #expect(ThemeColor.indexed(4).index(available: 8) == 4)
        #expect(ThemeColor.terminalDefault.index(available: 8) == -1)
    }
}

@Suite("Themes on few colours")
struct FewColourTests {
    /// Every bar the shipped themes paint stays visible on an 8-colour terminal: a background
    /// that comes out as black (most terminals' own) is drawn reversed instead.
    @Test("no bar vanishes on 8 colours", arguments: ShippedThemes.names)
    func barsStayVisible(name: String) throws {
        let theme = try ThemeParser.parse(try #require(ShippedThemes.text(named: name)), source: "\(name).toml")
        for role in [Role.selection, .selectionFocused, .status, .borderFocused, .prompt, .match, .matchCurrent] {
            let style = theme.style(role)
            let resolved = style.resolved(available: 8)
            let painted = resolved.background > 0 || resolved.reverse || style.bold || style.underline
            #expect(painted, "\(name) \(role.rawValue): \(resolved)")
        }
    }

    @Test func aGreyBarOnEightColoursIsReversed() {
        var style = ThemeStyle()
        style.background = .indexed(8)
        style.foreground = .indexed(15)
        #expect(style.resolved(available: 256) == (15, 8, false))
        #expect(style.resolved(available: 8) == (7, -1, true), "bright-black has no grey to become on 8 colours")
        var dark = ThemeStyle()
        dark.background = .rgb(30, 30, 30)
        #expect(dark.resolved(available: 8).reverse)
        var blue = ThemeStyle()
        blue.background = .indexed(4)
        #expect(blue.resolved(available: 8) == (-1, 4, false), "a colour stays a colour")
    }
}
