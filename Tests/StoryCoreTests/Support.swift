import Foundation
import Testing
@testable import StoryCore

/// Paths to the fixtures shipped with the tests, and to the shared seed pages when present.
enum Fixtures {
    static var root: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    /// `../shared/seeds` next to the package, when this checkout has it.
    static var seeds: String? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seeds = package.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: seeds) ? seeds : nil
    }

    /// Every paragraph and caption of the harbor story and of the seed pages (when present): real
    /// text to hold a fast path to the rule it shortcuts.
    static func everyParagraph() throws -> [String] {
        var folders = [path("harbor")]
        if let seeds { folders.append(seeds) }
        return try folders.flatMap { try StoryLoader.load(paths: [$0]).articles.flatMap { $0.paragraphs + $0.captions } }
    }

    /// An expectations file beside the fixtures, its `_`-prefixed comment keys left out. A file
    /// that is missing, is not a JSON object or holds no case is an error, never zero cases.
    static func expectations(_ name: String) throws -> [String: [String: Any]] {
        let cases = try expectationCases(name).compactMapValues { $0 as? [String: Any] }
        guard !cases.isEmpty else { throw MissingExpectations(name: name) }
        return cases
    }

    /// The cases of an expectations file whatever their values' type; throws as `expectations` does.
    static func expectationCases(_ name: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data(name)) as? [String: Any] else { throw MissingExpectations(name: name) }
        let cases = object.filter { !$0.key.hasPrefix("_") }
        guard !cases.isEmpty else { throw MissingExpectations(name: name) }
        return cases
    }

    struct MissingExpectations: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is missing, is not a JSON object or has no cases" }
    }
}

/// Normalizes text given inline as pages of a story, the way the loader would.
func story(_ pages: [(name: String, text: String)]) -> Story {
    let documents = pages.flatMap { DocumentReader.read(data: Data($0.text.utf8), path: $0.name).documents }
    return StoryLoader.assemble(documents: documents)
}

/// The one article a page of HTML gives, or nil when it keeps none.
func htmlArticle(_ html: String) -> Article? {
    StoryLoader.assemble(documents: [HTMLReader.read(html: html, path: "page.html")]).articles.first
}

/// The article of a page whose `<article>` holds `body`.
func htmlArticle(body: String) -> Article? {
    htmlArticle("<html><body><article>\(body)</article></body></html>")
}
