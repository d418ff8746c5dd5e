import Foundation
import Testing

/// The browser in a real terminal: tmux runs it, `send-keys` types, `capture-pane` reads the screen.
@Suite("The browser in tmux", .enabled(if: Tmux.available), .serialized)
struct TmuxTests {
    @Test func opensTheDemoStoryMovesAndQuits() throws {
        let session = try Tmux(command: [Binary.url.path], width: 100, height: 30)
        defer { session.kill() }
        let first = try session.waitForScreen { $0.contains("Sources (4)") }
        #expect(first.contains("j/k move"))
        session.send("j")
        session.send("Enter")
        let opened = try session.waitForScreen { $0.contains("words") }
        #expect(opened.contains("Sources (4)"))
        session.send("q")
        session.send("q")
        try session.waitForExit()
    }
}

struct Tmux {
    static var available: Bool {
        ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
        } ?? false
    }

    let name = "storyline-test-\(UUID().uuidString.prefix(8))"

    init(command: [String], width: Int, height: Int) throws {
        let shellCommand = command.map { "'\($0)'" }.joined(separator: " ")
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "env TERM=xterm-256color \(shellCommand)"])
    }

    func send(_ key: String) {
        _ = try? Self.tmux(["send-keys", "-t", name, key])
    }

    func capture() throws -> String {
        try Self.tmux(["capture-pane", "-p", "-t", name])
    }

    func waitForScreen(timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
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

    func waitForExit(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? Self.tmux(["has-session", "-t", name])) == nil { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the browser did not quit")
    }

    func kill() {
        _ = try? Self.tmux(["kill-session", "-t", name])
    }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        // Output goes through a file, not a pipe: `new-session` starts a server that would
        // inherit the pipe and keep it open for as long as the session lives.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let data = (try? Data(contentsOf: output)) ?? Data()
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments.first ?? "") }
        return String(decoding: data, as: UTF8.self)
    }

    enum TmuxError: Error { case failed(String) }
}
