import Foundation
import Testing

/// Hostile files and file names against the real binary: nothing reaches the terminal raw, and
/// nothing that is not a regular file is ever opened.
@Suite("Hostile files on the command line")
struct HostileCommandLineTests {
    static let story = "Pier reopens after repairs\n\nThe pier reopened on Monday after repairs to the crane, the port authority said.\n"

    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func fileNamesWithEscapeSequencesAreShownEscaped() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.story.utf8).write(to: folder.appendingPathComponent("bad\u{1B}]0;X\u{07}.txt"))
        try Data().write(to: folder.appendingPathComponent("evil\u{1B}[2Jname.txt"))
        let run = try Binary.run(["sources", folder.path])
        #expect(run.status == 0)
        #expect(!Self.hasRawControl(run.stdout), "\(run.stdout.debugDescription)")
        #expect(!Self.hasRawControl(run.stderr), "\(run.stderr.debugDescription)")
        #expect(run.stdout.contains(#"bad\x1b]0;X\x07.txt"#))
        #expect(run.stderr.contains(#"evil\x1b[2Jname.txt: is empty; skipped"#), "\(run.stderr)")

        // JSON escapes them as JSON does, and the name comes back whole.
        let json = try Binary.run(["sources", folder.path, "--format", "json"])
        #expect(!Self.hasRawControl(json.stdout))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let path = try #require((object["articles"] as? [[String: Any]])?.first?["path"] as? String)
        #expect(path.hasSuffix("bad\u{1B}]0;X\u{07}.txt"))
    }

    @Test func anErrorNamingAHostilePathIsEscaped() throws {
        let run = try Binary.run(["sources", "/nowhere/\u{1B}[2J\u{1B}]0;X\u{07}.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "storyline: error: no such file or folder: '/nowhere/\\x1b[2J\\x1b]0;X\\x07.txt'; check the path\n")
    }

    @Test func aThemeFileEchoedInAnErrorIsEscaped() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("evil.toml")
        // TOML's own escapes: the key read from the file holds ESC and BEL.
        let toml = #"""
            [roles]
            "title\u001B]0;PWNED\u0007" = { fg = "red" }
            """#
        try Data(toml.utf8).write(to: theme)
        let run = try Binary.run(["browse", "--theme", theme.path])
        #expect(run.status == 2)
        #expect(!Self.hasRawControl(run.stderr), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains(#"unknown role 'title\x1b]0;PWNED\x07'"#), "\(run.stderr)")
    }

    @Test func aNamedPipeIsSkippedNotWaitedOn() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.story.utf8).write(to: folder.appendingPathComponent("article.txt"))
        let pipe = folder.appendingPathComponent("feed.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        for arguments in [["sources", folder.path], ["timeline", pipe, folder.appendingPathComponent("article.txt").path]] {
            let run = try Binary.run(arguments, timeout: 30)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.stderr.contains("feed.txt: is a named pipe, not a file; skipped"), "\(run.stderr)")
        }
    }

    @Test func aYAMLAliasBombLoadsItsBodyWithAWarning() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["---", "title: Pier reopens", "a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = Array("abcdefghij")
        for level in 1..<names.count {
            lines.append("\(names[level]): &\(names[level]) [\(Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", "))]")
        }
        lines += ["---", "", "The pier reopened on Monday after repairs to the crane, the port authority said."]
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("bomb.md"))
        try Data(Self.story.utf8).write(to: folder.appendingPathComponent("other.txt"))
        let run = try Binary.run(["sources", folder.path, "--format", "json"], timeout: 30)
        #expect(run.status == 0)
        #expect(run.stderr.contains("bomb.md: front matter holds over 10000 values"), "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["articles"] as? [Any])?.count == 2)
    }
}

/// When nothing can be read, the error says why, not that the file type is wrong.
@Suite("Nothing to read")
struct NothingToReadTests {
    @Test func onePageOfFurnitureSaysSoInOneLine() throws {
        let run = try Binary.run(["sources", "Tests/StoryCoreTests/Fixtures/bad/only-boilerplate.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("only-boilerplate.txt': it has no story text (only menus, notices or other page furniture)\n"), "\(run.stderr)")
        #expect(!run.stderr.contains(".txt, .md"), "the file type is not blamed")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func aFolderOfBadFilesNamesEachAndThenFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-nothing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0, 0, 0, 9, 0, 0]).write(to: folder.appendingPathComponent("data.txt"))
        let run = try Binary.run(["sources", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("empty.txt: is empty; skipped"))
        #expect(run.stderr.contains("none of the 2 files has story text"), "\(run.stderr)")
    }

    @Test func aFolderWithNoArticleFilesSaysWhichFilesAreRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-none-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x89, 0x50]).write(to: folder.appendingPathComponent("photo.png"))
        let run = try Binary.run(["sources", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no article files in"), "\(run.stderr)")
        #expect(run.stderr.contains("give files in .txt, .md, .html or .json"))
    }
}
