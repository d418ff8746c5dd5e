import Testing
@testable import StoryCore

/// Short forms found from the story's own text, and what they change when wordings are compared.
@Suite("Short forms")
struct AcronymTests {
    func expansion(_ words: String) -> [UInt64] {
        Words.distinctContentKeys(in: words).map(\.value)
    }

    func found(_ paragraphs: [String]) -> [String: [UInt64]] {
        Dictionary(Acronyms.findings(in: paragraphs).map { ($0.letters, $0.expansion) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aLongFormInParenthesesOrElsewhereInTheArticle() {
        let defined = found(["Inspectors from the Global Fisheries Authority (GFA) arrived on Monday."])
        #expect(defined["GFA"] == expansion("Global Fisheries Authority"))
        // Spelled out in one paragraph, shortened in another.
        let apart = found(["The Northern Water Board met on Monday.", "A spokesman for the NWB said the dam was safe."])
        #expect(apart["NWB"] == expansion("Northern Water Board"))
    }

    @Test func joinersAndParticlesInsideALongForm() {
        let joined = found(["The Organisation of Coastal Fishing States (OCFS) and the ministry met.", "The OCFS said so."])
        #expect(joined["OCFS"] == expansion("Organisation of Coastal Fishing States"))
        let particle = found(["Fighters of Jabhat al-Nasr (JN) took the town."])
        #expect(particle["JN"] == expansion("Jabhat al-Nasr"))
    }

    @Test func possessivesAndAccentedCapitals() {
        let possessive = found(["The Coastal Fisheries Office said on Monday that it would appeal.", "The CFO’s lawyers and the CFO's director agreed."])
        #expect(possessive["CFO"] == expansion("Coastal Fisheries Office"))
        // An accented capital is its letter; a capital with no Latin letter under it spells nothing.
        let accented = found(["La Agencia Única de Pesca (AUP) publicó un informe."])
        #expect(accented["AUP"] == expansion("Agencia Única de Pesca"))
        #expect(found(["The Ωmega Trust (OT) and the Omega Trust met."])["OT"] == expansion("Omega Trust"))
    }

    @Test func noShortFormWithoutALongForm() {
        // Capitals in a shouted headline are no short forms; a run broken by a comma is no long form.
        #expect(found(["HE SAID THE HARBOR WAS SHUT", "Harbor Emergency, News Bureau and others reported it."]).isEmpty)
        #expect(found(["Ivan Castro, Carla Cruz and the ICC were there."]).isEmpty)
        #expect(found(["The ICC said nothing."]).isEmpty)
    }

    @Test func theSpellingMostArticlesUseWins() {
        let board = Acronyms.Finding(letters: "NWB", expansion: expansion("Northern Water Board"))
        let bank = Acronyms.Finding(letters: "NWB", expansion: expansion("National Westland Bank"))
        for findings in [[board, bank, board], [bank, board, board], [board, board, bank]] {
            let acronyms = Acronyms(findings: findings)
            #expect(acronyms.expanded(Words.distinctContentKeys(in: "the NWB said")) == Words.distinctContentKeys(in: "Northern Water Board said"))
        }
        // A tie goes the same way whatever order the articles came in.
        let tied = [[board, bank], [bank, board]].map { Acronyms(findings: $0).expanded(Words.distinctContentKeys(in: "NWB")) }
        #expect(tied[0] == tied[1])
    }

    @Test func aShortFormStandsForItsLongFormWhenWordingsAreCompared() {
        let paragraphs = [
            "Asked whether he would accept the Maritime Claims Tribunal, the minister said the country was not a party to the MCT charter.",
            "The minister said the country was not a party to the treaty that created the Maritime Claims Tribunal.",
            "The tribunal ruled in May.", "Fishing boats stayed in port on Tuesday.", "The harbour reopened on Friday.", "Prices of fish rose.",
        ]
        let terms = StoryTerms(paragraphs: paragraphs)
        let unaware = StoryTerms(tallies: [StoryTerms.Tally(paragraphs: paragraphs)])
        let short: Set<String> = Set(Words.contentWords(in: "the country was not a party to the MCT charter"))
        let long: Set<String> = Set(Words.contentWords(in: "the country was not a party to the treaty that created the Maritime Claims Tribunal"))
        #expect(unaware.overlap(short, long) < 0.5)
        #expect(terms.overlap(short, long) >= 0.5)
    }

    @Test func outletsQuotingTheShortAndTheLongFormAreOneStatement() {
        let loaded = story([
            ("wire.txt", """
                Asked whether the country would accept the ruling of the Maritime Claims Tribunal (MCT), Minister Arno Veldt said: “We will not answer to the MCT.”
                Fishing boats stayed in port on Tuesday.
                """),
            ("daily.txt", """
                Minister Arno Veldt said the country would never answer to the Maritime Claims Tribunal, whose rulings the tribunal’s critics call biased.
                The harbour reopened on Friday after the storm.
                """),
        ])
        let analysis = QuoteAnalyzer.analyze(loaded)
        let statement = analysis.statements.first { $0.mentions.contains { $0.text.contains("answer to the MCT") } }
        #expect(Set(statement?.mentions.map(\.article) ?? []).count == 2)
    }
}
