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

    @Test("each code page's misreading is undone", arguments: [
        ("Р–РёС‚РµР»Рё РіРѕСЂРѕРґР° РІС‹С€Р»Рё РЅР° СѓР»РёС†С‹", "Жители города вышли на улицы"),
        ("PĹ™Ă\u{AD}stav v OstravÄ› zĹŻstal zavĹ™enĂ˝", "Přístav v Ostravě zůstal zavřený"),
        ("Ostas darbinieki gaida lÄ“mumu", "Ostas darbinieki gaida lēmumu"),
        ("Le maire a d√©clar√© la fermeture", "Le maire a déclaré la fermeture"),
        ("╨ƒ╨╛╤Ç╤é ╨╖╨░╨║╤Ç╤ï╤é", "Порт закрыт"),
        ("PrzystaĹ\u{84} w GdaĹ\u{84}sku zamkniÄ\u{99}ta", "Przystań w Gdańsku zamknięta"),
        ("เธชเธงเธฑเธชเธ”เธต", "สวัสดี"),
        ("Der Hafen Ã¶ffnet am Montag", "Der Hafen öffnet am Montag"),
    ])
    func codePages(input: String, expected: String) {
        #expect(MojibakeRepair.repair(input) == expected)
    }

    @Test("layers, lost bytes and Windows bytes", arguments: [
        // Garbled twice, a no-break space turned into a space on the way.
        ("Le cafÃƒÂ© de la gare ouvre ÃƒÂ\u{A0} sept heures", "Le café de la gare ouvre à sept heures"),
        ("Ã¢â‚¬Å“Nobody expected it,Ã¢â‚¬Â\u{9D} she said", "“Nobody expected it,” she said"),
        // `à` whose no-break space became a plain space keeps a space; Portuguese `às` does not.
        ("Rendez-vous Ã midi", "Rendez-vous à midi"),
        ("Chegamos Ã s cinco", "Chegamos às cinco"),
        // A byte lost to `?` on the way is one replacement character, not a guess.
        ("â€œbien sÃ»râ€? dit-il", "“bien sûr\u{FFFD} dit-il"),
        // Emoji whose surrogate halves were encoded one at a time (CESU-8).
        ("Bravo í\u{A0}½í¸\u{80}", "Bravo 😀"),
        // Windows quotes that were read as Latin-1, beside correct text.
        ("\u{93}Ready\u{94}, said the mayor of Kraków", "“Ready”, said the mayor of Kraków"),
        ("Krakówâ\u{80}\u{99}s mayor: â\u{80}\u{9C}closedâ\u{80}\u{9D}\u{85}", "Kraków’s mayor: “closed”…"),
        // Garbled sequences among correct curly quotes are repaired where they stand.
        ("“Le cafÃ© est fermÃ©,” dit-elle â€” encore", "“Le café est fermé,” dit-elle — encore"),
    ])
    func layersAndLosses(input: String, expected: String) {
        #expect(MojibakeRepair.repair(input) == expected)
    }

    @Test("text that only looks odd is kept", arguments: [
        "HANNAH’S CAFÉ…",
        "RESERVE JÁ¿",
        "Offering 5×£20 tickets",
        "├──┤a┼┐a┼┐a",
        "Ō¬o",
        "IL2Rγc cells and TNFα",
        "Brand™ and CAFÉ” she wrote",
        "Åsa Öberg—Stockholm",
        "a radius of 10 Å—",
        "Brontë…”",
        "MÄ£ÄM ÌÑÌ £ÄGÌ",
        "Dr Müller – DrÃ¥ber",
    ])
    func looksOddButIsNot(text: String) {
        #expect(MojibakeRepair.repair(text) == nil)
    }

    /// Only the garbled line changes; the lines around it, CR LF ends and empty lines included,
    /// come back byte for byte.
    @Test func onlyGarbledLinesChange() {
        let text = "Ein ganz normaler Satz.\r\nDie StraÃŸe war gesperrt.\r\n\n“Quoted” and fine\nLast line: MÃ¼ller"
        let expected = "Ein ganz normaler Satz.\r\nDie Straße war gesperrt.\r\n\n“Quoted” and fine\nLast line: Müller"
        #expect(MojibakeRepair.repair(text) == expected)
        #expect(MojibakeRepair.repair("Nothing wrong here.\n\nNor here — “at all”.\n") == nil)
    }
}
