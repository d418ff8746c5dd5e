/// Days named by the feast that falls on them (`Christmas Day`, `Easter Monday`), as
/// `TemporalTagger` reads them: each feast by its words, and the day it falls on in a year.
enum Feasts {
    struct Feast {
        /// Its words, folded, each capitalized in the text (`of` aside: `the Fourth of July`).
        var words: [String]
        var falls: Falls
        /// A bare name (`Christmas`, `Easter`) names other things too (`a Christmas special`):
        /// it is a day only after a word that makes it a time (see `cues`).
        var bare = false

        func day(in year: Int) -> DateStamp {
            switch falls {
            case let .on(month, day): return DateStamp(year: year, month: month, day: day)
            case let .fromEaster(days): return DateStamp(dayNumber: Feasts.easter(year).dayNumber + days)
            case .thanksgiving: return Feasts.thanksgiving(year)
            }
        }
    }

    enum Falls {
        /// The same month and day every year.
        case on(Int, Int)
        /// Days from Easter Sunday (Good Friday is -2).
        case fromEaster(Int)
        /// The fourth Thursday of November: the United States' Thanksgiving, the one news in
        /// English most often means.
        case thanksgiving
    }

    /// Longer names first: `Christmas Day` before `Christmas`.
    static let table: [Feast] = [
        Feast(words: ["christmas", "day"], falls: .on(12, 25)),
        Feast(words: ["christmas", "eve"], falls: .on(12, 24)),
        Feast(words: ["christmas"], falls: .on(12, 25), bare: true),
        Feast(words: ["new", "year's", "day"], falls: .on(1, 1)),
        Feast(words: ["new", "year's", "eve"], falls: .on(12, 31)),
        Feast(words: ["boxing", "day"], falls: .on(12, 26)),
        Feast(words: ["valentine's", "day"], falls: .on(2, 14)),
        Feast(words: ["halloween"], falls: .on(10, 31), bare: true),
        Feast(words: ["fourth", "of", "july"], falls: .on(7, 4)),
        Feast(words: ["easter", "sunday"], falls: .fromEaster(0)),
        Feast(words: ["easter", "day"], falls: .fromEaster(0)),
        Feast(words: ["easter", "monday"], falls: .fromEaster(1)),
        Feast(words: ["easter"], falls: .fromEaster(0), bare: true),
        Feast(words: ["good", "friday"], falls: .fromEaster(-2)),
        Feast(words: ["thanksgiving", "day"], falls: .thanksgiving),
        Feast(words: ["thanksgiving"], falls: .thanksgiving, bare: true),
    ]

    /// The first words of the feasts: a word that is none of these starts no feast.
    static let openers = WordSet(table.map { $0.words[0] })

    /// Words that make a feast's bare name a time: `on Christmas`, `before Easter`, `this Halloween`.
    static let cues: WordSet = [
        "on", "at", "over", "by", "before", "after", "until", "till", "since", "this", "last", "next", "of", "around", "during", "for", "from",
    ]

    /// The feast whose words start at `i`, every one capitalized but `of`.
    static func named(at i: Int, in tokens: [WordToken]) -> Feast? {
        table.first { feast in
            i + feast.words.count <= tokens.count && zip(feast.words, tokens[i...]).allSatisfy { word, token in
                token.folded == word && (token.isCapitalized || word == "of")
            }
        }
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> DateStamp {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return DateStamp(year: year, month: month, day: day)
    }

    static func thanksgiving(_ year: Int) -> DateStamp {
        let first = DateStamp(year: year, month: 11, day: 1)
        let thursday = 3
        return DateStamp(year: year, month: 11, day: 1 + (thursday - first.weekday + 7) % 7 + 21)
    }
}
