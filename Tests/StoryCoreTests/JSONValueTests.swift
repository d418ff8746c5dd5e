import Foundation
import Testing

@testable import StoryCore

@Suite("JSON output")
struct JSONValueTests {
    /// Plain strings are copied whole and the rest escaped scalar by scalar: both must give text
    /// that reads back as the same string, with no control character or line separator left raw.
    @Test(arguments: [
        "plain words", "“curly” quotes — and dashes…", "Cissé’s café 東京 👩‍👩‍👧", "say \"hi\" \\ back", "tab\there\nline\r",
        "bell\u{07} esc\u{1B}[31m del\u{7F}", "c1 \u{85} \u{9F} nbsp\u{A0} ¡", "seps \u{2028} \u{2029} \u{2027} \u{202A}", "", "\u{C2}",
    ])
    func stringsReadBackAsWritten(_ text: String) throws {
        let rendered = JSONValue.array([.string(text), .object([("key \"\(text)\"", .string(text))])]).rendered(pretty: false)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [Any])
        #expect(parsed.first as? String == text)
        #expect((parsed.last as? [String: String])?["key \"\(text)\""] == text)
        let raw = rendered.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }
        #expect(raw.isEmpty, "\(raw.map(\.value))")
    }

    /// Long arrays are written in parts on both cores: the text must be what writing them in
    /// one go gives, at every length around the split and at every depth.
    @Test(arguments: [1, 63, 64, 65, 300])
    func longArraysReadAsShortOnes(_ count: Int) {
        let items = (0..<count).map { JSONValue.object([("n", .int($0)), ("s", .array([.string("x\($0)")]))]) }
        let item = { (n: Int) in "    {\n      \"n\": \(n),\n      \"s\": [\n        \"x\(n)\"\n      ]\n    }" }
        let expected = "{\n  \"list\": [\n" + (0..<count).map(item).joined(separator: ",\n") + "\n  ],\n  \"end\": null\n}"
        #expect(JSONValue.object([("list", .array(items)), ("end", .null)]).rendered() == expected)
        let compact = "[" + (0..<count).map { "{\"n\":\($0),\"s\":[\"x\($0)\"]}" }.joined(separator: ",") + "]"
        #expect(JSONValue.array(items).rendered(pretty: false) == compact)
    }

    @Test func escapesAreTheUsualOnes() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1B}e\u{2028}").rendered(pretty: false) == #""a\"b\\c\nd\u001be\u2028""#)
        #expect(JSONValue.string("“café”").rendered(pretty: false) == "\"“café”\"")
    }
}
