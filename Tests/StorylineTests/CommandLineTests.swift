import Foundation
import Testing

/// Runs the real `storyline` binary built beside the tests.
enum Binary {
    static var url: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("storyline").path),
              directory.path != "/"
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("storyline")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs the binary; relative paths in `arguments` are taken from the package root.
    static func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> Spawn.Result {
        let absolute = arguments.map { argument in
            argument.hasPrefix("Tests/") ? packageRoot.appendingPathComponent(argument).path : argument
        }
        return try Spawn.run(url.path, absolute, timeout: timeout)
    }
}

@Suite("storyline on the command line")
struct CommandLineTests {
    @Test func sourcesJSONHasTheContractShape() throws {
        let run = try Binary.run(["sources", "Tests/StoryCoreTests/Fixtures/harbor", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let story = try #require(json["story"] as? [String: Any])
        #expect(story["referenceDate"] as? String == "2025-03-04")
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.count == 6)
        for article in articles {
            for key in ["id", "path", "format", "outlet", "title", "byline", "published", "paragraphs", "captions", "removed", "repairs", "wordCount"] {
                #expect(article.keys.contains(key), "missing \(key)")
            }
        }
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect(run.stderr.hasPrefix("storyline: warning: "))
    }

    /// Listing sources reads and normalizes only; `--coverage` adds what each article carries.
    @Test func coverageIsAskedFor() throws {
        let plain = try Binary.run(["sources", "Tests/StoryCoreTests/Fixtures/harbor", "--format", "json"])
        let plainJSON = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        #expect(plainJSON["shared"] == nil)
        #expect((plainJSON["articles"] as? [[String: Any]])?.allSatisfy { $0["coverage"] == nil } == true)

        let full = try Binary.run(["sources", "Tests/StoryCoreTests/Fixtures/harbor", "--coverage", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as? [String: Any])
        let shared = try #require(json["shared"] as? [String: Any])
        let sharedEvents = try #require(shared["events"] as? [String])
        #expect(!sharedEvents.isEmpty)
        let articles = try #require(json["articles"] as? [[String: Any]])
        for article in articles {
            let coverage = try #require(article["coverage"] as? [String: Any])
            let events = try #require(coverage["events"] as? [String])
            #expect(Set(events).isSubset(of: Set(sharedEvents)))
        }

        let text = try Binary.run(["sources", "Tests/StoryCoreTests/Fixtures/harbor", "--coverage"])
        #expect(text.stdout.contains("% of the story: "))
        #expect(try !Binary.run(["sources", "Tests/StoryCoreTests/Fixtures/harbor"]).stdout.contains("% of the story"))
    }

    @Test func quotesJSONNamesSpeakersAndGroupsWordings() throws {
        let run = try Binary.run(["quotes", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let speakers = try #require(json["speakers"] as? [[String: Any]])
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        let ids = Set(speakers.compactMap { $0["id"] as? String })
        #expect(speakers.contains { $0["name"] as? String == "Zoë Ferrand" })
        for quote in quotes {
            if let speaker = quote["speaker"] as? String { #expect(ids.contains(speaker)) }
            #expect(["direct", "partial", "indirect"].contains(quote["kind"] as? String ?? ""))
            #expect(!(quote["mentions"] as? [[String: Any]] ?? []).isEmpty)
        }
        #expect(quotes.contains { ($0["mentions"] as? [[String: Any]] ?? []).count >= 3 }, "a statement carried by several outlets")
        let text = try Binary.run(["quotes"])
        #expect(text.stdout.contains("Zoë Ferrand — Mayor"))
    }

    @Test func searchAndCompareFromTheCommandLine() throws {
        let search = try Binary.run(["search", "ferrand -dam", "--format", "json", "--limit", "3"])
        #expect(search.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])
        #expect((json["hits"] as? [Any])?.count ?? 0 <= 3)
        #expect((json["total"] as? Int ?? 0) >= 1)
        let compare = try Binary.run(["compare", "a1", "river", "--format", "json"])
        #expect(compare.status == 0)
        let pairs = try #require((try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])?["pairs"] as? [[String: Any]])
        #expect(pairs.contains { $0["relation"] as? String == "paraphrase" })
        let text = try Binary.run(["compare", "a1", "a2"])
        #expect(text.stdout.contains("[-") || text.stdout.contains("~ "))
        let unknown = try Binary.run(["compare", "a1", "nowhere"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("storyline: error: no article 'nowhere'; choose one of: a1"))
    }

    /// Each run hashes with a new seed, so sets and dictionaries yield their members in another
    /// order: a result that depends on that order shows up as a difference between runs (an
    /// event's summary once flipped in about one run out of six).
    @Test("output is the same every run", arguments: [["sources", "--coverage"], ["quotes"], ["timeline"]])
    func outputIsTheSameEveryRun(command: [String]) throws {
        let runs = try (0..<6).map { _ in try Binary.run(command + ["Tests/StoryCoreTests/Fixtures", "--format", "json"]).stdout }
        #expect(!runs[0].isEmpty)
        #expect(Set(runs).count == 1)
    }

    @Test func demoStoryLoadsWithNoPaths() throws {
        let run = try Binary.run(["sources"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("4 articles"))
        #expect(run.stderr.isEmpty)
    }

    @Test("errors are one line and say what to do", arguments: [
        (["sources", "no/such/path"], Int32(2)),
        (["no-such-command"], Int32(2)),
        (["sources", "--format", "yaml"], Int32(2)),
        (["sources", "--bogus"], Int32(2)),
        (["browse"], Int32(2)),
        (["browse", "--theme", "no-such-theme"], Int32(2)),
    ])
    func errors(arguments: [String], status: Int32) throws {
        let run = try Binary.run(arguments)
        #expect(run.status == status)
        #expect(run.stderr.hasPrefix("storyline: error: "), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.isEmpty)
    }

    @Test func aFolderWithNoArticlesFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Binary.run(["sources", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("storyline: error: no article files in"))
    }

    @Test func aFolderOfTenThousandFilesLoadsEveryArticleAndNamesEveryBadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 0..<10_000 {
            let text = "Pier \(number) update\n\nThe port authority said on Tuesday that pier \(number % 40) would reopen after repairs to crane \(number).\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "note-%05d.txt", number)))
        }
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 0, 0, 1]).write(to: folder.appendingPathComponent("photo.txt"))
        try Data().write(to: folder.appendingPathComponent("blank.md"))

        // A generous timeout: ten thousand files are slow to read in a debug build, and slower
        // still under sanitizers.
        // `stories`: every article read is listed, whatever stories they make.
        let run = try Binary.run(["stories", folder.path, "--format", "json"], timeout: 600)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["articles"] as? [Any])?.count == 10_000)
        let warned = (json["warnings"] as? [[String: Any]] ?? []).compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
        #expect(warned.sorted() == ["blank.md", "photo.txt"])
        #expect(run.stderr.split(separator: "\n").count == 2)
    }

    @Test func aBrokenThemeFileIsNamedWithItsProblem() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).toml")
        try "[roles]\nnormal = { fg = \"ultraviolet\" }\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Binary.run(["browse", "--theme", file.path])
        #expect(run.status == 2)
        #expect(run.stderr == "storyline: error: theme \(file.path): role 'normal': unknown colour 'ultraviolet'\n")
    }

    @Test func versionAndHelp() throws {
        #expect(try Binary.run(["--version"]).stdout.hasPrefix("0."))
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("sources"))
    }
}
