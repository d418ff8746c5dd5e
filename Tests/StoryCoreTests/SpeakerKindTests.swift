import Testing
@testable import StoryCore

/// Speakers that are not one named person: bodies (`the company`, `a spokeswoman for X`),
/// described sources (`officials`, `the mayor` when nobody is named mayor), and `they`. Never
/// the last person quoted by default. Sentences of our own writing.
@Suite("Bodies and described sources speak too")
struct SpeakerKindTests {
    static func speaker(of words: String, in paragraphs: [String]) -> Speaker? {
        let analysis = QuoteAnalyzer.analyze(story([("story.txt", "Levy vote in the valley\n\n" + paragraphs.joined(separator: "\n\n"))]))
        guard let statement = analysis.statements.first(where: { $0.mentions.contains { $0.text.contains(words) } }) else { return nil }
        return analysis.speakers.first { $0.id == statement.speaker }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let paragraphs: [String]
        let words: String
        let name: String
        let kind: SpeakerKind
        var testDescription: String { paragraphs.last ?? "" }
    }

    static let cases: [Case] = [
        Case(paragraphs: ["A spokeswoman for Keller Marine said the company was reviewing the measure."],
             words: "reviewing the measure", name: "Keller Marine", kind: .organization),
        Case(paragraphs: ["A Keller Marine spokesman said the firm would not move its fleet this year."],
             words: "not move its fleet", name: "Keller Marine", kind: .organization),
        Case(paragraphs: ["“We will appeal,” said Mayor Ana Lind.", "Officials said the levy would raise $40 million in its first year."],
             words: "raise $40 million", name: "officials", kind: .group),
        Case(paragraphs: ["“We will appeal,” said Mayor Ana Lind.", "Sources told the Daily Courier that the governor would sign the bill."],
             words: "governor would sign", name: "sources", kind: .group),
        Case(paragraphs: ["Nordvale Hydro said it had opened the gates to protect the dam.", "The company said the rain had been the heaviest on record."],
             words: "heaviest on record", name: "Nordvale Hydro", kind: .organization),
        Case(paragraphs: ["The Harbor Times reported that two members had changed their votes.", "The newspaper said the vote had been delayed twice."],
             words: "delayed twice", name: "Harbor Times", kind: .organization),
        // Nobody is named mayor: the speaker is the mayor, described; never the last person quoted.
        Case(paragraphs: ["“This is theft,” said Tobias Wrenfield, who owns a trawler.", "Indeed, the mayor said the city would not collect the levy before spring."],
             words: "before spring", name: "the mayor", kind: .group),
        Case(paragraphs: ["Mayor Ana Lind opened the meeting at six.", "“This is theft,” said Tobias Wrenfield.", "Later the mayor said the city would not collect the levy before spring."],
             words: "before spring", name: "Ana Lind", kind: .person),
        Case(paragraphs: ["The boat was repaired at St Brendan’s Hospital on Tuesday night, the hospital said in a statement."],
             words: "repaired at St Brendan", name: "St Brendan’s Hospital", kind: .organization),
        Case(paragraphs: ["Researchers at the Coastal Institute said the silt had doubled since 2019.", "They say dredging alone will not keep the channel open."],
             words: "dredging alone", name: "Coastal Institute", kind: .organization),
    ]

    @Test("who speaks, and what kind of speaker", arguments: cases)
    func speakerAndKind(_ example: Case) {
        let speaker = Self.speaker(of: example.words, in: example.paragraphs)
        #expect(speaker?.name == example.name)
        #expect(speaker?.kind == example.kind)
    }

    /// The newspaper that reported is not `the company`.
    @Test func aCompanyIsNeverTheNewspaper() {
        let speaker = Self.speaker(of: "heaviest on record", in: [
            "The Harbor Times reported that two members had changed their votes.", "The company said the rain had been the heaviest on record.",
        ])
        #expect(speaker?.name == "the company")
    }

    /// `he` and `she` mean people, not the body quoted before them.
    @Test func aPronounIsNeverABody() {
        let speaker = Self.speaker(of: "appeal the levy", in: [
            "Keller Marine Inc said it had hired lawyers.", "He said the firm would appeal the levy in the spring.",
        ])
        #expect(speaker == nil)
    }

    /// A dateline is neither a speaker nor part of what was said.
    @Test func aDatelineIsLeftOut() {
        let analysis = QuoteAnalyzer.analyze(story([("story.txt", "Levy\n\nWASHINGTON — The levy passed on Tuesday after a long debate, officials said.")]))
        let statement = analysis.statements.first
        #expect(statement?.text == "The levy passed on Tuesday after a long debate")
        #expect(analysis.speakers.first?.name == "officials")
    }

    @Test func openersAreNotNames() {
        let openers = SentenceOpeners([(WordToken.tokenize(Array("Another member said so. Brown said no. The brown dog.")), [0..<4, 4..<8, 8..<12])])
        let lowered = openers.lowered(WordToken.tokenize(Array("Another member said so.")), sentences: [0..<4])
        #expect(lowered.first?.isCapitalized == false)
        // `Brown` is written in lower case elsewhere, but never capitalized inside a sentence: common.
        let brown = openers.lowered(WordToken.tokenize(Array("Brown said no.")), sentences: [0..<4])
        #expect(brown.first?.isCapitalized == false)
        let named = SentenceOpeners([(WordToken.tokenize(Array("Brown said no. She met Brown.")), [0..<4, 4..<8])])
        #expect(named.lowered(WordToken.tokenize(Array("Brown said no.")), sentences: [0..<4]).first?.isCapitalized == true)
    }

    @Test func kindsAreInTheJSON() {
        let analysis = QuoteAnalyzer.analyze(story([("story.txt", "Levy\n\nOfficials said the levy would raise $40 million in its first year.")]))
        let json = QuotesReport.json(story([("story.txt", "Levy\n\nOfficials said the levy would raise $40 million in its first year.")]), analysis)
        #expect(json.rendered().contains("\"kind\": \"group\""))
    }
}
