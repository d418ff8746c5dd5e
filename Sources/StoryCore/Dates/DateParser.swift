/// Finds calendar dates, with times and zones, in metadata values and in lines of page text.
///
/// Understands ISO 8601, RFC 2822, `December 11, 2024`, `Dec. 11, 2024 10:23 AM`,
/// `Wednesday 11 December 2024`, `11. Dezember 2024`, `11 de diciembre de 2024`, and
/// numeric dates when their order is clear (`25/12/2024`, `12.11.2024`).
public enum DateParser {
    /// One date found in a text.
    public struct Match: Sendable, Equatable {
        public var year: Int?
        public var month: Int
        public var day: Int?
        public var hour: Int?
        public var minute: Int?
        public var second: Int?
        public var offsetMinutes: Int?
        /// Where it stands in the text.
        public var range: Range<String.Index>

        /// A full date stamp, when the text gave year, month and day.
        public var stamp: DateStamp? {
            guard let year, let day else { return nil }
            let stamp = DateStamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offsetMinutes)
            return stamp.isValid ? stamp : nil
        }
    }

    /// The date a metadata value or a date line states, if it states a whole one.
    public static func timestamp(_ text: String) -> DateStamp? {
        firstStamped(in: text)?.stamp
    }

    /// The first date in `text` that gives year, month and day.
    ///
    /// Every such form has a year of four digits, or two after `/`, `.` or `-` (`25.12.24`):
    /// most lines with numbers have neither (`3,000 residents`) and leave by one byte scan, as
    /// the normalizer asks this of every short block of every page.
    /// `slashMonthFirst` reads `05/02/2013` as 2 May, as English-language news writes it: for a
    /// line that only states a date, where no other reading is at hand.
    public static func firstStamped(in text: String, slashMonthFirst: Bool = false) -> Match? {
        guard mayHoldStamp(text) else { return nil }
        return matches(in: text, slashMonthFirst: slashMonthFirst).first { $0.stamp != nil }
    }

    /// Whether the tokenizer can make a year token of `text`: a run of digits that leaves four
    /// (runs are cut every nine digits), or a run of two after a date separator.
    /// (On the contiguous bytes, not by stepping the `utf8` view: every block of every page is
    /// asked.)
    static func mayHoldStamp(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            var beforeRun: UInt8 = 0x20
            var lastNonSpace: UInt8 = 0x20
            for byte in bytes {
                if byte &- 0x30 < 10 {
                    if run == 0 { beforeRun = lastNonSpace }
                    run += 1
                    lastNonSpace = byte
                    continue
                }
                if run > 0, yearRun(run, after: beforeRun) { return true }
                run = 0
                if byte != 0x20 && byte &- 0x09 > 4 { lastNonSpace = byte }
            }
            return run > 0 && yearRun(run, after: beforeRun)
        }
    }

    /// Whether `text` may hold a date with a day (`matches` with `day` set): each form has a
    /// digit, and either a month's name or digits joined by `-`, `/` or `.`. Checked on the bytes
    /// (a word beyond ASCII is taken to be a month's name), it spares the tagger the parse of
    /// most sentences with a number (`for 8 kilometres`), and it asks this of every sentence.
    static func mayHoldDay(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var hasDigit = false
            var hasMonth = false
            /// After a digit run (white space skipped): 1; after a digit run and a separator: 2.
            var joined = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if (0x30...0x39).contains(byte) {
                    if joined == 2 { return true }
                    hasDigit = true
                    joined = 1
                    index += 1
                } else if (0x61...0x7A).contains(byte | 0x20) || byte >= 0x80 {
                    var end = index
                    var wide = false
                    while end < bytes.count {
                        let next = bytes[end]
                        if (0x61...0x7A).contains(next | 0x20) {
                            end += 1
                        } else if next >= 0x80 {
                            let (scalar, length) = bytes.scalar(at: end)
                            // Beyond ASCII: white space and punctuation end a word, anything else may be a letter.
                            if scalar.properties.isWhitespace || scalar.properties.generalCategory.isPunctuationOrSymbol { break }
                            wide = true
                            end += length
                        } else {
                            break
                        }
                    }
                    if end == index {
                        // Punctuation or a space beyond ASCII: a symbol or white space to the tokenizer.
                        let (scalar, length) = bytes.scalar(at: index)
                        if !scalar.properties.isWhitespace { joined = 0 }
                        index += length
                        continue
                    }
                    if wide || LetterKey.of(bytes[index..<end]).map(monthKeys.contains) == true { hasMonth = true }
                    joined = 0
                    index = end
                } else {
                    if byte == 0x2D || byte == 0x2F || byte == 0x2E {
                        joined = joined == 1 ? 2 : 0
                    } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                        joined = 0
                    }
                    index += 1
                }
            }
            return hasDigit && hasMonth
        }
    }

    /// Each month name of ASCII letters, as a `LetterKey`.
    private static let monthKeys = LetterKeySet(months.keys.compactMap { LetterKey.of($0.utf8) })

    /// A byte beyond ASCII before the run may be a space the tokenizer skips, or a mark: it may be a separator's.
    @inline(__always)
    private static func yearRun(_ run: Int, after byte: UInt8) -> Bool {
        run % 9 == 4 || (run == 2 && (byte == 0x2F || byte == 0x2E || byte == 0x2D || byte >= 0x80))
    }

    /// Every date in `text`, in order.
    public static func matches(in text: String, slashMonthFirst: Bool = false) -> [Match] {
        // Every form this parser knows has a number in it: text without a digit has no date.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [] }
        let tokens = DateTokenizer.tokens(text)
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            if var (match, next) = date(tokens, at: index, slashMonthFirst: slashMonthFirst) {
                next = time(tokens, at: next, into: &match)
                let end = tokens[next - 1].range.upperBound
                match.range = tokens[index].range.lowerBound..<end
                found.append(match)
                index = next
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Dates

    private static func date(_ t: [DateToken], at i: Int, slashMonthFirst: Bool) -> (Match, Int)? {
        iso(t, i) ?? numeric(t, i, slashMonthFirst: slashMonthFirst) ?? dayMonthYear(t, i) ?? monthDayYear(t, i)
    }

    /// `2024-12-11`, `2024/12/11`, `2024.12.11` (year first, so never day first), then an optional `T`.
    private static func iso(_ t: [DateToken], _ i: Int) -> (Match, Int)? {
        guard i + 4 < t.count, let year = t[i].number, t[i].digits == 4,
              let separator = t[i + 1].symbol, separator == "-" || separator == "/" || separator == ".",
              let month = t[i + 2].number, t[i + 3].symbol == separator, let day = t[i + 4].number,
              (1...12).contains(month), (1...31).contains(day), t[i + 4].digits <= 2
        else { return nil }
        var next = i + 5
        if next < t.count, t[next].word == "t" { next += 1 }
        return (Match(year: year, month: month, day: day, range: t[i].range), next)
    }

    /// `25/12/2024`, `12.11.2024`, `12-25-2024`: day and month told apart by impossible values;
    /// dots mean day first, as everywhere they are used; slashes that leave it open are read month
    /// first only when asked (`slashMonthFirst`), else left unread.
    private static func numeric(_ t: [DateToken], _ i: Int, slashMonthFirst: Bool) -> (Match, Int)? {
        guard i + 4 < t.count, let first = t[i].number, t[i].digits <= 2,
              let separator = t[i + 1].symbol, "/.-".contains(separator),
              let second = t[i + 2].number, t[i + 2].digits <= 2, t[i + 3].symbol == separator,
              var year = t[i + 4].number, t[i + 4].digits == 4 || t[i + 4].digits == 2
        else { return nil }
        if t[i + 4].digits == 2 { year += year < 70 ? 2000 : 1900 }
        let dayFirst: Bool
        if first > 12, second <= 12 { dayFirst = true }
        else if second > 12, first <= 12 { dayFirst = false }
        else if separator == "." { dayFirst = true }
        else if separator == "/", slashMonthFirst { dayFirst = false }
        else { return nil }
        let (day, month) = dayFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (Match(year: year, month: month, day: day, range: t[i].range), i + 5)
    }

    /// `[Wednesday,] 11 [th] [.] [of|de] December [,] [de] [2024]`
    private static func dayMonthYear(_ t: [DateToken], _ i: Int) -> (Match, Int)? {
        var j = skipWeekday(t, i)
        guard j < t.count, let day = t[j].number, t[j].digits <= 2, (1...31).contains(day) else { return nil }
        j += 1
        if j < t.count, let word = t[j].word, ["st", "nd", "rd", "th", "er", "o"].contains(word) { j += 1 }
        if j < t.count, t[j].symbol == "." { j += 1 }
        if j < t.count, let word = t[j].word, ["of", "de"].contains(word) { j += 1 }
        guard j < t.count, let month = t[j].word.flatMap(monthNumber) else { return nil }
        j += 1
        // `11 Dec. 2024`; but the full stop of `on the 5th of May.` ends the sentence.
        if j + 1 < t.count, t[j].symbol == ".", t[j + 1].symbol == "," || t[j + 1].digits == 4 { j += 1 }
        var year: Int?
        var k = j
        if k < t.count, t[k].symbol == "," { k += 1 }
        if k < t.count, let word = t[k].word, ["de", "del", "of"].contains(word) { k += 1 }
        if k < t.count, let value = t[k].number, t[k].digits == 4 {
            year = value
            j = k + 1
        }
        return (Match(year: year, month: month, day: day, range: t[i].range), j)
    }

    /// `[Wednesday,] December [.] 11 [th] [,] [2024] [, Wednesday]`
    private static func monthDayYear(_ t: [DateToken], _ i: Int) -> (Match, Int)? {
        var j = skipWeekday(t, i)
        guard j < t.count, let month = t[j].word.flatMap(monthNumber) else { return nil }
        j += 1
        if j < t.count, t[j].symbol == "." { j += 1 }
        guard j < t.count, let day = t[j].number, t[j].digits <= 2, (1...31).contains(day) else { return nil }
        j += 1
        if j < t.count, let word = t[j].word, ["st", "nd", "rd", "th"].contains(word) { j += 1 }
        var year: Int?
        var k = j
        if k < t.count, t[k].symbol == "," { k += 1 }
        if k < t.count, let value = t[k].number, t[k].digits == 4 {
            year = value
            j = k + 1
            var w = j
            if w < t.count, t[w].symbol == "," { w += 1 }
            if w < t.count, let word = t[w].word, weekdays[word] != nil { j = w + 1 }
        }
        return (Match(year: year, month: month, day: day, range: t[i].range), j)
    }

    private static func skipWeekday(_ t: [DateToken], _ i: Int) -> Int {
        guard i < t.count, let word = t[i].word, weekdays[word] != nil else { return i }
        var j = i + 1
        if j < t.count, t[j].symbol == "," || t[j].symbol == "." { j += 1 }
        return j
    }

    // MARK: - Times

    /// An optional time after a date: `09:15`, `// 09:15`, `at 10:23 AM`, `T09:15:00+01:00`, `14:30 GMT`.
    private static func time(_ t: [DateToken], at start: Int, into match: inout Match) -> Int {
        var j = start
        var skipped = 0
        while j < t.count, skipped < 3, t[j].isTimeLeadIn {
            j += 1
            skipped += 1
        }
        guard j + 2 < t.count, var hour = t[j].number, t[j].digits <= 2, t[j + 1].symbol == ":",
              let minute = t[j + 2].number, t[j + 2].digits == 2
        else { return start }
        j += 3
        var second: Int?
        if j + 1 < t.count, t[j].symbol == ":", let value = t[j + 1].number, t[j + 1].digits == 2 {
            second = value
            j += 2
            if j + 1 < t.count, t[j].symbol == ".", t[j + 1].number != nil { j += 2 }
        }
        if j < t.count, let word = t[j].word, let meridiem = meridiem(word, t, j) {
            if meridiem.pm, hour < 12 { hour += 12 }
            if !meridiem.pm, hour == 12 { hour = 0 }
            j = meridiem.next
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return start }
        match.hour = hour
        match.minute = minute
        match.second = second
        j = zone(t, at: j, into: &match)
        return j
    }

    private static func meridiem(_ word: String, _ t: [DateToken], _ j: Int) -> (pm: Bool, next: Int)? {
        switch word {
        case "am": return (false, j + 1)
        case "pm": return (true, j + 1)
        case "a", "p":
            // `a.m.` / `p.m.`
            guard j + 2 < t.count, t[j + 1].symbol == ".", t[j + 2].word == "m" else { return nil }
            var next = j + 3
            if next < t.count, t[next].symbol == "." { next += 1 }
            return (word == "p", next)
        default: return nil
        }
    }

    private static func zone(_ t: [DateToken], at start: Int, into match: inout Match) -> Int {
        var j = start
        guard j < t.count else { return j }
        if let word = t[j].word {
            if word == "z" {
                match.offsetMinutes = 0
                return j + 1
            }
            guard let base = zoneAbbreviations[word] else { return j }
            match.offsetMinutes = base
            j += 1
            if word == "utc" || word == "gmt", let (offset, next) = signedOffset(t, j) {
                match.offsetMinutes = offset
                return next
            }
            return j
        }
        if let (offset, next) = signedOffset(t, j) {
            match.offsetMinutes = offset
            return next
        }
        return j
    }

    /// `+01:00`, `+0100`, `-05`.
    private static func signedOffset(_ t: [DateToken], _ j: Int) -> (Int, Int)? {
        guard j + 1 < t.count, let sign = t[j].symbol, sign == "+" || sign == "-" || sign == "−",
              let value = t[j + 1].number
        else { return nil }
        let factor = sign == "+" ? 1 : -1
        switch t[j + 1].digits {
        case 4: return (factor * ((value / 100) * 60 + value % 100), j + 2)
        case 1, 2:
            if j + 3 < t.count, t[j + 2].symbol == ":", let minutes = t[j + 3].number, t[j + 3].digits == 2 {
                return (factor * (value * 60 + minutes), j + 4)
            }
            return (factor * value * 60, j + 2)
        default: return nil
        }
    }

    // MARK: - Names

    public static func monthNumber(_ folded: String) -> Int? { months[folded] }

    public static func weekdayNumber(_ folded: String) -> Int? { weekdays[folded] }

    /// Every folded name of a weekday or a month this parser knows.
    static var dayAndMonthNames: Set<String> { Set(weekdays.keys).union(months.keys) }

    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "januar", "janner", "enero", "ene", "janeiro", "gennaio", "januari"],
            ["february", "feb", "fevrier", "fevr", "fev", "februar", "febrero", "fevereiro", "febbraio", "februari"],
            ["march", "mar", "mars", "marz", "marzo", "marco", "maart"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maio", "maggio", "mei"],
            ["june", "jun", "juin", "juni", "junio", "junho", "giugno"],
            ["july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio"],
            ["august", "aug", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "ottobre", "ott"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre"],
        ]
        // The forms a day takes them in (genitive), folded: Polish, Czech, Russian, Ukrainian.
        let slavic: [[String]] = [
            ["stycznia", "ledna", "января", "січня"], ["lutego", "unora", "февраля", "лютого"],
            ["marca", "brezna", "марта", "березня"], ["kwietnia", "dubna", "апреля", "квітня"],
            ["maja", "kvetna", "мая", "травня"], ["czerwca", "cervna", "июня", "червня"],
            ["lipca", "cervence", "июля", "липня"], ["sierpnia", "srpna", "августа", "серпня"],
            ["wrzesnia", "zari", "сентября", "вересня"], ["pazdziernika", "rijna", "октября", "жовтня"],
            ["listopada", "listopadu", "ноября", "листопада"], ["grudnia", "prosince", "декабря", "грудня"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in (zip(names, slavic).map { $0 + $1 }).enumerated() {
            for name in list { table[Words.fold(name)] = index + 1 }
        }
        return table
    }()

    private static let weekdays: [String: Int] = {
        let names: [[String]] = [
            ["monday", "mon", "lundi", "montag", "lunes", "segunda", "lunedi", "maandag"],
            ["tuesday", "tue", "tues", "mardi", "dienstag", "martes", "terca", "martedi", "dinsdag"],
            ["wednesday", "wed", "mercredi", "mittwoch", "miercoles", "quarta", "mercoledi", "woensdag"],
            ["thursday", "thu", "thur", "thurs", "jeudi", "donnerstag", "jueves", "quinta", "giovedi", "donderdag"],
            ["friday", "fri", "vendredi", "freitag", "viernes", "sexta", "venerdi", "vrijdag"],
            ["saturday", "sat", "samedi", "samstag", "sabado", "sabato", "zaterdag"],
            ["sunday", "sun", "dimanche", "sonntag", "domingo", "domenica", "zondag"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index } }
        return table
    }()

    /// Only zones whose abbreviation is unambiguous in news copy.
    private static let zoneAbbreviations: [String: Int] = [
        "utc": 0, "gmt": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
        "ist": 330, "jst": 540, "aest": 600, "aedt": 660,
    ]
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }
}
