import Foundation
import Testing

/// One command's run whose JSON output is pinned in `Golden/NAME.json`.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    var testDescription: String { name }
}

/// What Storyline finds on our fixtures and the demo story, pinned: a change in any command's
/// JSON fails here with a diff, and is re-recorded on purpose with
/// `STORYLINE_RECORD=1 swift test --filter GoldenOutput`, so the diff is part of the commit.
@Suite("Outputs pinned: golden JSON of every command")
struct GoldenOutputTests {
    static let demo = "Sources/storyline/Demo"
    static let harbor = "Tests/StoryCoreTests/Fixtures/harbor"
    static let encodings = "Tests/StoryCoreTests/Fixtures/encodings"
    static let bad = "Tests/StoryCoreTests/Fixtures/bad"
    static let mixed = "Tests/StoryCoreTests/Fixtures/mixed"

    static let cases: [GoldenCase] = [
        GoldenCase(name: "demo.sources-coverage", arguments: ["sources", "--coverage", demo]),
        GoldenCase(name: "demo.quotes", arguments: ["quotes", demo]),
        GoldenCase(name: "demo.timeline", arguments: ["timeline", demo]),
        GoldenCase(name: "demo.search-words", arguments: ["search", "ferrand dam", demo]),
        GoldenCase(name: "demo.search-phrase", arguments: ["search", "\"dam operator\" -weather", demo]),
        GoldenCase(name: "demo.search-filters", arguments: ["search", "warn* speaker:ferrand date:2025-10", demo]),
        GoldenCase(name: "demo.compare", arguments: ["compare", "a1", "a3", demo]),
        GoldenCase(name: "harbor.sources-coverage", arguments: ["sources", "--coverage", harbor]),
        GoldenCase(name: "harbor.quotes", arguments: ["quotes", harbor]),
        GoldenCase(name: "harbor.timeline", arguments: ["timeline", harbor]),
        GoldenCase(name: "harbor.search-words", arguments: ["search", "pier crane", harbor]),
        GoldenCase(name: "harbor.search-outlet", arguments: ["search", "reopen* outlet:herald", harbor]),
        GoldenCase(name: "harbor.compare", arguments: ["compare", "a1", "a2", harbor]),
        GoldenCase(name: "encodings.sources-coverage", arguments: ["sources", "--coverage", encodings]),
        GoldenCase(name: "encodings.timeline", arguments: ["timeline", encodings]),
        GoldenCase(name: "bad.sources", arguments: ["sources", bad, harbor]),
        GoldenCase(name: "demo.stories", arguments: ["stories", demo]),
        GoldenCase(name: "harbor.stories", arguments: ["stories", harbor]),
        GoldenCase(name: "mixed.stories", arguments: ["stories", mixed]),
        GoldenCase(name: "mixed.timeline-story", arguments: ["timeline", "--story", "st2", mixed]),
    ]

    @Test("each command's JSON is as recorded", arguments: cases)
    func output(_ golden: GoldenCase) throws {
        let run = try Binary.run(golden.arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        // Paths are given from the package root, wherever the checkout is.
        let output = run.stdout.replacingOccurrences(of: Binary.packageRoot.path + "/", with: "")
        try GoldenFile.expect(output, matches: "\(golden.name).json")
    }

    /// No golden file without a case, none missing: a renamed case cannot leave a stale file behind.
    @Test func theGoldenFilesAreExactlyTheCases() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(Self.cases.map { "\($0.name).json" }))
    }
}

/// A golden file beside these tests, compared exactly; `STORYLINE_RECORD=1` writes it instead.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["STORYLINE_RECORD"] != nil {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8), !expected.isEmpty else {
            Issue.record("Golden/\(name) is missing or empty; record it with STORYLINE_RECORD=1 swift test --filter GoldenOutput", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        Issue.record("output differs from Golden/\(name) (- recorded, + now):\n\(try diff(expected, actual, name: name))", sourceLocation: sourceLocation)
    }

    /// The first lines of a unified diff between the recorded and the new output.
    static func diff(_ expected: String, _ actual: String, name: String) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let old = scratch.appendingPathComponent("recorded-\(name)")
        let new = scratch.appendingPathComponent("now-\(name)")
        try expected.write(to: old, atomically: true, encoding: .utf8)
        try actual.write(to: new, atomically: true, encoding: .utf8)
        let run = try Spawn.run("/usr/bin/diff", ["-u", old.path, new.path])
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
        let shown = lines.prefix(80).joined(separator: "\n")
        return lines.count > 80 ? shown + "\n… \(lines.count - 80) more lines of diff" : shown
    }
}
