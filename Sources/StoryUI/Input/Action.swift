/// Everything a key can do, by name: the one table both dispatch and the help screen read.
public enum Action: String, CaseIterable, Sendable {
    case nextPane, previousPane, focusSources, focusTimeline, focusDetail
    case down, up, pageDown, pageUp, first, last
    case open, back, quit
    case search, nextMatch, previousMatch
    case compare, quotes, nextTheme, help

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
        case .first: return "first"
        case .last: return "last"
        case .open: return "open the selection (a source's text, an event's detail)"
        case .back: return "go back; clear the search"
        case .quit: return "go back; quit from the main view"
        case .search: return "search as you type"
        case .nextMatch: return "next match"
        case .previousMatch: return "previous match"
        case .compare: return "compare two sources side by side"
        case .quotes: return "quotes: every statement by speaker"
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
        KeyBinding(keys: [.pageDown, .character(" "), .character("f")], action: .pageDown),
        KeyBinding(keys: [.pageUp, .character("b")], action: .pageUp),
        KeyBinding(keys: [.character("g"), .home], action: .first),
        KeyBinding(keys: [.character("G"), .end], action: .last),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open),
        KeyBinding(keys: [.escape, .left, .character("h")], action: .back),
        KeyBinding(keys: [.character("q")], action: .quit),
        KeyBinding(keys: [.character("/")], action: .search),
        KeyBinding(keys: [.character("n")], action: .nextMatch),
        KeyBinding(keys: [.character("N")], action: .previousMatch),
        KeyBinding(keys: [.character("c")], action: .compare),
        KeyBinding(keys: [.character("Q")], action: .quotes),
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
