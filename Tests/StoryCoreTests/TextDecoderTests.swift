import Foundation
import Testing
@testable import StoryCore

/// The encoding fixtures named in `encodings.expected.json`, whose values are strings, not objects.
func encodingCases() throws -> [String] {
    try Fixtures.expectationCases("encodings.expected.json").keys.sorted()
}

@Suite("Decoding bytes into clean text")
struct TextDecoderTests {
    @Test("each encoding fixture decodes to what the author wrote", arguments: try encodingCases())
    func fixture(name: String) throws {
        let expected = try JSONSerialization.jsonObject(with: Fixtures.data("encodings.expected.json")) as! [String: Any]
        let sentence = (expected[name] as! String).precomposedStringWithCanonicalMapping
        let decoded = try TextDecoder.decode(Fixtures.data("encodings/\(name)"))
        #expect(decoded.text.contains(sentence), "\(name): \(decoded.text)")
        #expect(!decoded.text.contains("\r"))
    }

    @Test func utf16WithoutByteOrderMarkIsRecognized() throws {
        let text = "Plain words in UTF-16, no mark."
        var bytes: [UInt8] = []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text == text)
        #expect(decoded.repairs == ["encoding:utf-16le"])
    }

    @Test func binaryAndEmptyFilesAreRefused() {
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01])) }
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data("  \n\t \n".utf8)) }
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Data()) }
    }

    @Test func legacyCyrillicIsReadAsWindows1251() throws {
        // "Привет, мир" in Windows-1251.
        let bytes: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text == "Привет, мир")
        #expect(decoded.repairs == ["encoding:windows-1251"])
    }

    /// A page's own `<meta charset>` decides between code pages that read as letters alike:
    /// Polish in Windows-1250 is also plausible Latin-1 (`kłótnie` as `k³ótnie`).
    @Test("a declared code page is believed", arguments: [
        ("<meta charset=\"windows-1250\">", "windows-1250", "Ciężar kłótni przeniesie się na Sejm."),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">", "iso-8859-2", "Příliš žluťoučký kůň."),
        ("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>", "koi8-r", "Привет, мир и порт."),
        ("<meta charset='iso-8859-1'>", "windows-1252", "“Le café”, dit-elle — à Noël."),
    ])
    func declaredCharset(declaration: String, page: String, sentence: String) throws {
        let body = try Self.encode(sentence, inCodePage: page)
        let bytes = Array("<html><head>\(declaration)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text.contains(sentence), "\(decoded.text)")
        #expect(decoded.repairs == ["encoding:\(page)"])
    }

    /// A sentence of our own in a single-byte code page, as a legacy page stores it.
    static func encode(_ sentence: String, inCodePage page: String) throws -> [UInt8] {
        let encoding = try #require(DeclaredCharset.labels[page])
        return try sentence.unicodeScalars.map { scalar in
            scalar.value < 0x80 ? UInt8(scalar.value) : try #require(encoding.byte(for: scalar, sloppily: false))
        }
    }

    /// With no declaration, the code page under which the words read as words: no symbol
    /// between letters, no capital in the middle of a word, no C1 control.
    @Test("an undeclared code page is recognized", arguments: [
        ("windows-1250", "Ciężar kłótni przeniesie się teraz na Sejm, który głosował późno."),
        ("koi8-r", "Привет, мир: порт откроется в понедельник утром."),
        ("windows-1252", "Der Hafen öffnet am Montag wieder, sagte die Bürgermeisterin."),
        ("windows-1252", "« Le café est fermé », dit-elle — à Noël, près du môle."),
        ("windows-1251", "Привет, мир: порт откроется в понедельник утром."),
    ])
    func undeclaredCodePage(page: String, sentence: String) throws {
        let bytes = try Self.encode(sentence, inCodePage: page)
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text == sentence)
        #expect(decoded.repairs == ["encoding:\(page)"])
    }

    /// Chinese, Japanese and Korean pages in their legacy encodings, as declared; a saved copy's
    /// own `utf-8` before the page's declaration is passed over when the bytes are not UTF-8.
    @Test("a declared multi-byte encoding is read", arguments: [
        ("gb2312", "GB18030", "港口周一重新开放，工人们说。"),
        ("big5", "BIG5-HKSCS", "港口週一重新開放，工人們說。"),
        ("shift_jis", "CP932", "港は月曜日に再開すると作業員が話した。"),
        ("euc-kr", "CP949", "항구는 월요일에 다시 문을 연다고 노동자들이 말했다."),
    ])
    func multiByte(label: String, iconvName: String, sentence: String) throws {
        let encoded = try #require(Self.encode(sentence, as: iconvName))
        let bytes = Array("<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(label)\"></head><body><p>".utf8)
            + encoded + Array("</p></body></html>".utf8)
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text.contains(sentence), "\(decoded.text)")
    }

    /// The sentence's bytes in a legacy encoding, by the system's converter (what the pages were written with).
    static func encode(_ text: String, as encoding: String) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }

    /// A declaration of UTF-8 on bytes that are not UTF-8 says nothing: the bytes are read by guess.
    @Test func aWrongUTF8DeclarationIsLeftToDetection() throws {
        let bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]
        let decoded = try TextDecoder.decode(Data(bytes))
        #expect(decoded.text.contains("Привет, мир"))
    }

    @Test func escapeSequencesAndControlsAreRemoved() throws {
        let hostile = "Headline\u{1B}]0;owned\u{07} text \u{1B}[2J\u{1B}[31mred\u{1B}[0m and a bell\u{07}."
        let decoded = try TextDecoder.decode(Data(hostile.utf8))
        #expect(decoded.text == "Headline text red and a bell.")
        #expect(decoded.repairs.contains("control-characters"))
    }
}

