/// A calendar date, optionally with a time of day and a UTC offset, as a page states it.
///
/// Kept as fields rather than a `Date` because pages often give a day without a time
/// or a time without a zone, and Storyline must not invent what the page did not say.
public struct DateStamp: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Minutes east of UTC, when the page gives a zone.
    public var offsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, offsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// The same day without a time.
    public var dayOnly: DateStamp { DateStamp(year: year, month: month, day: day) }

    /// `YYYY-MM-DD`, then `THH:MM`, `:SS` and `±HH:MM` or `Z` as far as known.
    public var iso: String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour, let minute else { return text }
        text += "T\(pad(hour, 2)):\(pad(minute, 2))"
        if let second { text += ":\(pad(second, 2))" }
        if let offsetMinutes {
            if offsetMinutes == 0 {
                text += "Z"
            } else {
                let sign = offsetMinutes < 0 ? "-" : "+"
                let magnitude = abs(offsetMinutes)
                text += "\(sign)\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
            }
        }
        return text
    }

    public var isValid: Bool {
        guard (1...12).contains(month), year >= 1 else { return false }
        guard day >= 1, day <= CivilCalendar.daysIn(month: month, year: year) else { return false }
        if let hour, !(0...23).contains(hour) { return false }
        if let minute, !(0...59).contains(minute) { return false }
        if let second, !(0...60).contains(second) { return false }
        return true
    }

    public static func < (lhs: DateStamp, rhs: DateStamp) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1, lhs.second ?? -1)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1, rhs.second ?? -1)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Proleptic Gregorian arithmetic on plain day numbers; no time zones, no Foundation.
public enum CivilCalendar {
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civil(fromDayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Monday … 6 = Sunday.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        let n = dayNumber(year: year, month: month, day: day)
        return ((n % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday.
    }
}

extension DateStamp {
    public var dayNumber: Int { CivilCalendar.dayNumber(year: year, month: month, day: day) }

    public init(dayNumber: Int) {
        let c = CivilCalendar.civil(fromDayNumber: dayNumber)
        self.init(year: c.year, month: c.month, day: c.day)
    }

    public var weekday: Int { CivilCalendar.weekday(year: year, month: month, day: day) }
}
