/// A date expression found in a sentence, resolved against the article's day.
public struct TemporalMention: Sendable, Equatable {
    /// Character offsets in the sentence.
    public var range: Range<Int>
    public var expression: String
    public var date: StoryDate
}

/// Finds and resolves date expressions in a sentence: absolute dates (`December 11, 2024`,
/// `11/12/2024`, `March 2023`, `in 2014`, `the 1970s`, `mid-2023`), dates relative to the
/// article's day (`on Tuesday`, `yesterday`, `last month`, `over the weekend`, `two years ago`,
/// `by June`, `next year`) and durations that end now (`five decades of rule`, `a 13-year war`).
/// Tense decides direction: `said on Monday` is the Monday before, `will meet on Saturday` the next.
public struct TemporalTagger: Sendable {
    /// The day the article speaks from: its publication day, else the story's reference date.
    public var anchor: DateStamp?
    /// For numeric dates whose order is ambiguous: whether this outlet writes the day first.
    public var dayFirst: Bool?

    /// Whether the article was written in the small hours (its stamp before five in the
    /// morning): its `tonight` is the night in progress, which began the day before.
    public var smallHours: Bool

    /// The hour the small hours end.
    public static let smallHoursEnd = 5

    public init(anchor: DateStamp?, dayFirst: Bool? = nil, smallHours: Bool = false) {
        self.anchor = anchor
        self.dayFirst = dayFirst
        self.smallHours = smallHours
    }

    public func mentions(in sentence: String) -> [TemporalMention] {
        let text = ParagraphText(sentence)
        return mentions(in: sentence, of: text, from: 0, tokens: WordToken.tokenize(text))
    }

