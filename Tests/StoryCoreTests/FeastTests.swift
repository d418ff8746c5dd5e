import Testing
@testable import StoryCore

/// Days named by a feast (see `Feasts`), read against Wednesday, 11 December 2024.
@Suite("Feasts")
struct FeastTests {
    func resolved(_ sentence: String) -> [String] {
        TemporalTaggerTests.tagger.mentions(in: sentence).map { "\($0.date.iso) \($0.date.precision.rawValue)" }
    }

    @Test("a feast is its day, in the year the tense gives or the one written", arguments: [
        ("The shop will close on Christmas Day.", "2024-12-25 day"),
        ("The fire broke out on Christmas Eve.", "2023-12-24 day"),
        ("Talks collapsed shortly before Christmas.", "2023-12-25 day"),
        ("He was released on New Year's Eve.", "2023-12-31 day"),
        ("Crowds gathered on Easter Sunday.", "2024-03-31 day"),
        ("The ferry sank on Good Friday.", "2024-03-29 day"),
        ("The store opened at Christmas 2019.", "2019-12-25 day"),
        ("Floats filled the avenue on Thanksgiving Day.", "2024-11-28 day"),
        ("She was to marry him on Valentine's Day in 2012.", "2012-02-14 day"),
        ("Christmas Day passed quietly in the town.", "2024-12-25 day"),
        ("Fireworks lit the bay on the Fourth of July.", "2024-07-04 day"),
    ])
    func feast(sentence: String, expected: String) {
        #expect(resolved(sentence) == [expected], "\(sentence)")
    }

    /// A feast's bare name within another name, or with no word making it a time, is no date;
    /// nor is a named day used as the name of what happened on it.
    @Test("not feasts", arguments: [
        "The Christmas special drew ten million viewers.", "Christmas Island lies south of Java.", "Easter eggs sold out.",
        "The boxing day was long.", "The \"Boxing Day\" tsunami struck Aceh.", "The massive Boxing Day tsunami struck Aceh.",
    ])
    func notAFeast(sentence: String) {
        #expect(resolved(sentence).isEmpty, "\(sentence)")
    }

    @Test func movableFeastsFallOnTheirDays() {
        #expect(Feasts.easter(2013).iso == "2013-03-31" && Feasts.easter(2025).iso == "2025-04-20" && Feasts.easter(2000).iso == "2000-04-23")
        #expect(Feasts.thanksgiving(2013).iso == "2013-11-28" && Feasts.thanksgiving(2025).iso == "2025-11-27")
    }
}
