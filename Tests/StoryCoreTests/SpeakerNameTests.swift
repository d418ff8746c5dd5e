import Testing
@testable import StoryCore

/// Who a statement's speaker is, when the sentence around the name holds more than a name:
/// titles, appositives, post-nominals, party tags, initials, possessors, places and outlets.
/// Sentences of our own writing, in the shapes US, British and wire copy use.
@Suite("Speaker names are taken whole, and only names")
struct SpeakerNameTests {
    /// The speaker's name of the statement whose text holds `words`, in a one-article story
    /// whose paragraphs are `paragraphs` (with a headline before them).
    static func speaker(of words: String, in paragraphs: [String]) -> String? {
        let analysis = QuoteAnalyzer.analyze(story([("story.txt", "Levy vote in the valley\n\n" + paragraphs.joined(separator: "\n\n"))]))
        guard let statement = analysis.statements.first(where: { $0.mentions.contains { $0.text.contains(words) } }) else {
            return "(no statement)"
        }
        return statement.speaker.flatMap { id in analysis.speakers.first { $0.id == id }?.name }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let paragraphs: [String]
        let words: String
        let speaker: String?
        var testDescription: String { paragraphs.last ?? "" }
    }

    static let named: [Case] = [
        // A role before the name, in the segment before it.
        Case(paragraphs: ["“We did not get everything we wanted,” Harlan’s chief of staff, Maria Delacroix, said after the vote."],
             words: "everything we wanted", speaker: "Maria Delacroix"),
        Case(paragraphs: ["A Keller Marine spokesman, Paul Oduya, said the firm had hired lawyers to read the measure."],
             words: "hired lawyers", speaker: "Paul Oduya"),
        // Honours, party tags and ages between commas name no one.
        Case(paragraphs: ["Tom Ashgrove, SC, said the levy could face a challenge under the state constitution."],
             words: "face a challenge", speaker: "Tom Ashgrove"),
        Case(paragraphs: ["“This is a tax on every family in the valley,” said Sen. Ted Corvallis, R-Oregon, who voted against it."],
             words: "tax on every family", speaker: "Ted Corvallis"),
        Case(paragraphs: ["Rep. Dana Whitcombe (D-Maine) said the levy would survive any challenge in court."],
             words: "survive any challenge", speaker: "Dana Whitcombe"),
        Case(paragraphs: ["Marta Quill, 54, said the harbor had never been so empty in her lifetime."],
             words: "never been so empty", speaker: "Marta Quill"),
        // Initials keep their full stops; a title is the role, not the name.
        Case(paragraphs: ["David H. Petraeus, a former adviser to the council, said the plan would take years to pay off."],
             words: "take years to pay off", speaker: "David H. Petraeus"),
        Case(paragraphs: ["House Speaker Gerald Brannigan said the chamber would take up the bill next week."],
             words: "take up the bill", speaker: "Gerald Brannigan"),
        // A place that ends an appositive is not the speaker.
        Case(paragraphs: ["Cynthia Marlow, curator of the harbor museum at the University of Vermont, Burlington, said the museum would host a forum."],
             words: "host a forum", speaker: "Cynthia Marlow"),
        // Several appositives, long ones.
        Case(paragraphs: ["Professor Ines Caldwell, Director of the National Coastal Survey, and Chairman of the Council for the Study of Tidal Erosion and Harbor Silt, says the harbor is silting up faster than expected."],
             words: "silting up", speaker: "Ines Caldwell"),
        // The inverted order, with a place before the comma and a body after the name.
        Case(paragraphs: ["The damage was worst in Lowell Bay, the largest town on the coast, said Ana Perreira of the Regional Harbor Authority."],
             words: "worst in Lowell Bay", speaker: "Ana Perreira"),
        Case(paragraphs: ["The surge damaged at least 400 boats along the coast, said harbour agency official Fauzia."],
             words: "400 boats", speaker: "Fauzia"),
        // A body's name before a role and a person's name.
        Case(paragraphs: ["Shipping firm co-founder Tobias Wrenfield tweeted a photograph of the empty quay and said the levy would cost his company dearly."],
             words: "cost his company", speaker: "Tobias Wrenfield"),
        Case(paragraphs: ["Minister of Fisheries Odile Brandt said a review of the quotas would follow the vote."],
             words: "review of the quotas", speaker: "Odile Brandt"),
        Case(paragraphs: ["According to Valmoran Ambassador to the United Kingdom Petar Ilic, the levy breaks a trade treaty signed in 2011."],
             words: "breaks a trade treaty", speaker: "Petar Ilic"),
        // An outlet that relays a speaker is not the speaker.
        Case(paragraphs: ["According to the Harbor Times, Councillor Ruth Amsel also believes the levy will be repealed within two years."],
             words: "repealed within two years", speaker: "Ruth Amsel"),
        // A name and whom it speaks for, then the verb.
        Case(paragraphs: ["Lydia Marsh for Coastal Freight Alliance, says the members are looking at the levy's effect on small boats."],
             words: "looking at the levy", speaker: "Lydia Marsh"),
    ]

