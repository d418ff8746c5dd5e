/// Everything a key can do, by name: the one table both dispatch and the help screen read.
public enum Action: String, CaseIterable, Sendable {
    case nextPane, previousPane, focusSources, focusTimeline, focusDetail
    case down, up, pageDown, pageUp, halfPageDown, halfPageUp, first, last
    case open, read, back, quit
    case search, nextMatch, previousMatch, filter
    case compare, nextDifference, previousDifference, swapSides, changeLeft, changeRight
    case quotes, sortSources, toggleCopies, zoom, widen, narrow
    case yank, openURL, skipped, nextTheme, help

    var summary: String {
        switch self {
        case .nextPane: return "next pane"
        case .previousPane: return "previous pane"
        case .focusSources: return "Sources pane"
        case .focusTimeline: return "Timeline pane"
        case .focusDetail: return "Detail pane"
        case .down: return "move down"
        case .up: return "move up"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .first: return "first"
        case .last: return "last"
        case .open: return "open the selection (a source's text, an event, a quotation's paragraph)"
        case .read: return "read the selected article full screen, at the selected paragraph"
        case .back: return "go back to the view before; clear the search or filter"
        case .quit: return "go back; quit from the main view"
        case .search: return "search as you type (Ctrl-A/E/U/K/W, ←/→ edit; ↑/↓ history)"
        case .nextMatch: return "next match, in reading order"
        case .previousMatch: return "previous match"
        case .filter: return "filter sources, timeline and quotes (outlet:, speaker:, date:, words)"
        case .compare: return "compare two sources side by side"
        case .nextDifference: return "next difference (compare), disagreement (timeline), wording (an event), paragraph or speaker"
        case .previousDifference: return "the previous one"
        case .swapSides: return "compare: swap the two sides"
        case .changeLeft: return "compare: the next source on the left"
        case .changeRight: return "compare: the next source on the right"
        case .quotes: return "quotes: every statement by speaker"
        case .sortSources: return "sort sources: as given, by date, by outlet, by coverage"
        case .toggleCopies: return "list every copy of a wire story, or each family once"
        case .zoom: return "zoom the focused pane to the whole screen, and back"
        case .widen: return "widen the focused pane"
        case .narrow: return "narrow the focused pane"
        case .yank: return "copy the selection with its citation (to the terminal's clipboard)"
        case .openURL: return "open the article's address in $BROWSER or xdg-open"
        case .skipped: return "files that were skipped, and why"
        case .nextTheme: return "next colour theme"
        case .help: return "this help"
        }
    }
}

/// Keys and the actions they trigger, in the order the help screen lists them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .nextPane),
        KeyBinding(keys: [.backTab], action: .previousPane),
        KeyBinding(keys: [.character("1")], action: .focusSources),
        KeyBinding(keys: [.character("2")], action: .focusTimeline),
        KeyBinding(keys: [.character("3")], action: .focusDetail),
        KeyBinding(keys: [.character("j"), .down], action: .down),
        KeyBinding(keys: [.character("k"), .up], action: .up),
        KeyBinding(keys: [.pageDown, .character(" "), .character("f"), .control("f")], action: .pageDown),
        KeyBinding(keys: [.pageUp, .character("b"), .control("b")], action: .pageUp),
        KeyBinding(keys: [.control("d")], action: .halfPageDown),
        KeyBinding(keys: [.control("u")], action: .halfPageUp),
        KeyBinding(keys: [.character("g"), .home], action: .first),
        KeyBinding(keys: [.character("G"), .end], action: .last),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open),
        KeyBinding(keys: [.character("+"), .character("r")], action: .read),
        KeyBinding(keys: [.escape, .left, .character("h")], action: .back),
        KeyBinding(keys: [.character("q")], action: .quit),
        KeyBinding(keys: [.character("/")], action: .search),
        KeyBinding(keys: [.character("n")], action: .nextMatch),
        KeyBinding(keys: [.character("N")], action: .previousMatch),
        KeyBinding(keys: [.character("&")], action: .filter),
        KeyBinding(keys: [.character("c")], action: .compare),
        KeyBinding(keys: [.character("]")], action: .nextDifference),
        KeyBinding(keys: [.character("[")], action: .previousDifference),
        KeyBinding(keys: [.character("x")], action: .swapSides),
        KeyBinding(keys: [.character("{")], action: .changeLeft),
        KeyBinding(keys: [.character("}")], action: .changeRight),
        KeyBinding(keys: [.character("Q")], action: .quotes),
        KeyBinding(keys: [.character("s")], action: .sortSources),
        KeyBinding(keys: [.character("C")], action: .toggleCopies),
        KeyBinding(keys: [.character("z")], action: .zoom),
        KeyBinding(keys: [.character(">")], action: .widen),
        KeyBinding(keys: [.character("<")], action: .narrow),
        KeyBinding(keys: [.character("y")], action: .yank),
        KeyBinding(keys: [.character("o")], action: .openURL),
        KeyBinding(keys: [.character("W")], action: .skipped),
        KeyBinding(keys: [.character("t")], action: .nextTheme),
        KeyBinding(keys: [.character("?")], action: .help),
    ]

    static let byKey: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings { for key in binding.keys { table[key] = binding.action } }
        return table
    }()

    public static func action(for key: Key) -> Action? { byKey[key] }
}
