import Testing
@testable import StoryCore

/// Lines that state when a story was published, in the forms news pages use, and lines that
/// only mention a date.
@Suite("Date lines")
struct DateLineTests {
    static func stamp(_ line: String) -> String? {
        switch BlockRules.verdict(for: line, words: Words.count(in: line)) {
        case .dateline(let stamp), .byline(_, let stamp?): return stamp.iso
        default: return nil
        }
    }

    @Test("each form dates the article", arguments: [
        ("05/02/2013", "2013-05-02"),
        ("May 3, 2013 at 7:31 AM ET", "2013-05-03T07:31"),
        ("12:52 p.m. EDT May 2, 2013", "2013-05-02"),
        ("9:12am UK, Tuesday 10 December 2024", "2024-12-10"),
        ("7:40PM BST 3 Jun 2024", "2024-06-03"),
        ("Originally published 05/03/2013 at 10:20 AM EDT", "2013-05-03T10:20"),
        ("Tue Jul 02 2013, 14:58 hrs", "2013-07-02T14:58"),
        ("AFP, Tuesday 2 Jul 2013", "2013-07-02"),
        ("INDONESIA, July 2, 2013", "2013-07-02"),
        ("Published May 03, 2013", "2013-05-03"),
        ("15. Mai 2019, 05:28 Uhr", "2019-05-15T05:28"),
        ("Publikacja: 04.05.2021", "2021-05-04"),
        ("Stand: 28.04.2020 18:00 Uhr", "2020-04-28T18:00"),
        ("25/12/2024", "2024-12-25"),
        ("Janic Moser, 01.12.2021", "2021-12-01"),
        ("28. Jan. 2022 Paula Brand", "2022-01-28"),
        ("Posted on September 21, 2020 by Ada Tal", "2020-09-21"),
        ("Geschrieben von Cooper am 25.08.2015 22:30", "2015-08-25T22:30"),
        ("Pressemitteilung vom 20.01.2022", "2022-01-20"),
        ("07.11.2023 Valmora, Küstenland", "2023-11-07"),
        ("01.02.2022 Kategorie: Hafen, Verband", "2022-02-01"),
        ("dpa am 25.01.2022", "2022-01-25"),
        ("15 августа 2016, 13:43", "2016-08-15T13:43"),
        ("4 marca 2021", "2021-03-04"),
        ("3. září 2020", "2020-09-03"),
        ("2024-02-19 20:29:58 来源： 港口日报", "2024-02-19T20:29:58"),
        ("Published: 2024.11.08 09:01 AM", "2024-11-08T09:01"),
        ("Story Created: Nov 7, 2024 at 9:56 AM AKST", "2024-11-07T09:56"),
        ("Found November 08, 2024", "2024-11-08"),
        ("Released 2024-11-08 05:08:35 GMT", "2024-11-08T05:08:35"),
    ])
    func forms(line: String, expected: String) {
        #expect(Self.stamp(line)?.hasPrefix(expected) == true, "\(line) → \(Self.stamp(line) ?? "nil")")
    }

    @Test("a sentence or a headline with a date is not a date line", arguments: [
        "The port was built on 4 March 1987 and expanded in 2001.",
        "Council to vote on harbour plan on May 3, 2013 after long delay",
        "Ferry strike ends, May 3, 2013: what we know about the deal",
        "Harbour works resumed, 01.12.2021",
        "28. Jan. 2022 the ferry sailed again",
        "On May 3, 2013 the crane was inspected by the port's engineers.",
    ])
    func notDateLines(line: String) {
        #expect(Self.stamp(line) == nil)
    }

    @Test("reading-time lines are page metadata", arguments: [
        "4 min read", "Lesezeit: 4 Minuten", "11 minut czytania", "Temps de lecture : 3 min", "Tiempo de lectura: 5 min",
    ])
    func readingTime(line: String) {
        #expect(BlockRules.verdict(for: line, words: Words.count(in: line)) == .removed(.metadata))
    }
}