    @Test("the speaker is the name in the sentence", arguments: named)
    func speakerIsTheName(_ example: Case) {
        #expect(Self.speaker(of: example.words, in: example.paragraphs) == example.speaker)
    }

    @Test func aSurnameFindsTheOnePersonWhoSpeaks() {
        let paragraphs = [
            "Kristen Halloway, the exhibit's curator, said the photographs had never been shown.",
            "A full interview with Kristin Halloway, curator of the exhibition, is on the museum's site.",
            "“They were kept in a drawer for forty years,” Halloway said.",
        ]
        #expect(Self.speaker(of: "kept in a drawer", in: paragraphs) == "Kristen Halloway")
    }

    @Test func onePersonUnderEveryTitleAndForm() {
        let paragraphs = [
            "House Speaker Gerald Brannigan said the chamber would take up the levy next week.",
            "Speaker Brannigan later added that the vote on the levy would be close.",
            "“We will have the votes,” Mr. Brannigan said.",
            "Brannigan said the levy would be phased in over three years.",
        ]
        for words in ["take up the levy", "would be close", "We will have the votes", "phased in"] {
            #expect(Self.speaker(of: words, in: paragraphs) == "Gerald Brannigan", "\(words)")
        }
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let paragraphs = [
            "Bill Harlow said the levy was a mistake that the valley would regret.",
            "Hillary Harlow said the levy would pay for the new harbor wall.",
        ]
        #expect(Self.speaker(of: "a mistake", in: paragraphs) == "Bill Harlow")
        #expect(Self.speaker(of: "new harbor wall", in: paragraphs) == "Hillary Harlow")
    }

    @Test func aColonEndingTheParagraphBeforeIntroducesTheQuotation() {
        let paragraphs = [
            "The harbor levy passed on Tuesday after a long debate in the valley council.",
            "Governor Lena Brook put it plainly in a statement on the harbor levy:", "“The levy is fair, and the harbor needs it.”",
        ]
        #expect(Self.speaker(of: "The levy is fair", in: paragraphs) == "Lena Brook")
    }

    @Test func aTitleOrAPossessorAloneIsNoSpeaker() {
        #expect(SpeakerPhrase.reference(WordToken.tokenize(Array("Sen.")), appositiveRole: nil) == nil)
        #expect(SpeakerPhrase.reference(WordToken.tokenize(Array("Clinton's")), appositiveRole: nil) == nil)
        #expect(SpeakerPhrase.reference(WordToken.tokenize(Array("R-Texas")), appositiveRole: nil) == nil)
    }

    @Test func aVerbWithAnObjectIsNoStatement() {
        let paragraphs = ["In the 62nd minute Dario Lenz conceded a penalty which the referee awarded after a long delay."]
        #expect(Self.speaker(of: "a penalty which", in: paragraphs) == "(no statement)")
    }

    @Test func theWordsBeforeAQuotationIntroduceIt() {
        let paragraphs = ["Speaking at the quay on Friday, the harbor master, Ilse Varga said, “We will reopen on Monday.”"]
        let analysis = QuoteAnalyzer.analyze(story([("story.txt", "Quay\n\n" + paragraphs[0])]))
        #expect(analysis.statements.count == 1)
        #expect(analysis.statements.first?.text == "We will reopen on Monday.")
    }
}
