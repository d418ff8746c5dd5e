import Foundation
import Testing
@testable import StoryCore

/// Files built to hang or exhaust Storyline: each gets a bounded, defined result.
@Suite("Hostile files")
struct HostileFileTests {
    /// A scratch folder, removed when the test ends.
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Nine levels of aliases, each naming the one before nine times: 9^9 values from ~400 bytes.
    static let aliasBomb: String = {
        var lines = ["---", "title: Pier reopens after repairs", "a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = Array("abcdefghij")
        for level in 1..<names.count {
            let previous = Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [\(previous)]")
        }
        lines += ["author: Not reached", "---", "", "The pier reopened on Monday after repairs to the crane, the port authority said."]
        return lines.joined(separator: "\n")
    }()

    @Test func aYAMLAliasBombIsCutShortAndTheArticleStillLoads() {
        let (document, warning) = MarkdownReader.read(text: Self.aliasBomb, path: "bomb.md")
        #expect(warning?.contains("over 10000 values") == true, "\(warning ?? "no warning")")
        #expect(document.metadata.title == "Pier reopens after repairs", "fields before the bomb are read")
        #expect(document.blocks.map(\.text) == ["The pier reopened on Monday after repairs to the crane, the port authority said."])
    }

    @Test func frontMatterOverTheLimitIsNotParsed() {
        let keys = (0..<8000).map { "key\($0): value \($0)" }.joined(separator: "\n")
        let (document, warning) = MarkdownReader.read(text: "---\n\(keys)\n---\n\nThe pier reopened on Monday.\n", path: "long.md")
        #expect(warning?.hasPrefix("front matter is over 64 KB") == true, "\(warning ?? "no warning")")
        #expect(document.blocks.map(\.text) == ["The pier reopened on Monday."])
    }

    @Test func ordinaryAliasesAreStillRead() {
        let text = "---\ntitle: &t Pier reopens\nheadline: *t\ntags: &x [port, crane]\nmore: *x\n---\n\nThe pier reopened.\n"
        let (document, warning) = MarkdownReader.read(text: text, path: "fine.md")
        #expect(warning == nil)
        #expect(document.metadata.title == "Pier reopens")
    }

    @Test func namedPipesDevicesAndBrokenLinksAreSkippedNeverOpened() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("article.txt")
        try Data("Pier reopens\n\nThe pier reopened on Monday after repairs to the crane.\n".utf8).write(to: article)
        let pipe = folder.appendingPathComponent("feed.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")

        let collected = try FileCollector.collect([folder.path, pipe])
        #expect(collected.files == [article.path])
        let said = Dictionary(collected.warnings.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.message) }, uniquingKeysWith: { $1 })
        #expect(said["feed.txt"] == "is a named pipe, not a file; skipped")
        #expect(said["zero.txt"] == "is a device, not a file; skipped")
        #expect(said["gone.txt"] == "is a broken link; skipped")
        #expect(collected.warnings.count == 4, "the pipe named directly is warned about too")

        // A path that turned into a pipe after it was collected is refused on the open descriptor.
        #expect(DocumentReader.read(path: pipe).warnings.map(\.message) == ["is a named pipe, not a file; skipped"])
        #expect(DocumentReader.read(path: "/dev/zero").warnings.map(\.message) == ["is a device, not a file; skipped"])
        #expect(DocumentReader.read(path: article.path).documents.count == 1)
    }

    @Test func aTagWithThreeHundredThousandAttributesKeepsItsText() {
        let attributes = (0..<300_000).map { "a\($0)=x" }.joined(separator: " ")
        let html = "<html><body><article><p \(attributes)>The pier reopened on Monday after repairs.</p><p>Crews worked overnight.</p></article></body></html>"
        let document = HTMLReader.read(html: html, path: "attributes.html")
        #expect(document.blocks.map(\.text) == ["The pier reopened on Monday after repairs.", "Crews worked overnight."])
    }
}

