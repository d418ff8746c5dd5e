import Foundation
import Testing
@testable import StoryCore

/// Broken, mixed and oversized input: each gets a defined result, never a crash or a lost article.
@Suite("Hostile and broken input")
struct HostileInputTests {
    private static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        return Data(bytes)
    }

    @Test("UTF-16 without a byte-order mark, in Latin and other scripts", arguments: [
        ("Городской совет заявил во вторник, что мост откроют в марте.", false),
        ("Городской совет заявил во вторник, что мост откроют в марте.", true),
        ("市议会周二表示，这座桥将在三月重新开放，工程比计划晚了两个月。", false),
        ("Ο δήμαρχος είπε την Τρίτη ότι η γέφυρα θα ανοίξει τον Μάρτιο.", true),
        // Latin text: found by where its zero bytes fall, even or odd.
        ("The council said on Tuesday that the bridge would reopen in March.", false),
        ("The council said on Tuesday that the bridge would reopen in March.", true),
    ])
    func utf16WithoutMark(text: String, bigEndian: Bool) throws {
        let decoded = try TextDecoder.decode(Self.utf16(text, bigEndian: bigEndian))
        #expect(decoded.text == text)
        #expect(decoded.repairs == [bigEndian ? "encoding:utf-16be" : "encoding:utf-16le"])
    }

    @Test func aFileThatIsPartUTF8AndPartWindows1252KeepsBoth() throws {
        var bytes = Array("Le café « Chez Zoé » a rouvert. ".utf8)
        bytes += [0x4C, 0x27, 0xE9, 0x74, 0xE9, 0x20, 0x66, 0x75, 0x74, 0x20, 0x6C, 0x6F, 0x6E, 0x67, 0x2E]  // L'été fut long.
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text == "Le café « Chez Zoé » a rouvert. L'été fut long.")
        #expect(decoded.repairs == ["encoding:utf-8+windows-1252"])
    }

    @Test func strayNULBytesAreDroppedNotTheFile() throws {
        let text = "The harbour\u{0} reopened on Monday.\n\nCrews\u{0} worked overnight."
        let decoded = try TextDecoder.decode(Data(text.utf8))
        #expect(decoded.text == "The harbour reopened on Monday.\n\nCrews worked overnight.")
        #expect(decoded.repairs.contains("control-characters"))
    }

    @Test func binaryIsStillRefused() {
        var bytes: [UInt8] = Array(repeating: 0, count: 600)
        for index in bytes.indices where index % 3 == 0 { bytes[index] = UInt8(truncatingIfNeeded: index &* 37) }
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(Data(bytes)) }
    }

    @Test func aFiftyMegabyteArticleIsReadUpToTheLimitFromDisk() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let line = Data("The harbour authority said the pier would reopen after repairs to the crane.\n".utf8)
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        let chunk = Data((0..<8000).flatMap { _ in line })
        for _ in 0..<(50_000_000 / chunk.count) { handle.write(chunk) }
        try handle.close()

        let result = DocumentReader.read(path: file.path)
        #expect(result.documents.count == 1)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.message.hasPrefix("is 49.9 MB; read its first 1999 KB only") == true)
        let characters = result.documents[0].blocks.reduce(0) { $0 + $1.text.utf8.count }
        #expect(characters <= DocumentReader.sizeLimit)
    }

    @Test func aLongLineIsNotCutInsideACharacter() {
        let line = String(repeating: "Zoë Ferrand a dit que le pont rouvrira. ", count: DocumentReader.sizeLimit / 40 + 10)
        let result = DocumentReader.read(data: Data(line.utf8), path: "line.txt")
        #expect(result.documents.count == 1)
        #expect(result.documents[0].repairs.allSatisfy { !$0.hasPrefix("encoding:") }, "read as UTF-8, not a legacy code page")
        #expect(result.documents[0].blocks.allSatisfy { !$0.text.contains("\u{FFFD}") })
    }

    @Test func aHugePageIsReadUpToTheLimitWithAWarning() {
        let paragraph = "The harbour authority said the pier would reopen after repairs to the crane were finished.\n"
        let data = Data(String(repeating: paragraph, count: DocumentReader.sizeLimit / paragraph.utf8.count + 500).utf8)
        let result = DocumentReader.read(data: data, path: "huge.txt")
        #expect(result.warnings.first?.message.hasPrefix("is 2.0 MB; read its first") == true)
        #expect(result.documents.count == 1)
    }

    @Test func aPageWithoutLineBreaksIsCutIntoParagraphsWithoutLosingText() {
        let sentence = "The harbour authority said the pier would reopen after repairs. "
        let line = String(repeating: sentence, count: 400)
        for (name, page) in [("line.txt", line), ("line.html", "<html><body><p>\(line)</p></body></html>"), ("line.md", line)] {
            let blocks = DocumentReader.read(data: Data(page.utf8), path: name).documents[0].blocks
            #expect(blocks.count > 5, "\(name)")
            #expect(blocks.allSatisfy { $0.text.utf8.count <= 4000 }, "\(name)")
            #expect(blocks.map(\.text).joined(separator: " ") == line.trimmed, "\(name)")
        }
    }

    @Test func aBatchFileMayBeLargerButEachArticleIsHeldToTheLimit() {
        let long = String(repeating: "The crane was repaired. ", count: DocumentReader.sizeLimit / 24 + 100)
        let items = [#"{"title":"Short","text":"The pier reopened on Monday."}"#, #"{"title":"Long","text":"\#(long)"}"#]
        let result = DocumentReader.read(data: Data(items.joined(separator: "\n").utf8), path: "batch.jsonl")
        #expect(result.documents.count == 2)
        #expect(result.warnings.map(\.message) == ["item 2 has over 2000 KB of text; read that much only"])
    }

    @Test func jsonOfUnexpectedTypesIsSkippedItemByItem() {
        let text = """
            [1, null, "text", [], {"text": {"nested": true}}, {"text": ["First part.", 7, "Second part."], "title": ["not", "a", "string"],
             "date": 1733900000, "author": {"name": 5}, "source": 12}, {"content": true}, {"body": "   "}]
            """
        let result = DocumentReader.read(data: Data(text.utf8), path: "odd.json")
        #expect(result.documents.map(\.path) == ["odd.json#6"])
        #expect(result.documents.first?.blocks.map(\.text) == ["First part.", "Second part."])
        #expect(result.warnings.count == 7)
    }

    @Test func deeplyNestedAndUnclosedHTMLStillYieldsItsText() {
        let nested = String(repeating: "<div><span>", count: 20_000) + "<p>The pier reopened on Monday after repairs to the crane."
        let unclosed = "<html><body><p>The pier reopened<p>Crews worked overnight <b>to finish <i>the crane"
        for (name, html) in [("nested.html", nested), ("unclosed.html", unclosed)] {
            let result = DocumentReader.read(data: Data(html.utf8), path: name)
            #expect(result.documents.count == 1, "\(name)")
            #expect(result.documents.first?.blocks.contains { $0.text.contains("The pier reopened") } == true, "\(name)")
        }
    }

    @Test func anUnclosedFrontMatterBlockIsReadAsText() {
        // Found by the fuzzer: Ink ran off the end of the text looking for the block's end.
        for text in ["---\ntitle: [unclosed\nThe pier reopened on Monday.\n \n", "---\n", "- The pier reopened.\n- Crews left.\n"] {
            let (document, _) = MarkdownReader.read(text: text, path: "odd.md")
            #expect(document.blocks.allSatisfy { !$0.text.contains("<!--") }, "\(text)")
            if text.hasPrefix("- ") { #expect(document.blocks.map(\.hint) == [.listItem, .listItem]) }
        }
    }

    @Test func anOpeningPWithNoClosingBracketIsText() {
        // Found by the fuzzer: Ink looped for ever between its paragraph and HTML readers.
        for text in ["Crews worked <pcouncil approves lanes.\n", "A <P", "<p>The pier reopened.</p>\n\nThen <pier 4 closed."] {
            let (document, _) = MarkdownReader.read(text: text, path: "odd.md")
            let all = document.blocks.map(\.text).joined(separator: " ")
            #expect(all.contains("<p") || all.contains("<P"), "\(text) → \(all)")
        }
        let (document, _) = MarkdownReader.read(text: "<p>The pier reopened.</p>\n\nCrews left.\n", path: "fine.md")
        #expect(document.blocks.map(\.text) == ["The pier reopened.", "Crews left."])
    }

    @Test func megabytesOfScriptAreNotText() {
        let script = "<script>" + String(repeating: "var x = \"<p>not text</p>\"; ", count: 60_000) + "</script>"
        let html = "<html><head>\(script)</head><body><article><p>The pier reopened on Monday.</p></article>\(script)</body></html>"
        let result = DocumentReader.read(data: Data(html.utf8), path: "scripted.html")
        #expect(result.documents.first?.blocks.map(\.text) == ["The pier reopened on Monday."])
    }

    @Test func everyBadFixtureIsAWarningAndTheRestLoads() throws {
        let story = try StoryLoader.load(paths: [Fixtures.path("bad"), Fixtures.path("harbor")])
        let warned = Set(story.warnings.map { URL(fileURLWithPath: $0.path).lastPathComponent })
        #expect(warned.isSuperset(of: ["binary.txt", "empty.txt", "whitespace.txt", "malformed.json", "only-boilerplate.txt"]))
        #expect(story.articles.count >= 6)
    }
}
