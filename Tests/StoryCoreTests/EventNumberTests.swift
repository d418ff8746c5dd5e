import Testing
@testable import StoryCore

/// Counts outlets give for one happening, and when they disagree: a count said with `over`,
/// `about` or `up to` is a range. Sentences of our own writing.
@Suite("Counts the outlets disagree on")
struct EventNumberTests {
    static func facts(_ sentence: String) -> [EventNumbers.Fact] {
        EventNumbers.facts(in: WordToken.tokenize(Array(sentence)).filter(\.isWord))
    }

    @Test func countsKeepTheirQualifierAndThousands() {
        #expect(Self.facts("More than 300 dockworkers walked out.").map { "\($0.key) \($0.count.text)" } == ["dockworker more than 300"])
        #expect(Self.facts("The port handles 480,000 containers a year.").map { "\($0.key) \($0.count.text)" } == ["container 480,000"])
        #expect(Self.facts("About 250 dockworkers walked out.").first?.count.bound == .about)
        #expect(Self.facts("Up to 40 boats were damaged.").first?.count.bound == .atMost)
        // Past any count, its thousands would overflow: left out, and the next count still read.
        #expect(Self.facts("It counted 999,999,999,999,999,999,999,999 containers and 12 boats.").map { "\($0.key) \($0.count.text)" } == ["boat 12"])
        // An amount in millions is what comes after them: the price and its cash part are two facts.
        #expect(Self.facts("The port paid $410 million for the yard.").map { "\($0.key) \($0.count.text)" } == ["yard 410 million"])
        #expect(Self.facts("Of that, $260 million is in cash.").map { "\($0.key) \($0.count.text)" } == ["cash 260 million"])
        #expect(Self.facts("About 3 million people fled.").map { "\($0.key) \($0.count.text)" } == ["peopl about 3 million"])
    }

    static func conflict(_ a: String, _ b: String) -> Bool {
        let facts = Self.facts(a).map { (article: "a1", fact: $0) } + Self.facts(b).map { (article: "a2", fact: $0) }
        return !EventNumbers.conflicts(facts).isEmpty
    }

    @Test("disagreements", arguments: [
        ("12 workers were injured.", "14 workers were injured.", true),
        ("More than 300 dockworkers walked out.", "About 250 dockworkers walked out.", true),
        ("The port handles over 500,000 containers.", "The port handles 480,000 containers.", true),
        ("The port handles over 500,000 containers.", "The port handles 500,000 containers.", false),
        ("The port handles over 500,000 containers.", "The port handles 520,000 containers.", false),
        ("About 250 dockworkers walked out.", "Some 260 dockworkers walked out.", false),
        ("12 workers were injured.", "12 workers were injured.", false),
        ("The port paid $410 million for the yard.", "The port paid $430 million for the yard.", true),
        ("The port paid $410 million for the yard.", "The port paid $260 million in cash.", false),
        ("About 3 million people fled.", "About 250,000 people fled.", false),
        ("Up to 40 boats were damaged.", "50 boats were damaged.", true),
        // An order of magnitude apart, two facts: a game's points and a career's.
        ("Ortiz scored 31 points in the final.", "Ortiz now has 2,480 points for the club.", false),
        ("The quake left 5 people dead.", "The quake left 40 people dead.", true),
        // Two players' yards are two facts; one player's, told two ways, disagree.
        ("Okafor threw for 187 yards on Sunday.", "Mbeki rushed for 214 yards on Sunday.", false),
        ("Okafor threw for 187 yards on Sunday.", "Okafor passed for 214 yards on Sunday.", true),
        ("Okafor threw for 187 yards on Sunday.", "The visitors gave up 214 yards on Sunday.", true),
    ])
    func disagreements(_ example: (String, String, Bool)) {
        #expect(Self.conflict(example.0, example.1) == example.2)
    }

    @Test("whose count it is", arguments: [
        ("Okafor scored 31 points.", "okafor"), ("Okafor threw for 187 yards.", "okafor"), ("Mbeki’s 214 yards won it.", "mbeki"),
        ("Officials said 12 workers were injured.", nil), ("On Tuesday 12 workers were injured.", nil), ("12 workers were injured.", nil),
    ] as [(String, String?)])
    func owners(_ example: (String, String?)) {
        #expect(Self.facts(example.0).first?.owner == example.1, "\(example.0)")
    }

    /// Each outlet giving both numbers tells two facts, not a disagreement.
    @Test func twoOutletsGivingTheSameTwoCountsAgree() {
        let both = Self.facts("12 workers were injured and 14 workers were treated.")
        let facts = both.map { (article: "a1", fact: $0) } + both.map { (article: "a2", fact: $0) }
        #expect(both.count == 2)
        #expect(EventNumbers.conflicts(facts).isEmpty)
    }

    /// A toll opens the sentence that dates its happening at the end: it counts with the words
    /// around the date. Only a count the sentence opens on, after a qualifier at most.
    @Test("the count a sentence opens on", arguments: [
        ("Four people were killed when the bridge collapsed into the river on Tuesday evening.", "people 4"),
        ("At least five people died after part of the bridge gave way yesterday.", "people at least 5"),
        ("Despite rushing for 318 yards, the visitors lost their last home game on Sunday.", ""),
        ("The Oct. 12 breakout was the first in a decade, officials said on Monday.", ""),
        ("Three other bombs exploded outside the camp on Thursday.", ""),
    ])
    func openingCount(_ example: (String, String)) {
        let words = WordToken.tokenize(Array(example.0)).filter(\.isWord)
        let dated = words.suffix(3)
        let facts = EventNumbers.facts(in: Array(dated), sentence: words)
        #expect(facts.map { "\($0.noun) \($0.count.text)" }.joined(separator: "; ") == example.1, "\(example.0)")
    }
}