/// The attribute cap that keeps libxml2 linear: tags over the limit lose their extra attributes only.
@Suite("Capping a tag's attributes")
struct AttributeCapTests {
    private static func capped(_ html: String, limit: Int) -> String {
        String(decoding: AttributeCap.capped(Array(html.utf8), limit: limit), as: UTF8.self)
    }

    @Test func tagsWithinTheLimitAreLeftByteForByte() {
        let html = #"<p class="lead" id=x data-a='1 > 2' hidden>Text a<b c d e f</p>"#
        #expect(Self.capped(html, limit: 4) == html)
    }

    @Test func attributesPastTheLimitAreLeftOut() {
        #expect(Self.capped(#"<p a=1 b="2 > 3" c d='4'>Text</p><i x y z>more</i>"#, limit: 2) == #"<p a=1 b="2 > 3" >Text</p><i x y >more</i>"#)
    }

    @Test func scriptTextOpensNoTag() {
        let html = "<script>if (a<b c d e f g) {}</script><p x y z>Text</p>"
        #expect(Self.capped(html, limit: 2) == "<script>if (a<b c d e f g) {}</script><p x y >Text</p>")
    }

    @Test func anUnclosedTagRunsToTheEnd() {
        #expect(Self.capped("<p a b c d", limit: 2) == "<p a b ")
        #expect(Self.capped("<p a=\"b c d", limit: 2) == "<p a=\"b c d")
    }
}

/// Inputs whose cost grew with the square of their size: each is now held to bounded pieces.
@Suite("Bounded work on long inputs")
struct BoundedWorkTests {
    @Test func aBatchIsParsedItemByItemAndABadItemCostsOnlyItself() {
        let text = #"[{"title":"One","text":"The pier reopened on Monday."}, {"title": "Two", "text": "Crews \"worked\" [overnight], {late}."}, {"text": bad}, 7]"#
        let result = DocumentReader.read(data: Data(text.utf8), path: "batch.json")
        #expect(result.documents.map(\.path) == ["batch.json#1", "batch.json#2"])
        #expect(result.documents.last?.blocks.map(\.text) == [#"Crews "worked" [overnight], {late}."#])
        #expect(result.warnings.map(\.message) == ["item 3 is not valid JSON; skipped it", "item 4 is not an article object; skipped it"])
    }

    @Test("not one array: read another way", arguments: [#"{"text": "a"}"#, "[1, 2", "[1,,2]", "[1] [2]", "[1,]", #"["a\"]"#])
    func notOneArray(text: String) {
        #expect(JSONArrayItems.split(text) == nil)
    }

    @Test func anArraysItemsAreItsOwnText() {
        #expect(JSONArrayItems.split(#" [ {"a": [1, {"b": "]"}]} , "x,y" ,3 ] "#)?.map { $0.trimmed } == [#"{"a": [1, {"b": "]"}]}"#, #""x,y""#, "3"])
        #expect(JSONArrayItems.split("[]")?.isEmpty == true)
    }

    @Test func aRunOfFlagLettersWithNoSpaceIsCutOnCharacterBoundaries() {
        let flags = String(repeating: "\u{1F1FA}\u{1F1F8}", count: 3000)
        let pieces = LongBlocks.split(PageBlock(flags, .paragraph))
        #expect(pieces.count > 1)
        #expect(pieces.map(\.text).joined() == flags)
        #expect(pieces.allSatisfy { $0.text.utf8.count <= LongBlocks.limit })
    }
}

extension BoundedWorkTests {
    @Test func aBatchReadsAtMostItsItemLimitWithAWarning() {
        let count = JSONReader.itemLimit + 3
        let batch = "[" + Array(repeating: #"{"text":"x"}"#, count: count).joined(separator: ",") + "]"
        let result = JSONReader.read(text: batch, path: "many.json", linesFirst: false)
        #expect(result.documents.count == JSONReader.itemLimit)
        #expect(result.warnings == ["holds \(count) items; read the first \(JSONReader.itemLimit) only"])
        let lines = Array(repeating: #"{"text":"x"}"#, count: count).joined(separator: "\n")
        #expect(JSONReader.read(text: lines, path: "many.jsonl", linesFirst: true).documents.count == JSONReader.itemLimit)
    }
}
