import Testing
@testable import StoryCore

/// Counts outlets give for one happening, and when they disagree: a count said with `over`,
/// `about` or `up to` is a range. Sentences of our own writing.
@Suite("Counts the outlets disagree on")
struct EventNumberTests {
    static func facts(_ sentence: String) -> [(key: String, count: EventNumbers.Count)] {
        EventNumbers.facts(in: WordToken.tokenize(Array(sentence)).filter(\.isWord))
    }

    @Test func countsKeepTheirQualifierAndThousands() {
        #expect(Self.facts("More than 300 dockworkers walked out.").map { "\($0.key) \($0.count.text)" } == ["dockworker more than 300"])
        #expect(Self.facts("The port handles 480,000 containers a year.").map { "\($0.key) \($0.count.text)" } == ["container 480,000"])
        #expect(Self.facts("About 250 dockworkers walked out.").first?.count.bound == .about)
        #expect(Self.facts("Up to 40 boats were damaged.").first?.count.bound == .atMost)
    }

    static func conflict(_ a: String, _ b: String) -> Bool {
        let facts = Self.facts(a).map { (article: "a1", key: $0.key, count: $0.count) } + Self.facts(b).map { (article: "a2", key: $0.key, count: $0.count) }
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
        // An order of magnitude apart, two facts: a game's points and a career's.
        ("Ortiz scored 23 points in the final.", "Ortiz now has 2,117 points for the club.", false),
        ("The quake left 5 people dead.", "The quake left 40 people dead.", true),
    ])
    func disagreements(_ example: (String, String, Bool)) {
        #expect(Self.conflict(example.0, example.1) == example.2)
    }
}
