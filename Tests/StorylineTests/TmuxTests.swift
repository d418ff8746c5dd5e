import Foundation
import Testing

/// The browser in a real terminal: tmux runs it, `send-keys` types, `capture-pane` reads the screen.
@Suite("The browser in tmux", .enabled(if: Tmux.available), .serialized)
struct TmuxTests {
    @Test func navigateSearchCompareQuotesHelpResizeAndQuit() throws {
        let session = try Tmux(command: [Binary.url.path], width: 120, height: 36)
        defer { session.kill() }
        let first = try session.waitForScreen { $0.contains("1 Sources") && $0.contains("2 Timeline") }
        #expect(first.contains("3 Source"))
        // The analysis finishes in the background; the status bar then counts events.
        _ = try session.waitForScreen { $0.contains("events ·") }

        session.send("j")
        session.send("Enter")
        _ = try session.waitForScreen { $0.contains("3 Article") }

        session.send("2")
        _ = try session.waitForScreen { $0.contains("3 Event") }

        session.send("/")
        session.type("ferrand")
        _ = try session.waitForScreen { $0.contains("/ferrand") && $0.contains("matches") }
        session.send("Enter")
        _ = try session.waitForScreen { $0.contains("/ferrand  1/") }
        session.send("n")
        _ = try session.waitForScreen { $0.contains("/ferrand  2/") }
        session.send("Escape")
        _ = try session.waitForScreen { !$0.contains("/ferrand") }

        session.send("1")
        session.send("c")
        session.send("j")
        session.send("Enter")
        _ = try session.waitForScreen { $0.contains("COMPARE") && ($0.contains("≈ ") || $0.contains("= ")) }
        session.send("Escape")

        session.send("Q")
        _ = try session.waitForScreen { $0.contains("Quotes — every statement") && $0.contains("Zoë Ferrand") }
        session.send("q")

        session.send("?")
        _ = try session.waitForScreen { $0.contains("Help — keys") && $0.contains("search as you type") }
        session.send("Escape")

        session.resize(width: 12, height: 4)
        _ = try session.waitForScreen { $0.contains("too small") }
        session.resize(width: 120, height: 36)
        _ = try session.waitForScreen { $0.contains("1 Sources") }

        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func hostileArticleCannotRetitleOrClearTheTerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "Harbour closes\u{1B}]0;PWNED\u{07}\nThe harbour closed on Monday\u{1B}[2J\u{1B}[H after a storm, the port authority said.\u{07}\n"
        try Data(hostile.utf8).write(to: folder.appendingPathComponent("hostile.txt"))
        let session = try Tmux(command: [Binary.url.path, folder.path], width: 100, height: 30)
        defer { session.kill() }
        let screen = try session.waitForScreen { $0.contains("1 Sources") }
        #expect(!screen.contains("PWNED"))
        #expect(try session.title() != "PWNED")
        session.send("Enter")
        let article = try session.waitForScreen { $0.contains("authority said") }
        #expect(article.contains("1 Sources"), "the screen was not cleared")
        #expect(try session.title() != "PWNED")
        session.send("q")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }
}

