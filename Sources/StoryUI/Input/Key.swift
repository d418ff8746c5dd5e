/// A key press or terminal event, independent of the terminal library that read it.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    /// A letter typed with Ctrl held: `.control("u")` is Ctrl-U.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case resize
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)

    /// How the help screen names the key.
    var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .resize: return "resize"
        case .click: return "click"
        case .wheelUp: return "wheel up"
        case .wheelDown: return "wheel down"
        }
    }
}
