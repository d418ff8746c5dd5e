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

    @Test func escapesAreTheUsualOnes() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1B}e\u{2028}").rendered(pretty: false) == #""a\"b\\c\nd\u001be\u2028""#)
        #expect(JSONValue.string("“café”").rendered(pretty: false) == "\"“café”\"")
    }
}
