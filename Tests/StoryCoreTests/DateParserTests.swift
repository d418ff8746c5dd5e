import Testing
@testable import StoryCore

@Suite("Dates in metadata and header lines")
struct DateParserTests {
    @Test("whole timestamps", arguments: [
        ("2024-12-11", "2024-12-11"),
        ("2024-12-11T09:15:00Z", "2024-12-11T09:15:00Z"),
        ("2025-03-04T16:05:00+01:00", "2025-03-04T16:05:00+01:00"),
        ("2025-03-04 16:05", "2025-03-04T16:05"),
        ("Wed, 11 Dec 2024 09:15:00 +0000", "2024-12-11T09:15:00Z"),
        ("December 11, 2024, Wednesday // 09:15", "2024-12-11T09:15"),
        ("Dec. 11, 2024 10:23 AM", "2024-12-11T10:23"),
        ("Dec 11, 2024 12:05 PM", "2024-12-11T12:05"),
        ("11 December 2024, 2:30 p.m. GMT", "2024-12-11T14:30Z"),
        ("Wednesday 11 December 2024", "2024-12-11"),
        ("11. Dezember 2024 um 14:30", "2024-12-11T14:30"),
        ("11 de diciembre de 2024", "2024-12-11"),
        ("le 4 mars 2025 à 08:00", "2025-03-04T08:00"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024", "2024-12-25"),
        ("04.03.2025", "2025-03-04"),
    ])
    func parses(text: String, iso: String) {
        #expect(DateParser.timestamp(text)?.iso == iso)
    }

    @Test("not a whole date", arguments: ["04/03/2025", "500,000 lives", "Berth 2009", "December 10", "at 10:23", "Tuesday"])
    func rejects(text: String) {
        #expect(DateParser.timestamp(text) == nil)
    }

    @Test func weekdaysAndDayNumbers() {
        #expect(DateStamp(year: 2024, month: 12, day: 11).weekday == 2)  // a Wednesday
        let day = DateStamp(year: 2024, month: 2, day: 29)
        #expect(DateStamp(dayNumber: day.dayNumber + 1) == DateStamp(year: 2024, month: 3, day: 1))
        #expect(!DateStamp(year: 2023, month: 2, day: 29).isValid)
    }
}