@Suite("Line ends and controls")
struct TextCleanerTests {
    /// Clean pages with CR line ends take a byte path; pages with controls the full one: the same rules.
    @Test(arguments: [
        ("a\r\nb\rc\r\r\nd\n", "a\nb\nc\n\nd\n"), ("plain\ntext", "plain\ntext"), ("“quoted” — café\r\n", "“quoted” — café\n"),
        ("a\r\nb\u{1B}[31mc\r", "a\nbc\n"), ("e\u{301}\r\n", "é\n"), ("\r", "\n"), ("", ""),
        ("Ita\u{AD}li\u{AD}ens Wei\u{AD}ne", "Italiens Weine"), ("\u{FEFF}word\u{FEFF}s", "words"),
        // A lone C1 control may be meant, and is escaped wherever text is shown; a C1 CSI
        // sequence is an escape sequence, and goes.
        ("apparently intentional \u{81}", "apparently intentional \u{81}"), ("a\u{9B}31mred", "ared"),
    ])
    func lineEndsBecomeLineFeeds(_ input: String, _ expected: String) {
        #expect(TextCleaner.clean(input).text == expected)
    }

    /// The clean-page check reads eight bytes at a time: every ASCII byte, at every place of two
    /// such words and past them, must send the text the way the scalar-by-scalar rule would.
    @Test func everyASCIIByteAtEveryPlaceIsSeen() {
        let plain = Array("The ferry sailed at dawn, ~said~ {all}".utf8)
        for byte in UInt8(0)...UInt8(0x7F) {
            for place in 0..<19 {
                var bytes = plain
                bytes[place] = byte
                let text = String(decoding: bytes, as: UTF8.self)
                let fast = TextCleaner.clean(text)
                let full = TextCleaner.cleanedScalarByScalar(text)
                #expect(fast.text == full.text && fast.removedControls == full.removedControls, "byte \(byte) at \(place)")
            }
        }
    }

    /// The standard library's normalizer stands in for Foundation's: the same NFC on the shapes
    /// that need work — combining marks in any order, Hangul jamo, singletons, compatibility ideographs.
    @Test(arguments: [
        "e\u{301}cole", "A\u{30A}", "\u{212B}ngstr\u{F6}m", "\u{1100}\u{1161}\u{11A8}", "a\u{323}\u{302}", "a\u{302}\u{323}",
        "\u{F900}", "\u{958}", "\u{3C2}\u{387}", "\u{41F}\u{440}\u{438}\u{301}", "\u{30D5}\u{3099}", "q\u{307}\u{323}", "\u{2126}",
        "\u{E40}\u{E48}\u{E38}", "plain ASCII", "",
    ])
    func standardLibraryNFCMatchesFoundation(_ text: String) {
        #expect(Array(text.nfc.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