extension TmuxTests {
    /// A file name with an escape sequence, and a named pipe beside it: the browser shows the name
    /// escaped, opens without waiting on the pipe, and the terminal keeps its title.
    @Test func hostileFileNamesAreShownEscaped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = "The pier reopened on Monday after repairs to the crane, the port authority said.\n"
        try Data(story.utf8).write(to: folder.appendingPathComponent("pier\u{1B}]0;PWNED\u{07}.txt"))
        #expect(mkfifo(folder.appendingPathComponent("feed.txt").path, 0o644) == 0)
        let session = try Tmux(command: [Binary.url.path, folder.path], width: 120, height: 30)
        defer { session.kill() }
        _ = try session.waitForScreen { $0.contains("1 Sources") }
        session.send("Enter")
        let article = try session.waitForScreen { $0.contains("authority said") }
        #expect(article.contains(#"pier\x1b]0;PWNED\x07.txt"#), "\(article)")
        #expect(try session.title() != "PWNED")
        session.send("q")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }


    @Test("a signal ends the browser and gives the terminal back as it was", arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalsRestoreTheTerminal(signal: Int32) throws {
        let session = try Tmux(
            command: [Binary.url.path], width: 100, height: 30,
            afterwards: "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' '; echo done; sleep 30")
        defer { session.kill() }
        _ = try session.waitForScreen { $0.contains("1 Sources") }
        #expect(try session.paneFormat("#{alternate_on}") == "1", "the browser draws on the alternate screen")
        let pid = try #require(try session.browserPID())
        #expect(kill(pid, signal) == 0)
        let after = try session.waitForScreen { $0.contains("done") }
        #expect(try session.waitForExit() == 128 + signal)
        let modes = Set(after.split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(modes.isSuperset(of: ["echo", "icanon"]), "echo and line editing are back on:\n\(after)")
        #expect(!after.contains("1 Sources"), "the main screen is back:\n\(after)")
        #expect(try session.paneFormat("#{alternate_on}") == "0")
        #expect(try session.paneFormat("#{cursor_flag}") == "1", "the cursor is visible again")
    }

    @Test func aFolderWithNothingToReadClosesTheBrowserWithOneErrorLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-nothing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("   \n".utf8).write(to: folder.appendingPathComponent("blank.txt"))
        let session = try Tmux(command: [Binary.url.path, folder.path], width: 100, height: 30, afterwards: "echo done; sleep 30")
        defer { session.kill() }
        let screen = try session.waitForScreen { $0.contains("done") }
        #expect(try session.waitForExit() == 1)
        #expect(screen.contains("storyline: error: no article to read in"))
        #expect(screen.contains("storyline: warning: ") == false || screen.contains("blank.txt"))
        #expect(try session.paneFormat("#{alternate_on}") == "0")
    }

    /// Help over a comparison returns to it; the quotes view has a cursor and Enter reads the
    /// quotation in its article; a word matches while it is typed; Ctrl-U clears the prompt.
    @Test func viewsStackQuotesReadAndSearchWhileTyping() throws {
        let session = try Tmux(command: [Binary.url.path], width: 120, height: 36)
        defer { session.kill() }
        _ = try session.waitForScreen { $0.contains("events ·") }
        for key in ["c", "j", "Enter"] { session.send(key) }
        _ = try session.waitForScreen { $0.contains("COMPARE") }
        session.send("?")
        _ = try session.waitForScreen { $0.contains("Help — keys and symbols") }
        session.send("Escape")
        _ = try session.waitForScreen { $0.contains("COMPARE") }
        session.send("Escape")
        session.send("Q")
        _ = try session.waitForScreen { $0.contains("Quotes — every statement") }
        for key in ["j", "j", "Enter"] { session.send(key) }
        _ = try session.waitForScreen { $0.contains("Read — ") && $0.contains("¶") }
        session.send("Escape")
        _ = try session.waitForScreen { $0.contains("Quotes — every statement") }
        session.send("Escape")
        session.send("/")
        session.type("fer")
        _ = try session.waitForScreen { $0.contains("/fer") && $0.contains("matches:") }
        session.send("C-u")
        _ = try session.waitForScreen { !$0.contains("/fer") && $0.contains("Type to search") }
        session.send("Escape")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    /// A folder of several stories opens on their list; Enter opens one, q comes back, q quits.
    @Test func aFolderOfSeveralStoriesOpensOnTheirList() throws {
        let folder = Binary.packageRoot.appendingPathComponent("Tests/StoryCoreTests/Fixtures/mixed").path
        let session = try Tmux(command: [Binary.url.path, folder], width: 110, height: 24)
        defer { session.kill() }
        _ = try session.waitForScreen { $0.contains("Stories in this folder") && $0.contains("3 stories · 7 articles") }
        session.send("Enter")
        _ = try session.waitForScreen { $0.contains("1 Sources") && $0.contains("Marisol") }
        // Analysed behind the keys, the story's quotes and timeline fill in.
        _ = try session.waitForScreen { $0.contains(" events") && $0.contains(" statement") && !$0.contains("analysing") }
        session.send("q")
        _ = try session.waitForScreen { $0.contains("Stories in this folder") }
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func aStormOfResizesLeavesABrowserThatStillWorks() throws {
        let session = try Tmux(command: [Binary.url.path], width: 100, height: 30)
        defer { session.kill() }
        _ = try session.waitForScreen { $0.contains("1 Sources") }
        var generator = SystemRandomNumberGenerator()
        let sizes = [(1, 1), (500, 200), (2, 1), (80, 24), (3, 7)] + (0..<60).map { _ in
            (Int.random(in: 1...500, using: &generator), Int.random(in: 1...200, using: &generator))
        }
        for (index, (width, height)) in sizes.enumerated() {
            session.resize(width: width, height: height)
            if index % 4 == 0 { session.send(["j", "Tab", "Enter", "/", "Escape", "?", "Q"][index / 4 % 7]) }
        }
        // Each kind of view is open at most once: a few Escapes reach the panes.
        for _ in 0..<6 { session.send("Escape") }
        session.resize(width: 100, height: 30)
        _ = try session.waitForScreen { $0.contains("1 Sources") && $0.contains("2 Timeline") }
        session.send("/")
        session.type("dam")
        _ = try session.waitForScreen { $0.contains("/dam") && $0.contains("matches") }
        session.send("Escape")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }
}

struct Tmux {
    static var available: Bool {
        ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
        } ?? false
    }

    let name = "storyline-test-\(UUID().uuidString.prefix(8))"
    private let statusFile: URL

    /// `afterwards`: shell commands run in the pane once the browser has exited.
    init(command: [String], width: Int, height: Int, afterwards: String = "") throws {
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).status")
        let shellCommand = command.map { "'\($0)'" }.joined(separator: " ")
        // The exit status is written to a file, so it can be read after the pane has gone.
        // The sanitizer's options are passed on: the tmux server may have been started by an
        // earlier run with another environment.
        let sanitizer = ProcessInfo.processInfo.environment["ASAN_OPTIONS"].map { "ASAN_OPTIONS='\($0)' " } ?? ""
        let script = "env TERM=xterm-256color LANG=C.UTF-8 \(sanitizer)\(shellCommand); echo $? > '\(statusFile.path)'; \(afterwards)"
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", script])
    }

    /// The browser's process id: the child of the pane's shell.
    func browserPID() throws -> pid_t? {
        let shell = try Self.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Spawn.run("/usr/bin/env", ["pgrep", "-P", shell])
        return children.stdout.split(separator: "\n").first.flatMap { pid_t($0) }
    }

    /// A tmux format for the pane, such as `#{alternate_on}` or `#{cursor_flag}`.
    func paneFormat(_ format: String) throws -> String {
        try Self.tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func send(_ key: String) {
        _ = try? Self.tmux(["send-keys", "-t", name, key])
    }

    func type(_ text: String) {
        _ = try? Self.tmux(["send-keys", "-t", name, "-l", text])
    }

    func resize(width: Int, height: Int) {
        _ = try? Self.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() throws -> String {
        try Self.tmux(["capture-pane", "-p", "-t", name])
    }

    func title() throws -> String {
        try Self.tmux(["display-message", "-p", "-t", name, "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func waitForScreen(timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = (try? capture()) ?? ""
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("screen never matched; last screen:\n\(screen)")
        return screen
    }

    /// The browser's exit status once it has quit, or nil if it did not within the timeout.
    func waitForExit(timeout: TimeInterval = 20) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                try? FileManager.default.removeItem(at: statusFile)
                return status
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the browser did not quit")
        return nil
    }

    func kill() {
        _ = try? Self.tmux(["kill-session", "-t", name])
    }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        // A socket of our own, so the tests never touch the user's tmux server.
        let result = try Spawn.run("/usr/bin/env", ["tmux", "-L", "storyline-tests"] + arguments, timeout: 20)
        guard result.status == 0 else { throw TmuxError.failed(arguments.first ?? "") }
        return result.stdout
    }

    enum TmuxError: Error { case failed(String) }
}
