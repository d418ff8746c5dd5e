import CNcurses
import Foundation
import StoryUI

/// Runs a `BrowserApp` on the real terminal: the only code that talks to ncurses.
public enum NcursesSession {
    public static func run(_ initial: BrowserApp) throws {
        var app = initial
        setlocale(LC_ALL, "")
        guard initscr() != nil else { return }
        defer { endwin() }
        cbreak()
        noecho()
        nonl()
        keypad(storyline_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let palette = Palette()
        while !app.quit {
            let screen = app.render(width: Int(storyline_cols()), height: Int(storyline_lines()))
            draw(screen, palette: palette)
            guard let key = readKey() else { continue }
            app.handle(key)
        }
    }

    private static func draw(_ screen: Screen, palette: Palette) {
        erase()
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.text.isEmpty { continue }
                var scalars = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                scalars.append(0)
                let (attributes, pair) = palette.style(cell.role)
                _ = scalars.withUnsafeBufferPointer { storyline_put_cell(Int32(y), Int32(x), $0.baseAddress, attributes, pair) }
            }
        }
        refresh()
    }

    private static func readKey() -> Key? {
        var value: wint_t = 0
        let status = get_wch(&value)
        if status == KEY_CODE_YES {
            switch Int32(value) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case KEY_BACKSPACE: return .backspace
            case KEY_RESIZE: return .resize
            default: return nil
            }
        }
        guard status == OK, let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        switch scalar {
        case "\r", "\n": return .enter
        case "\t": return .tab
        case "\u{1B}": return .escape
        case "\u{7F}", "\u{08}": return .backspace
        default: return .character(Character(scalar))
        }
    }
}

/// Colour pairs for the UI roles; monochrome attributes where the terminal has no colour.
struct Palette {
    private var styles: [Role: (attr_t, Int16)] = [:]

    init() {
        let colours = has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        if colours {
            start_color()
            use_default_colors()
        }
        let table: [(Role, Int16, Int16, attr_t)] = [
            (.normal, -1, -1, storyline_a_normal()),
            (.dim, 8, -1, storyline_a_dim()),
            (.title, -1, -1, storyline_a_bold()),
            (.border, 7, 8, storyline_a_normal()),
            (.borderFocused, 0, 6, storyline_a_bold()),
            (.selection, -1, 8, storyline_a_normal()),
            (.selectionFocused, 0, 4, storyline_a_bold()),
            (.status, 0, 7, storyline_a_normal()),
            (.heading, 3, -1, storyline_a_bold()),
            (.date, 6, -1, storyline_a_normal()),
            (.caption, 8, -1, storyline_a_dim()),
            (.warning, 1, -1, storyline_a_bold()),
        ]
        for (index, entry) in table.enumerated() {
            let (role, foreground, background, attributes) = entry
            if colours {
                let pair = Int16(index + 1)
                let maxColour = Int16(max(0, storyline_colors() - 1))
                init_pair(pair, min(foreground, maxColour), min(background, maxColour))
                styles[role] = (attributes, pair)
            } else {
                let mono: attr_t = [.borderFocused, .selectionFocused, .status].contains(role) ? storyline_a_reverse() : attributes
                styles[role] = (mono, 0)
            }
        }
    }

    func style(_ role: Role) -> (attr_t, Int16) {
        styles[role] ?? (storyline_a_normal(), 0)
    }
}
