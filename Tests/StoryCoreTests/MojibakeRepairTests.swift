import Testing
@testable import StoryCore

@Suite("Mojibake repair")
struct MojibakeRepairTests {
    @Test("garbled text is restored", arguments: [
        ("Itâ€™s the port authorityâ€™s call", "It’s the port authority’s call"),
        ("â€œWe will rebuild,â€\u{9D} she said", "“We will rebuild,” she said"),
        ("The cafÃ© in OrlÃ©ans", "The café in Orléans"),
        ("A long wait โ€” and then a vote", "A long wait — and then a vote"),
        ("Valmoraโ€™s pier", "Valmora’s pier"),
        ("MÃ¼nchen and ZÃ¼rich", "München and Zürich"),
        ("Twice garbled: cafÃƒÂ©", "Twice garbled: café"),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚ from Moscow", "Привет from Moscow"),
    ])
    func repaired(input: String, expected: String) {
        #expect((MojibakeRepair.repair(input) ?? input) == expected)
    }

    @Test("correct text is left alone", arguments: [
        "NÃO ACEITAMOS, disse o sindicato de SÃO PAULO",
        "Plain ASCII with no accents at all",
        "A Thai baby is ทารก and a Thai word is การ",
        "Tokyo 東京 and Kraków’s “quotes” — dashes",
        "the café—“quoted” right after",
        "IRMÃ” she wrote",
    ])
    func untouched(text: String) {
        #expect(MojibakeRepair.repair(text) == nil)
    }
}
