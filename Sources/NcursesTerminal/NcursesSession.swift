import CNcurses
import Foundation
import StoryCore
import StoryUI
import Synchronization

/// The signal (INT, TERM, HUP) that asked the browser to stop, or 0. An atomic is safe to touch
/// from a signal handler; the run loop reads it between keys.
private let pendingStop = Atomic<Int32>(0)

/// What a crash signal did before the browser took it over (the Swift runtime's backtracer),
/// handed back once the terminal is restored. Written once, before any handler is installed.
nonisolated(unsafe) private var crashHandlers: [sigaction] = .init(repeating: .init(), count: 32)

/// Runs a `BrowserApp` on the real terminal: the only code that talks to ncurses.
public enum NcursesSession {
    /// `themes`: every theme by name, in the order `t` cycles; `monochrome` for `NO_COLOR`.
    /// `updates`: polled between keys; loading progress and each finished stage of the story are
    /// taken in as they come. `analyse`: starts the analysis of a story opened from the list,
    /// whose result comes back through `updates`. Returns the error a failed load reported, after
    /// the terminal is restored.
    public static func run(
        _ initial: BrowserApp, themes: [String: Theme], monochrome: Bool, updates: () -> BrowserUpdate = { .nothing },
        analyse: (Story) -> Void = { _ in }
    ) -> String? {
        var app = initial
        var failure: String?
        setlocale(LC_ALL, "")
        guard initscr() != nil else { return nil }
        restoreTerminalOnSignals()
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
        app.plainMarks = !colours
        // Keys are polled every 100 ms so that a resize redraws at once even where ncurses'
        // own SIGWINCH handling never reports KEY_RESIZE (seen under tmux).
        wtimeout(storyline_stdscr(), 100)
        var needsDraw = true
        while !app.quit, pendingStop.load(ordering: .relaxed) == 0 {
            if app.themeName != shownTheme {
                shownTheme = app.themeName
                palette = Palette(theme: colours ? themes[shownTheme] ?? .plain : .plain, colours: colours)
            }
            if followTerminalSize() { needsDraw = true }
            switch updates() {
            case .nothing:
                break
            case .progress(let line):
                if app.loadingMessage != line {
                    app.loadingMessage = line
                    needsDraw = true
                }
            case .model(let model):
                app.loadingMessage = nil
                app.adopt(model)
                needsDraw = true
            case .stories(let story, let groups):
                app.loadingMessage = nil
                app.adoptLibrary(story, groups)
                needsDraw = true
            case .failed(let message):
                failure = message
            }
            if failure != nil { break }
            if needsDraw {
                let (width, height) = (Int(storyline_cols()), Int(storyline_lines()))
                if width != app.width || height != app.height { app.resize(width: width, height: height) }
                let screen = app.render(width: width, height: height)
                draw(screen, palette: palette)
                needsDraw = false
            }
            guard let key = readKey() else {
                if terminalIsGone() { break }
                continue
            }
            app.handle(key)
            if let text = app.clipboard {
                copyToClipboard(text)
                app.clipboard = nil
            }
            if let address = app.addressToOpen {
                openInBrowser(address)
                app.addressToOpen = nil
            }
            if let story = app.storyToAnalyse {
                analyse(story)
                app.storyToAnalyse = nil
            }
            needsDraw = true
        }
        endwin()
        let stoppedBy = pendingStop.load(ordering: .relaxed)
        if stoppedBy != 0 {
            // Die of the signal, as the shell that sent it expects (status 128 + n).
            signal(stoppedBy, SIG_DFL)
            raise(stoppedBy)
        }
        return failure
    }

    /// Tells ncurses the terminal's real size when it has changed; true if it had.
    private static func followTerminalSize() -> Bool {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return false }
        guard Int32(size.ws_row) != storyline_lines() || Int32(size.ws_col) != storyline_cols() else { return false }
        resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        return true
    }

    /// SIGINT, SIGTERM and SIGHUP leave the terminal as it was found (main screen, cursor, echo):
    /// the run loop sees the signal within 100 ms and ends the session; a second one while it
    /// is busy ends it at once. A crash restores the terminal before the crash report.
    private static func restoreTerminalOnSignals() {
        // A parent may have started us with these blocked (test runners' threads do), and a
        // blocked signal would never reach the handler.
        var stops = sigset_t()
        sigemptyset(&stops)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&stops, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if pendingStop.exchange(received, ordering: .relaxed) != 0 {
                    endwin()
                    _exit(128 + received)
                }
            }
        }
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                endwin()
                var previous = crashHandlers[Int(received)]
                sigaction(received, &previous, nil)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signalNumber, &action, &crashHandlers[Int(signalNumber)])
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

    /// The terminal hung up (its window closed, the ssh link dropped) without a SIGHUP reaching
    /// us: every read now fails at once, and without this check the loop would spin for ever.
    private static func terminalIsGone() -> Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) >= 0 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
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
            case KEY_DC: return .delete
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
        case "\u{01}"..."\u{1A}": return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        default: return scalar.value < 0x20 ? nil : .character(Character(scalar))
        }
    }

    /// Sends text to the terminal's clipboard (OSC 52): works over ssh and in tmux with
    /// `set-clipboard on`; terminals that do not know it ignore it.
    private static func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        FileHandle.standardOutput.write(Data(sequence.utf8))
    }

    /// Hands an address to `$BROWSER`, else `xdg-open`, detached, its output kept off the screen.
    private static func openInBrowser(_ address: String) {
        let browser = ProcessInfo.processInfo.environment["BROWSER"].flatMap { $0.isEmpty ? nil : $0 } ?? "xdg-open"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [browser, address]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
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
            var pair: Int16 = 0
            if colours {
                let resolved = style.resolved(available: available)
                let (foreground, background) = (Int16(resolved.foreground), Int16(resolved.background))
                if resolved.reverse { attributes |= storyline_a_reverse() }
                let key = "\(foreground):\(background)"
                if let known = pairs[key] {
                    pair = known
                } else if pairs.count + 1 < Int(storyline_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, foreground, background)
                    pairs[key] = pair
                }
            }
            if !colours, style.reverse { attributes |= storyline_a_reverse() }
            styles[role] = (attributes, pair)
        }
    }

    func style(_ role: Role) -> (attr_t, Int16) {
        styles[role] ?? (storyline_a_normal(), 0)
    }
}
