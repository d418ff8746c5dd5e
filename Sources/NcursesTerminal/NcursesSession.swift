import CNcurses
import Foundation
import StoryUI

/// Runs a `BrowserApp` on the real terminal: the only code that talks to ncurses.
public enum NcursesSession {
    /// `themes`: every theme by name, in the order `t` cycles; `monochrome` for `NO_COLOR`.
    /// `analysis`: polled between keys; when it returns the finished model, the browser takes it in.
    public static func run(_ initial: BrowserApp, themes: [String: Theme], monochrome: Bool, analysis: () -> BrowserModel? = { nil }) {
        var app = initial
        setlocale(LC_ALL, "")
        guard initscr() != nil else { return }
        restoreTerminalOnSignals()
        defer { endwin() }
        cbreak()
        noecho()
        nonl()
        keypad(storyline_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(storyline_all_mouse_events(), nil)
        mouseinterval(0)
        let colours = has_colors() && !monochrome
        if colours {
            start_color()
            use_default_colors()
        }
        var palette = Palette(theme: colours ? themes[app.themeName] ?? .plain : .plain, colours: colours)
        var shownTheme = app.themeName
        // Keys are polled every 100 ms so that a resize redraws at once even where ncurses'
        // own SIGWINCH handling never reports KEY_RESIZE (seen under tmux).
        wtimeout(storyline_stdscr(), 100)
        var needsDraw = true
        while !app.quit {
            if app.themeName != shownTheme {
                shownTheme = app.themeName
                palette = Palette(theme: colours ? themes[shownTheme] ?? .plain : .plain, colours: colours)
            }
            if followTerminalSize() { needsDraw = true }
            if !app.model.isAnalysed, let analysed = analysis() {
                app.adopt(analysed)
                needsDraw = true
            }
            if needsDraw {
                let screen = app.render(width: Int(storyline_cols()), height: Int(storyline_lines()))
                draw(screen, palette: palette)
                needsDraw = false
            }
            guard let key = readKey() else { continue }
            app.handle(key)
            needsDraw = true
        }
    }

    /// Tells ncurses the terminal's real size when it has changed; true if it had.
    private static func followTerminalSize() -> Bool {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return false }
        guard Int32(size.ws_row) != storyline_lines() || Int32(size.ws_col) != storyline_cols() else { return false }
        resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        return true
    }

    /// SIGINT, SIGTERM and SIGHUP leave the terminal as it was found: main screen, cursor, echo.
    private static func restoreTerminalOnSignals() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                endwin()
                _exit(128 + received)
            }
        }
    }

    private static func draw(_ screen: Screen, palette: Palette) {
        erase()
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.text.isEmpty { continue }
                // A cell holds one grapheme; ncurses takes at most five code points per cell.
                var scalars = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
                if cell.text.unicodeScalars.count > 5 { scalars = [scalars[0]] }
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
            case KEY_MOUSE: return mouseKey()
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

    private static func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & storyline_button4_pressed() != 0 { return .wheelUp(x: x, y: y) }
        if event.bstate & storyline_button5_pressed() != 0 { return .wheelDown(x: x, y: y) }
        if event.bstate & storyline_button1_pressed() != 0 { return .click(x: x, y: y) }
        return nil
    }
}

/// Colour pairs for each role from a theme, downgraded to the colours the terminal has.
struct Palette {
    private var styles: [Role: (attr_t, Int16)] = [:]

    init(theme: Theme, colours: Bool) {
        let available = Int(storyline_colors())
        var pairs: [String: Int16] = [:]
        for role in Role.allCases {
            let style = theme.style(role)
            var attributes = storyline_a_normal()
            if style.bold { attributes |= storyline_a_bold() }
            if style.dim { attributes |= storyline_a_dim() }
            if style.italic { attributes |= storyline_a_italic() }
            if style.underline { attributes |= storyline_a_underline() }
            if style.reverse { attributes |= storyline_a_reverse() }
            var pair: Int16 = 0
            if colours {
                let foreground = Int16(style.foreground.index(available: available))
                let background = Int16(style.background.index(available: available))
                let key = "\(foreground):\(background)"
                if let known = pairs[key] {
                    pair = known
                } else if pairs.count + 1 < Int(storyline_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, foreground, background)
                    pairs[key] = pair
                }
            }
            styles[role] = (attributes, pair)
        }
    }

    func style(_ role: Role) -> (attr_t, Int16) {
        styles[role] ?? (storyline_a_normal(), 0)
    }
}
