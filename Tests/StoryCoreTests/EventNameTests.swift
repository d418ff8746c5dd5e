import Testing
@testable import StoryCore

/// Names one happening's outlets spell differently, flagged on the event. Names of our own making.
@Suite("Names the outlets spell differently")
struct EventNameTests {
    @Test("spellings of one name", arguments: [
        ("Raitano", "Raitanno", true),
        ("Sergei", "Sergey", true),
        ("Kowalczyk", "Kowalcyzk", true),  // two letters swapped
        ("Grzegorzewski", "Gzregorzewsky", true),  // two edits in a long name
        ("Chargers", "Charger", false),  // a plural, not a spelling
        ("Velasco's", "Velasco", false),
        ("Ibáñez", "Ibanez", false),  // diacritics dropped: the same spelling
        ("Dana", "Dane", false),  // too short to tell
        ("Thomas", "Thompson", false),
        ("Mallory", "Hallory", false),  // another first letter: another name
        ("Fontaine", "Fontanelle", false),
    ])
    func spellings(_ example: (String, String, Bool)) {
        #expect(EventNames.areSpellings(example.0, example.1) == example.2)
    }

    @Test func namesAreCapitalizedWordsPastTheFirst() {
        let words = WordToken.tokenize(Array("Rescuers said Duncan Raitano fell near the NATO base in Kessling.")).filter(\.isWord)
        #expect(EventNames.names(in: words) == ["Duncan", "Raitano", "Kessling"])
    }

    @Test func twoOutletsAgainstOneAreFlagged() {
        let uses = [(article: "a1", name: "Raitano"), (article: "a2", name: "Raitano"), (article: "a3", name: "Raitanno")]
        let conflicts = EventNames.conflicts(uses) { _, _, _ in false }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.values.map(\.value) == ["Raitano", "Raitanno"])
        #expect(conflicts.first?.values.map(\.articles) == [["a1", "a2"], ["a3"]])
    }

    @Test func anArticleWritingBothMeansTwoNames() {
        let uses = [(article: "a1", name: "Marcell"), (article: "a2", name: "Marcel")]
        #expect(EventNames.conflicts(uses) { article, _, _ in article == "a2" }.isEmpty)
        // One outlet with both spellings in the event itself: two people, not a disagreement.
        let both = [(article: "a1", name: "Marcell"), (article: "a1", name: "Marcel"), (article: "a2", name: "Marcel")]
        #expect(EventNames.conflicts(both) { _, _, _ in false }.isEmpty)
    }

    /// A headline capitalizes every word: a misspelt common word there is no name told two ways.
    @Test func aHeadlinesCapitalsAreNoNames() throws {
        let events = TimelineAnalyzer.analyze(story([
            ("a.txt", "Published 2025-03-12\n\nKessling Ferry Captain Convicted Of Negligence\n\nThe captain of the ferry that sank off Kessling Point was convicted of negligence on Tuesday."),
            ("b.txt", "Published 2025-03-12\n\nKessling Ferry Captian Convicted Of Negligence\n\nOn Tuesday a court convicted the captain of the ferry that sank off Kessling Point of negligence."),
            ("c.txt", "Published 2025-03-12\n\nFerry captain guilty\n\nThe ferry captain was convicted on Tuesday of negligence over the sinking off Kessling Point."),
        ] + TimelineTests.councilNotes(month: "2025-02")))
        let event = try #require(events.first { Set($0.mentions.map(\.article)).count == 3 })
        #expect(event.mentions.contains { $0.paragraph == -1 })
        #expect(event.conflicts.isEmpty)
    }

    @Test func aStoryTimelineFlagsTheSpelling() throws {
        let events = TimelineAnalyzer.analyze(story([
            ("a.txt", "Published 2025-03-14\n\nWreck found\n\nOn Tuesday, the diver Tomasz Wierzbicki found the wreck of the ferry off Kessling Point."),
            ("b.txt", "Published 2025-03-14\n\nFerry wreck located\n\nThe diver Tomasz Wierzbiki found the wreck of the ferry off Kessling Point on Tuesday."),
        ]))
        let event = try #require(events.first { Set($0.mentions.map(\.article)).count == 2 })
        #expect(event.conflicts.map(\.what) == ["spelling of a name"])
        #expect(Set(event.conflicts.first?.values.map(\.value) ?? []) == ["Wierzbicki", "Wierzbiki"])
    }
}