    /// Whether `text` may hold an expression `mentions` finds: every one has a digit, or a word
    /// naming a day or a month, or one of the few words of relative time and spans. Checked on
    /// the bytes, it spares the paragraphs that have none the tokenizing and tagging (the dear
    /// part of the timeline); a word it cannot judge on its bytes is cut and folded as the
    /// tokenizer would.
    public static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // An ASCII word is looked up by its `LetterKey`, made as its bytes go by: a `String` of
            // each word, hashed, would make this check cost as much as tokenizing what it spares.
            var key: UInt64 = 0
            var length = 0
            var start = 0
            var wide = false
            func namesTime(_ end: Int) -> Bool {
                guard wide else { return length <= 12 && timeWordKeys.contains(key) }
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                return Words.tokens(in: piece).contains { LetterKey.of(Words.fold($0).utf8).map(timeWordKeys.contains) ?? false }
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x30, byte <= 0x39 { return true }
                let letter = byte | 0x20
                if (letter >= 0x61 && letter <= 0x7A) || byte >= 0x80 {
                    if length == 0 {
                        start = index
                        key = 0
                        wide = false
                    }
                    length += 1
                    if byte >= 0x80 { wide = true } else { key = key << 5 | UInt64(letter - 0x60) }
                } else {
                    if length > 0, namesTime(index) { return true }
                    length = 0
                }
            }
            return length > 0 && namesTime(bytes.count)
        }
    }

    private static let relativeWords: Set<String> = [
        "yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "weekend", "ago", "decade", "decades", "years",
        "night", "morning", "afternoon", "evening", "christmas", "eve", "boxing", "valentine", "halloween", "easter", "thanksgiving",
    ]

    /// Names of days and months, and the words of relative time and spans.
    private static let timeWords = relativeWords.union(DateParser.dayAndMonthNames)

    // Names beyond ASCII (`августа`) come with a day's number, which lets a sentence through on its own.
    private static let timeWordKeys = LetterKeySet(timeWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { word in
        guard let key = LetterKey.of(word.utf8) else { preconditionFailure("time words are short words of ASCII letters") }
        return key
    })

    /// The same, for a caller that already has the sentence's tokens: `sentence` is the
    /// characters of `paragraph` from `origin` on, and tokens and mentions are numbered from there.
    func mentions(in sentence: String, of paragraph: ParagraphText, from origin: Int, tokens: [WordToken]) -> [TemporalMention] {
        // The sentence's tense, read only when a date needs it: most sentences have none.
        var tense: Bool?
        func wholeFuture() -> Bool {
            if let tense { return tense }
            let future = Self.isFuture(tokens)
            tense = future
            return future
        }
        var found: [TemporalMention] = []
        var covered: [Range<Int>] = []
        func add(_ range: Range<Int>, _ date: StoryDate) {
            guard !covered.contains(where: { $0.overlaps(range) }) else { return }
            covered.append(range)
            found.append(TemporalMention(range: range, expression: paragraph.text((origin + range.lowerBound)..<(origin + range.upperBound)), date: date))
        }

        // Whole and partial calendar dates the date parser knows.
        let offsets = Self.offsets(sentence)
        for match in DateParser.mayHoldDay(sentence) ? DateParser.matches(in: sentence) : [] where match.day != nil {
            let range = offsets(match.range)
            if let stamp = match.stamp {
                add(range, .day(stamp.dayOnly))
            } else if match.year == nil, let anchor, let day = match.day {
                // `December 10`: the year of the article, or the one before for a date that would lie ahead in past-tense copy.
                let told = tokens.firstIndex { $0.range.lowerBound >= range.lowerBound } ?? 0
                let resolved = Self.nearest(anchor, tokens, at: told, sentenceFuture: wholeFuture()) { DateStamp(year: $0, month: match.month, day: day) }
                if resolved.isValid { add(range, .day(resolved)) }
            }
        }
        numericAmbiguous(tokens, add)
        for index in tokens.indices {
            if let anchor, tokens[index].isCapitalized { feast(tokens, index, anchor: anchor, future: wholeFuture(), add) }
            monthAndYear(tokens, index, add)
            // Tense is read near the expression: `upcoming` elsewhere in the sentence says nothing of `in August`.
            relative(tokens, index, future: Self.pointsAhead(tokens, at: index, sentenceFuture: wholeFuture()), add)
            year(tokens, index, add)
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The day a date without its year falls on (`December 10`, `on Christmas Day`): in the
    /// article's year, or the one before for a day that would lie ahead in past-tense copy, or
    /// the one after for a day long past in future copy. The nearest verb first, as for `on
    /// Tuesday`: `trial is set for June 17`.
    private static func nearest(
        _ anchor: DateStamp, _ tokens: [WordToken], at told: Int, sentenceFuture: @autoclosure () -> Bool, in dayOf: (Int) -> DateStamp
    ) -> DateStamp {
        // `O'Brien, fired on June 8, …` in a May article: a day ahead told in the past tense
        // is last year's; so is `was at large until Dec. 7` in a January one.
        let pastHere = pointsBack(tokens, at: told)
        let until = told > 0 && ["until", "till", "by"].contains(tokens[told - 1].folded)
        let future = !(until && pastHere) && pointsAhead(tokens, at: told, sentenceFuture: sentenceFuture())
        let candidate = dayOf(anchor.year)
        guard candidate.isValid else { return candidate }
        // With no past verb anywhere in the sentence, the nearer of the two: `returns to screens
        // on November 23` in an August article is this year's, `the crash on November 23 killed
        // two` last year's.
        if !future, candidate.dayNumber > anchor.dayNumber + (pastHere ? 1 : hasPast(tokens) ? 45 : 182) { return dayOf(anchor.year - 1) }
        if future, candidate.dayNumber < anchor.dayNumber - 45 { return dayOf(anchor.year + 1) }
        return candidate
    }

    // MARK: Feasts

    /// `on Christmas Day`, `New Year's Eve`, `at Easter`, `Thanksgiving 2012`: the days `Feasts`
    /// names. A feast's bare name needs a word before it that makes it a time (`before
    /// Christmas`, not `a Christmas special`); a named day stands alone only where a clause
    /// starts (`Christmas Day passed quietly`, not `the Boxing Day tsunami`, the name of what
    /// happened then).
    private func feast(_ t: [WordToken], _ i: Int, anchor: DateStamp, future: @autoclosure () -> Bool, _ add: (Range<Int>, StoryDate) -> Void) {
        guard Feasts.openers.contains(t[i].folded), let feast = Feasts.named(at: i, in: t) else { return }
        let end = i + feast.words.count - 1
        // A bare name followed by another (`Christmas Island`, `a Christmas Special`) is part of that name.
        if feast.bare, end + 1 < t.count, t[end + 1].isCapitalized, Self.yearValue(t[end + 1]) == nil { return }
        // `on the Fourth of July`: the cue before the article.
        let cue = i > 0 && t[i - 1].folded == "the" ? i - 2 : i - 1
        let previous = cue >= 0 ? t[cue].folded : ""
        guard Feasts.cues.contains(previous) || (!feast.bare && (i == 0 || Self.clauseOpeners.contains(t[i - 1].text))) else { return }
        let start = Self.leadIns.contains(previous) ? t[cue].range.lowerBound : t[i].range.lowerBound
        // `Christmas 2012`, `Christmas Day, 2012`, `on Valentine's Day in 2012`
        var yearAt = end + 1
        if yearAt < t.count, [",", "in", "of"].contains(t[yearAt].folded) { yearAt += 1 }
        if yearAt < t.count, let year = Self.yearValue(t[yearAt]) {
            add(start..<t[yearAt].range.upperBound, .day(feast.day(in: year)))
            return
        }
        let resolved = Self.nearest(anchor, t, at: i, sentenceFuture: future(), in: feast.day(in:))
        if resolved.isValid { add(start..<t[end].range.upperBound, .day(resolved)) }
    }

    /// Marks after which a clause, and so a feast's name standing alone, may begin.
    private static let clauseOpeners: Set<String> = [",", ";", ":", "—", "–", "("]

    // MARK: Absolute

    /// `11/12/2024` when the outlet's other dates say which comes first.
    private func numericAmbiguous(_ t: [WordToken], _ add: (Range<Int>, StoryDate) -> Void) {
        guard let dayFirst else { return }
        for i in t.indices where i + 4 < t.count {
            guard let first = Int(t[i].text), let second = Int(t[i + 2].text), let year = Int(t[i + 4].text),
                  t[i + 1].text == "/" || t[i + 1].text == "-", t[i + 3].text == t[i + 1].text, t[i + 4].text.count == 4,
                  first <= 12, second <= 12
            else { continue }
            let stamp = dayFirst ? DateStamp(year: year, month: second, day: first) : DateStamp(year: year, month: first, day: second)
            if stamp.isValid { add(t[i].range.lowerBound..<t[i + 4].range.upperBound, .day(stamp)) }
        }
    }

    /// `March 2023`, `in December 2024`.
    private func monthAndYear(_ t: [WordToken], _ i: Int, _ add: (Range<Int>, StoryDate) -> Void) {
        guard i + 1 < t.count, t[i].isWord, t[i].isCapitalized, let month = DateParser.monthNumber(t[i].folded) else { return }
        var j = i + 1
        if t[j].text == "," || t[j].text == "." { j += 1 }
        guard j < t.count, let year = Self.yearValue(t[j]) else { return }
        add(t[i].range.lowerBound..<t[j].range.upperBound, .month(year, month))
    }

    /// `in 2014`, `since 2011`, `the 1970s`, `mid-2023`, `a 2014 effort` — not `500,000` or `Berth 2009`.
    private func year(_ t: [WordToken], _ i: Int, _ add: (Range<Int>, StoryDate) -> Void) {
        let token = t[i]
        let text = token.folded
        // Only a word starting with a digit, `m`, `e`, `l` or `f` can be one of these.
        guard let lead = text.utf8.first, (0x30...0x39).contains(lead) || [0x6D, 0x65, 0x6C, 0x66].contains(lead) else { return }
        // FY2026: a fiscal year, named by the calendar year it ends in; where it starts varies.
        if text.hasPrefix("fy"), let year = Int(text.dropFirst(2)), (1800...2100).contains(year) {
            add(token.range, .year(year, approximate: true))
            return
        }
        // mid-2023, early-2024
        for part in Self.yearPrefixes where text.hasPrefix(part) {
            if let year = Int(text.dropFirst(part.count)), (1800...2100).contains(year) { add(token.range, .year(year)) }
            return
        }
        // the 1970s, 1990s
        if text.utf8.count == 5, text.hasSuffix("s"), let decade = Int(text.dropLast()), decade % 10 == 0, (1800...2090).contains(decade) {
            add(token.range, .decade(decade))
            return
        }
        // the 2009-2010 season, in 1957-58: the range's first year.
        if let range = Self.yearRange(token), i > 0, Self.yearCues.contains(t[i - 1].folded) {
            add(token.range, .year(range))
            return
        }
        guard let year = Self.yearValue(token) else { return }
        if i + 2 < t.count, t[i + 1].text == ",", t[i + 2].text.count == 3, Int(t[i + 2].text) != nil { return }
        guard i > 0 else { return }
        let before = t[i - 1]
        // Berth 2009, Route 2024; but `In 2004, a quake …` opens a sentence with its cue.
        if before.isCapitalized, DateParser.monthNumber(before.folded) == nil, !Self.yearCues.contains(before.folded) { return }
        if ["$", "€", "£", "#", "No"].contains(before.text) { return }
        guard Self.yearCues.contains(before.folded) || (before.text == "," && i >= 2 && DateParser.monthNumber(t[i - 2].folded) != nil) else { return }
        var start = token.range.lowerBound
        if ["in", "since", "by", "from", "until", "during", "before", "after", "early", "late", "mid"].contains(before.folded) { start = before.range.lowerBound }
        // `fiscal 2026`, `fiscal year 2025`: named by the year it ends in, its months the outlet's own.
        let fiscal = Self.fiscalWords.contains(before.folded) || (i >= 2 && before.folded == "year" && Self.fiscalWords.contains(t[i - 2].folded))
        if fiscal { start = (before.folded == "year" ? t[i - 2] : before).range.lowerBound }
        add(start..<token.range.upperBound, .year(year, approximate: fiscal))
    }

    private static let yearPrefixes = ["mid-", "early-", "late-"]

    /// Words that make a year a fiscal one: `fiscal 2026`, `financial year 2025`.
    private static let fiscalWords: Set<String> = ["fiscal", "financial"]

    private static let yearCues: WordSet = [
        "in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during", "early", "late", "mid",
        "around", "circa", "the", "a", "an", "its", "his", "her", "their", "this", "that", "year", "summer", "winter",
        "spring", "autumn", "fall", "end", "start", "beginning", "between", "and", "or", "fiscal", "financial",
    ]

    /// `2009-2010`, `1957-58`: the first year, when the second follows it.
    static func yearRange(_ token: WordToken) -> Int? {
        let parts = token.text.split(separator: "-")
        guard parts.count == 2, parts[0].utf8.count == 4, let first = Int(parts[0]), (1800...2100).contains(first),
              parts[1].utf8.count == 2 || parts[1].utf8.count == 4, let second = Int(parts[1])
        else { return nil }
        let end = parts[1].utf8.count == 2 ? first / 100 * 100 + second : second
        return end > first && end - first <= 10 ? first : nil
    }

    static func yearValue(_ token: WordToken) -> Int? {
        guard token.text.utf8.count == 4, token.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(token.text),
              (1800...2100).contains(value)
        else { return nil }
        return value
    }

    // MARK: Relative

    /// `future` is asked only when an expression is found, not around every word of every
    /// sentence.
    private func relative(_ t: [WordToken], _ i: Int, future: @autoclosure () -> Bool, _ add: (Range<Int>, StoryDate) -> Void) {
        guard let anchor, t[i].isWord else { return }
        // `yesterday's vote`, `last year's election`: the day of what follows. Not a weekday's
        // (`Saturday's semifinal`): it names one of that day's happenings, in previews and
        // fixture lists most often another than the story's, and joins the story's by its words.
        let folded = t[i].folded
        let owner = folded.hasSuffix("'s") && folded.utf8.count > 4 ? String(folded.dropLast(2)) : nil
        let word = owner.map { DateParser.weekdayNumber($0) == nil ? $0 : folded } ?? folded
        // Every rule below starts from a name of a day or month, a word of relative time or span,
        // or a `13-year`: one lookup turns the other words away, as every word of a dated sentence
        // comes here. By letter key and `memchr`: hashing the word as a `String` here would cost as
        // much as the rules.
        guard LetterKey.of(word).map(Self.timeWordKeys.contains) == true || word.firstUTF8Index(of: 0x2D) != nil else { return }
        let previous = i > 0 ? t[i - 1].folded : ""
        let start = i > 0 && Self.leadIns.contains(previous) ? t[i - 1].range.lowerBound : t[i].range.lowerBound

        // on Tuesday, last Monday, next Saturday
        if let weekday = DateParser.weekdayNumber(word), t[i].isCapitalized, word.count > 3 {
            // `every Tuesday`, `the second Tuesday of each month`: a rule, not a day; `Patch
            // Tuesday`, `Black Friday`: names of days no weekday count finds.
            let next = t[(i + 1)...].first(where: \.isWord)?.folded
            let ordinal = Self.ordinals.contains(previous) || (previous == "last" && i >= 2 && t[i - 2].folded == "the")
            if ["every", "each"].contains(previous) || (ordinal && next == "of") { return }
            if i > 0, t[i - 1].isCapitalized, Self.dayNameWords.contains(previous) { return }
            let forward = previous == "next" || (previous != "last" && future())
            var delta = weekday - anchor.weekday
            if forward {
                // `will decide on Friday` in a Friday's article is that day; `next Friday` is not.
                if delta < 0 || (delta == 0 && previous == "next") { delta += 7 }
            } else {
                if delta > 0 { delta -= 7 }
                if previous == "last", delta == 0 { delta = -7 }
            }
            add(start..<t[i].range.upperBound, .day(DateStamp(dayNumber: anchor.dayNumber + delta)))
            return
        }
        // April last year, March of next year: the month of the year named after it.
        if let month = DateParser.monthNumber(word), t[i].isCapitalized, word.count >= 3, let (step, end) = Self.namedYear(t, after: i) {
            add(start..<t[end].range.upperBound, .month(anchor.year + step, month))
            return
        }
        // in August, by June, early December, last March
        if let month = DateParser.monthNumber(word), t[i].isCapitalized, word.count >= 3,
           ["in", "by", "since", "until", "early", "late", "mid", "last", "next", "this", "from", "during", "of", "before", "after", "the",
            "through", "throughout", "till"].contains(previous)
        {
            // `by the end of May`, `until the start of June`: a deadline, as `by May` is.
            let deadline = previous == "of" && i >= 4 && Self.monthParts.contains(t[i - 2].folded) && t[i - 3].folded == "the"
                && ["by", "until", "through", "till"].contains(t[i - 4].folded)
            let ahead = ["next", "by", "until", "through", "till"].contains(previous) || deadline || (previous != "last" && previous != "since" && future())
            var year = anchor.year
            if ahead, month < anchor.month { year += 1 }
            if !ahead, month > anchor.month { year -= 1 }
            add(start..<t[i].range.upperBound, .month(year, month))
            return
        }
        switch word {
        case "yesterday", "tomorrow":
            let step = word == "yesterday" ? -1 : 1
            // `the day before yesterday`, `the day after tomorrow`
            if i >= 3, t[i - 3].folded == "the", t[i - 2].folded == "day", ["before", "after"].contains(previous) {
                let further = previous == "before" ? -1 : 1
                add(t[i - 3].range.lowerBound..<t[i].range.upperBound, .day(DateStamp(dayNumber: anchor.dayNumber + step + further)))
            } else {
                add(t[i].range, .day(DateStamp(dayNumber: anchor.dayNumber + step)))
            }
        case "today":
            add(t[i].range, .day(anchor.dayOnly))
        case "tonight":
            add(t[i].range, .day(DateStamp(dayNumber: anchor.dayNumber - (smallHours ? 1 : 0))))
        case "night" where previous == "last":
            // The night before the article's day.
            add(t[i - 1].range.lowerBound..<t[i].range.upperBound, .day(DateStamp(dayNumber: anchor.dayNumber - 1)))
        case "night", "morning", "afternoon", "evening":
            guard previous == "this" else { return }
            let before = smallHours && (word == "night" || word == "evening") ? 1 : 0
            add(t[i - 1].range.lowerBound..<t[i].range.upperBound, .day(DateStamp(dayNumber: anchor.dayNumber - before)))
        case "year" where ["fiscal", "financial", "academic", "school", "budget", "tax"].contains(previous) && i >= 2
            && ["this", "last", "next", "past", "coming", "current", "the"].contains(t[i - 2].folded):
            // `this fiscal year`: the year it mostly falls in, as the calendar's.
            let determiner = t[i - 2].folded
            let step = determiner == "last" || determiner == "past" ? -1 : determiner == "next" || determiner == "coming" ? 1 : 0
            add(t[i - 2].range.lowerBound..<t[i].range.upperBound, Self.shift(anchor, unit: "year", by: step, future: future()))
        case "week", "month", "year", "weekend":
            guard ["this", "last", "next", "past", "coming", "the"].contains(previous) else { return }
            // `within the last month`, `in the past year`: the span up to the article's day, no one date.
            if previous == "last" || previous == "past", i >= 2, t[i - 2].folded == "the" { return }
            if previous == "the", !(i >= 2 && ["over", "at", "during"].contains(t[i - 2].folded) && word == "weekend") { return }
            let step = previous == "last" || previous == "past" ? -1 : previous == "next" || previous == "coming" ? 1 : 0
            let from = i >= 2 && ["over", "at", "during", "earlier", "later"].contains(t[i - 2].folded) ? t[i - 2].range.lowerBound : t[i - 1].range.lowerBound
            add(from..<t[i].range.upperBound, Self.shift(anchor, unit: word, by: step, future: future()))
        case "ago":
            guard i >= 2, let count = Self.number(t[i - 2]) ?? (t[i - 2].folded == "a" || t[i - 2].folded == "an" ? 1 : nil),
                  let date = Self.back(anchor, count: count, unit: t[i - 1].folded)
            else { return }
            add(t[i - 2].range.lowerBound..<t[i].range.upperBound, date)
        default:
            duration(t, i, anchor: anchor, add)
        }
    }

    /// `last year`, `of next year`, `this year` right after a month's name: the step from the
    /// article's year, and the index of `year`.
    private static func namedYear(_ t: [WordToken], after i: Int) -> (Int, Int)? {
        var j = i + 1
        if j < t.count, t[j].folded == "of" { j += 1 }
        guard j + 1 < t.count, t[j + 1].folded == "year" else { return nil }
        switch t[j].folded {
        case "last", "past": return (-1, j + 1)
        case "this": return (0, j + 1)
        case "next", "coming": return (1, j + 1)
        default: return nil
        }
    }

    /// Ordinals of a weekday in a month: `the second Tuesday of each month`.
    private static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth"]

    /// Words that make a weekday the name of a day: `Patch Tuesday`, `Black Friday`, `Good Friday`.
    private static let dayNameWords: Set<String> = [
        "patch", "black", "cyber", "super", "good", "ash", "holy", "maundy", "easter", "palm", "bloody", "giving", "blue", "shrove",
    ]

    private static let leadIns: WordSet = [
        "on", "last", "next", "this", "since", "until", "by", "from", "over", "at", "earlier", "later", "in", "early", "late", "mid", "during",
        "through", "throughout", "till",
    ]

    /// `five decades of rule`, `a 13-year civil war`: a span that ends now began this long ago.
    private func duration(_ t: [WordToken], _ i: Int, anchor: DateStamp, _ add: (Range<Int>, StoryDate) -> Void) {
        let word = t[i].folded
        // 13-year civil war (not a 17-year-old, a 10-year plan or a 30-year career)
        if let dash = word.utf8.firstIndex(of: 0x2D), let count = Int(word[..<dash]), word[word.index(after: dash)...] == "year",
           i + 1 < t.count, t[i + 1].isWord, Self.spansHappening(t, from: i + 1)
        {
            add(t[i].range, .year(anchor.year - count, approximate: true))
            return
        }
        // five decades of rule, twenty years of war (not five decades of experience)
        guard i >= 1, i + 2 < t.count, t[i + 1].folded == "of", let count = Self.number(t[i - 1]), Self.spansHappening(t, from: i + 2) else { return }
        switch word {
        case "decades", "decade": add(t[i - 1].range.lowerBound..<t[i].range.upperBound, .decade(anchor.year - 10 * count))
        case "years": add(t[i - 1].range.lowerBound..<t[i].range.upperBound, .year(anchor.year - count, approximate: true))
        default: break
        }
    }

    /// Whether the noun a span measures is a happening that has run until now (`war`, `rule`,
    /// `drought`), within the two words after the span (`civil war`, `Assad family rule`), rather
    /// than a plan, a career, an age or a skill.
    static func spansHappening(_ t: [WordToken], from start: Int) -> Bool {
        t[start..<min(t.count, start + 3)].contains { $0.isWord && happeningSpans.contains($0.folded) }
    }

    static let happeningSpans: WordSet = [
        "war", "wars", "conflict", "rule", "reign", "siege", "occupation", "drought", "insurgency", "crisis", "dictatorship",
        "regime", "presidency", "blockade", "standoff", "dispute", "feud", "battle", "fight", "struggle", "campaign",
        "absence", "exile", "hiatus", "search", "investigation", "manhunt", "strike", "shutdown", "lockdown", "embargo",
        "sanctions", "fighting", "violence", "unrest", "rivalry", "decline", "boom", "slump", "recession",
        "stalemate", "ban", "moratorium", "closure", "rebellion", "uprising", "revolution", "chaos",
    ]

    private static func shift(_ anchor: DateStamp, unit: String, by step: Int, future: Bool) -> StoryDate {
        switch unit {
        case "week": return .week(of: DateStamp(dayNumber: anchor.dayNumber + 7 * step))
        case "weekend":
            // The weekend before (or, in future copy, after) the anchor day, dated by its week.
            let saturday = 5
            var delta = saturday - anchor.weekday
            if !future || step < 0 { if delta >= 0 { delta -= 7 } } else if delta < 0 { delta += 7 }
            if step > 0, delta < 0 { delta += 7 }
            return .week(of: DateStamp(dayNumber: anchor.dayNumber + delta))
        case "month":
            var month = anchor.month + step
            var year = anchor.year
            if month < 1 { month += 12; year -= 1 }
            if month > 12 { month -= 12; year += 1 }
            return .month(year, month)
        default:
            return .year(anchor.year + step)
        }
    }

    private static func back(_ anchor: DateStamp, count: Int, unit: String) -> StoryDate? {
        switch unit {
        case "day", "days": return .day(DateStamp(dayNumber: anchor.dayNumber - count))
        case "week", "weeks": return .week(of: DateStamp(dayNumber: anchor.dayNumber - 7 * count))
        case "month", "months": return shift(anchor, unit: "month", by: -count, future: false)
        case "year", "years": return .year(anchor.year - count)
        case "decade", "decades": return .decade(anchor.year - 10 * count)
        default: return nil
        }
    }

    static func number(_ token: WordToken) -> Int? {
        if let value = Int(token.text), value < 1000 { return value }
        return numberWords[token.folded]
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "a": 1, "an": 1, "several": 3, "few": 3,
    ]

    /// Parts of a month a deadline names (`by the end of May`).
    static let monthParts: Set<String> = ["end", "start", "beginning", "middle"]

    // MARK: Tense

    /// Whether the expression at `index` looks ahead. `until`, `till` and `by` do, unless the clause is
    /// past perfect; otherwise the nearest verb before it decides (`could return home from Tuesday`,
    /// `is planned for Thursday`, `said on Monday`), and failing one, the sentence.
    static func pointsAhead(_ tokens: [WordToken], at index: Int, sentenceFuture: Bool) -> Bool {
        let previous = index > 0 ? tokens[index - 1].folded : ""
        // The window's words only after `until`, `till` or `by`: most expressions need none.
        if ["until", "till", "by"].contains(previous) { return !tokens[max(0, index - 8)..<min(tokens.count, index + 5)].contains { $0.folded == "had" } }
        for place in stride(from: index - 1, through: max(0, index - 6), by: -1) where tokens[place].isWord {
            let word = tokens[place].folded
            // `due to the weather on Saturday` gives a cause; `due to arrive on Saturday`, a plan.
            if word == "due" {
                let after = Array(tokens[(place + 1)...].lazy.filter(\.isWord).prefix(2).map(\.folded))
                if after.count == 2, after[0] == "to", causeFollowers.contains(after[1]) { continue }
            }
            if aheadWords.contains(word), !isNoun(tokens, at: place) { return true }
            if pastWords.contains(word) || (word.hasSuffix("ed") && word.count > 4) { return false }
        }
        return sentenceFuture && isFuture(Array(tokens[max(0, index - 8)..<min(tokens.count, index + 5)]))
    }

    /// Whether the clause of an expression tells of the past (`fired on June 8`, `rear-ended a
    /// truck on the coast road on June 8`): its nearest telling word before it, within the clause
    /// and a dozen words, is a past form, not a future one. `announced that the port reopens on
    /// June 8` stops at `that`; `the long-awaited bridge` is no verb.
    static func pointsBack(_ tokens: [WordToken], at index: Int) -> Bool {
        var words = 0
        for place in stride(from: index - 1, through: 0, by: -1) {
            guard tokens[place].isWord else {
                if clauseMarks.contains(tokens[place].text) { return false }
                continue
            }
            words += 1
            guard words <= 12 else { return false }
            let word = tokens[place].folded
            if (aheadWords.contains(word) && !isNoun(tokens, at: place)) || clauseWords.contains(word) { return false }
            if pastWords.contains(word) { return true }
            switch edForm(word, after: tokens[..<place].last(where: \.isWord)?.folded ?? "") {
            case .adjective: continue
            case .past: return true
            case .notPast: return false
            case nil: break
            }
        }
        return false
    }

    /// Whether a word that may look ahead is a noun here: `announced plans Tuesday to resume`,
    /// `its plans`, against `she plans to`.
    private static func isNoun(_ tokens: [WordToken], at place: Int) -> Bool {
        guard nounReadings.contains(tokens[place].folded), let before = tokens[..<place].last(where: \.isWord)?.folded else { return false }
        return determiners.contains(before) || pastWords.contains(before) || edForm(before, after: "") == .past
    }

    /// Words of `aheadWords` that are also nouns.
    private static let nounReadings: WordSet = ["plans"]

    enum EdForm { case past, notPast, adjective }

    /// What an `-ed` word is, by the word before it: `fired on June 8` past; `when he's sentenced
    /// May 7`, `is to be sentenced` not; `the long-awaited bridge` an adjective. Nil for a word
    /// of no `-ed` form.
    static func edForm(_ word: String, after before: String) -> EdForm? {
        guard word.hasSuffix("ed"), word.count > 4 else { return nil }
        if determiners.contains(before) { return .adjective }
        return presentOrComing.contains(before) || before.hasSuffix("'s") ? .notPast : .past
    }

    /// Whether any verb of the sentence is a past form (`killed`, `was`), not a participle of
    /// the present or to come (`will be introduced`) or an adjective (`the long-awaited`).
    static func hasPast(_ tokens: [WordToken]) -> Bool {
        var before = ""
        for token in tokens where token.isWord {
            let word = token.folded
            defer { before = word }
            if pastWords.contains(word) || edForm(word, after: before) == .past { return true }
        }
        return false
    }

    /// Marks and words that open another clause, whose verb says nothing of this date's.
    private static let clauseMarks: Set<String> = [",", ";", ":", "—", "–", "(", "\"", "“", "”"]
    private static let clauseWords: WordSet = ["that", "which", "who", "and", "but", "when", "where", "while", "because", "if", "as", "whether"]
    private static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "my", "your"]

    /// Words before a participle that make it present or to come: `is sentenced`, `to be sentenced`,
    /// `stays closed`, `has postponed`.
    private static let presentOrComing: WordSet = [
        "be", "been", "being", "is", "are", "am", "to", "get", "gets", "getting", "stays", "stay", "remains", "remain", "has", "have",
    ]

    private static let aheadWords: WordSet = [
        "will", "would", "could", "can", "shall", "may", "might", "'ll", "planned", "scheduled", "due", "expected", "set",
        "plans", "planning", "upcoming", "next", "coming", "going",
    ]

    /// Words after `due to` that make it a cause: `due to the weather`, `due to bad light`.
    private static let causeFollowers: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "bad", "poor", "heavy", "high", "low",
    ]

    private static let pastWords: WordSet = [
        "said", "told", "was", "were", "had", "did", "came", "went", "met", "made", "took", "gave", "began", "fell", "rose",
        "left", "found", "saw", "held", "spoke", "wrote", "sent", "got", "struck", "broke", "ran", "won", "lost", "hit",
        "fled", "led", "paid", "sold", "built", "felt", "kept", "says", "sank", "shot", "stole", "drove", "flew", "threw",
        "bought", "brought", "caught", "fought", "became", "knew", "grew", "drew", "blew", "swore", "tore", "hid", "stuck",
        "hung", "rang", "sang", "froze", "woke", "arose", "spent", "stood", "sat", "lay", "slept", "ate", "wore", "forgot",
    ]

    /// Future copy: `will meet`, `is scheduled to`, `plans to`, `by June`.
    static func isFuture(_ tokens: [WordToken]) -> Bool {
        let words = tokens.filter(\.isWord).map(\.folded)
        // By `WordSet`s, not by comparing every word with each of these lists in turn: every
        // sentence that holds a date is read.
        for (index, word) in words.enumerated() {
            if futureWords.contains(word) { return true }
            if intentWords.contains(word), index + 1 < words.count, words[index + 1] == "to", index > 0,
               intentSubjects.contains(words[index - 1]) || word == "plans" || word == "planning"
            {
                return true
            }
        }
        return false
    }

    private static let futureWords: WordSet = ["will", "shall", "upcoming", "'ll"]
    private static let intentWords: WordSet = ["scheduled", "due", "expected", "set", "planning", "plans", "going", "poised"]
    private static let intentSubjects: WordSet = ["is", "are", "was", "were", "be", "been", "'s", "it", "he", "she", "they"]

    /// Maps the string indices of a parser match to character offsets.
    private static func offsets(_ sentence: String) -> (Range<String.Index>) -> Range<Int> {
        { range in
            let start = sentence.distance(from: sentence.startIndex, to: range.lowerBound)
            return start..<(start + sentence.distance(from: range.lowerBound, to: range.upperBound))
        }
    }
}
