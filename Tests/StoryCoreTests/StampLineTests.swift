import Testing
@testable import StoryCore

/// Lines that stamp a page with its time are no happenings; short sentences that tell one are.
@Suite("Page stamps are not events")
struct StampLineTests {
    static let tagger = TemporalTagger(anchor: DateStamp(year: 2024, month: 12, day: 11))

    func isStamp(_ sentence: String) -> Bool {
        let tokens = WordToken.tokenize(ParagraphText(sentence))
        let found = Self.tagger.mentions(in: sentence, of: ParagraphText(sentence), from: 0, tokens: tokens)
        return StampLine.isStamp(tokens.filter(\.isWord), dates: found.map(\.range))
    }

    @Test("stamps", arguments: [
        "Updated Wednesday, Dec 11 at 5:53 PM", "8:44AM GMT 10 Dec 2024", "Story Created: Dec 10, 2024 at 9:56 AM AKDT",
        "Last updated: December 10, 2024", "Released 2024-12-10 05:08:35 GMT", "Wire Service Dec 10, 2024, 02.16PM IST",
        "VALMORA, Dec. 10, 2024", "8:05am UK, Tuesday 10 December 2024", "Posted on December 10, 2024 by Staff",
    ])
    func stamps(sentence: String) {
        #expect(isStamp(sentence), "\(sentence)")
    }

    @Test("happenings", arguments: [
        "The pier reopens tomorrow.", "Talks resumed on Monday.", "Kessler returns tomorrow.", "Ortiz had 42 points in 1995.",
        "The ferry sank on December 10.", "He is due in court Dec. 17.", "Updated figures came out on Tuesday.",
        "2024年12月10日发生地震。",
    ])
    func happenings(sentence: String) {
        #expect(!isStamp(sentence), "\(sentence)")
    }

    @Test func aStampLineGivesNoEvent() {
        let page = ("a.txt", "Published 2024-12-11\n\nFerry aground\n\nUpdated Tuesday, Dec 10 at 5:53 PM\n\nThe ferry Albatros ran aground off Kessling Point on Tuesday.")
        let events = TimelineAnalyzer.analyze(story([page]))
        #expect(events.count == 1)
        #expect(events.first?.summary.contains("aground") == true)
    }
}
