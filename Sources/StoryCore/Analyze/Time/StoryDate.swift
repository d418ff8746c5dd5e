/// How finely a date is known.
public enum DatePrecision: String, Sendable, Comparable, CaseIterable {
    case decade, year, month, week, day

    var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    /// The precision SPEC.md knows: a decade is reported as its first year, marked approximate.
    public var reported: DatePrecision { self == .decade ? .year : self }
}

/// A date as precisely as the text gives it: a decade, a year, a month, a week (its Monday) or a day.
public struct StoryDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var precision: DatePrecision
    /// Worked out from a rounded duration (`five decades of rule`): the true date may differ.
    public var approximate: Bool = false

    public static func day(_ stamp: DateStamp) -> StoryDate {
        StoryDate(year: stamp.year, month: stamp.month, day: stamp.day, precision: .day)
    }

    /// The week holding `stamp`, dated by its Monday.
    public static func week(of stamp: DateStamp) -> StoryDate {
        let monday = DateStamp(dayNumber: stamp.dayNumber - stamp.weekday)
        return StoryDate(year: monday.year, month: monday.month, day: monday.day, precision: .week)
    }

    public static func month(_ year: Int, _ month: Int) -> StoryDate {
        StoryDate(year: year, month: month, precision: .month)
    }

    public static func year(_ year: Int, approximate: Bool = false) -> StoryDate {
        StoryDate(year: year, precision: .year, approximate: approximate)
    }

    public static func decade(_ year: Int) -> StoryDate {
        StoryDate(year: year / 10 * 10, precision: .decade, approximate: true)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var iso: String {
        let y = String(format4(year))
        guard let month, precision >= .month else { return y }
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day, precision >= .week else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    private func format4(_ value: Int) -> String {
        let digits = String(value)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// First and last day covered, as day numbers.
    var span: ClosedRange<Int> {
        switch precision {
        case .decade:
            return CivilCalendar.dayNumber(year: year, month: 1, day: 1)...CivilCalendar.dayNumber(year: year + 9, month: 12, day: 31)
        case .year:
            return CivilCalendar.dayNumber(year: year, month: 1, day: 1)...CivilCalendar.dayNumber(year: year, month: 12, day: 31)
        case .month:
            let m = month ?? 1
            return CivilCalendar.dayNumber(year: year, month: m, day: 1)...CivilCalendar.dayNumber(year: year, month: m, day: CivilCalendar.daysIn(month: m, year: year))
        case .week:
            let start = CivilCalendar.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
            return start...(start + 6)
        case .day:
            let start = CivilCalendar.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
            return start...start
        }
    }

    /// Whether the two can be the same moment: one's span holds the other's.
    public func isCompatible(with other: StoryDate) -> Bool {
        let a = span
        let b = other.span
        return (a.lowerBound <= b.lowerBound && b.upperBound <= a.upperBound) || (b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound)
    }

    /// Time order; within one period the coarser date comes first.
    public static func < (lhs: StoryDate, rhs: StoryDate) -> Bool {
        (lhs.span.lowerBound, lhs.precision.rank) < (rhs.span.lowerBound, rhs.precision.rank)
    }
}
