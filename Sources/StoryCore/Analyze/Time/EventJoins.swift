/// Events founded apart for one happening meet here: by their day, by their night, and across
/// a day when an outlet counts it from its own publication day.
extension EventMerger {
    /// Groups founded apart for one happening (`on Tuesday` in one outlet, `yesterday` in another,
    /// each drawing its own rewordings) meet here: two events on the same day whose tellings,
    /// taken together, share the story's telling words are one. An item joins one group at a
    /// time and never sees the group that formed beside it; events do.
    static func joinSameDay(_ groups: [[Int]], drafts: [TimelineAnalyzer.Draft], terms: StoryTerms) -> [[Int]] {
        // Each event's date (see `date(of:)`), and all its sentences' words.
        let days = groups.map { group -> String? in
            let date = date(of: group.map { drafts[$0] }).date
            return date.precision >= Self.joinedPrecision ? date.iso : nil
        }
        let sentences = Parallel.map(groups) { group in group.reduce(into: Set<String>()) { $0.formUnion(drafts[$1].sentenceTerms) } }
        let words = Parallel.map(sentences) { terms.weighed($0) }
        // Names the story rarely uses (`Gershkovich` in three paragraphs of fifty): two events of
        // one day or month that share one are the same happening told from two sides.
        let rareNames = sentences.map { $0.filter { terms.isName($0) && terms.paragraphsHolding($0) <= Self.rareName } }
        // Each joined event's outlets: two events one outlet tells apart (the water receding, the
        // shops clearing mud, both on Monday) stay apart.
        var articles = groups.map { Set($0.map { drafts[$0].article }) }
        // What each outlet tells in each event: an outlet whose sentences in two events tell one
        // thing (`checked into the Harbor Clinic on Thursday night`, `this check-in at the clinic`) is not
        // telling two happenings apart. A caption tells of its photograph, never of the happening.
        var tellings = groups.map { group in
            group.reduce(into: [Int: Set<String>]()) { tellings, member in
                tellings[drafts[member].article, default: []].formUnion(drafts[member].mention.fromCaption ? [] : drafts[member].sentenceTerms)
            }
        }
        var parent = Array(groups.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func join(_ candidates: [(Int, Int)], threshold: Double) {
            // The closest pairs first, so that an outlet's telling joins the event it fits best.
            var pairs: [(a: Int, b: Int, score: Double)] = []
            for (a, b) in candidates {
                var score = terms.overlap(words[a], words[b], namesDecide: true)
                if score < threshold, score >= threshold / 4, !rareNames[a].isDisjoint(with: rareNames[b]) { score = threshold }
                if score >= threshold { pairs.append((a, b, score)) }
            }
            pairs.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
            for pair in pairs {
                let (x, y) = (root(pair.a), root(pair.b))
                // Two events one outlet tells apart are two happenings; between big events told by
                // many outlets, an outlet or two in both is an outlet telling it twice.
                guard x != y else { continue }
                let most = min(articles[x].count, articles[y].count) / 2
                let shared = articles[x].intersection(articles[y])
                if shared.count > most {
                    var apart = 0
                    for article in shared where terms.overlap(tellings[x][article]!, tellings[y][article]!, namesDecide: true) < threshold {
                        apart += 1
                        if apart > most { break }
                    }
                    guard apart <= most else { continue }
                }
                parent[y] = x
                articles[x].formUnion(articles[y])
                tellings[x].merge(tellings[y]) { $0.union($1) }
            }
        }
        func everyPair(_ members: [Int]) -> [(Int, Int)] {
            members.enumerated().flatMap { position, a in members[(position + 1)...].map { (a, $0) } }
        }
        // Only events of one day are compared: a story has few happenings a day.
        let byDay = Dictionary(grouping: groups.indices.filter { days[$0] != nil }, by: { days[$0]! })
        for (_, members) in byDay.sorted(by: { $0.key < $1.key }) where members.count > 1 && members.count <= 64 {
            // Many things happen in a year: events dated only by month or year must share more.
            join(everyPair(members), threshold: members.first.map { days[$0]!.utf8.count } == 10 ? Self.sameDayEvents : Self.sameYearEvents)
        }
        // A happening in the night is told as late one day by some outlets and early the next by
        // others (`late Thursday`, `early Friday, around 1:30 a.m.`): events told so meet by night.
        var byNight: [Int: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            let nights = Set(group.compactMap { drafts[$0].night })
            for night in nights { byNight[night, default: []].append(index) }
        }
        for (_, members) in byNight.sorted(by: { $0.key < $1.key }) where members.count > 1 && members.count <= 64 {
            join(everyPair(members), threshold: Self.sameDayEvents)
        }
        // `Yesterday` and `tonight` count from the day the outlet's page gives, which a time zone or
        // a late update can put a day off: an event told so may be the next day's or the day before's.
        let dayEvents = Dictionary(grouping: byDay.values.flatMap { $0 }.compactMap { index in
            groups[index].first { drafts[$0].mention.date.iso == days[index] && drafts[$0].mention.date.precision == .day }
                .map { (event: index, day: drafts[$0].mention.date.span.lowerBound) }
        }, by: \.day).mapValues { $0.map(\.event) }
        var aDayOff: Set<[Int]> = []
        for (index, group) in groups.enumerated() {
            // A day another outlet names outright (`on Tuesday` beside `yesterday`) is no day off.
            let named = Set(group.filter { !drafts[$0].fromPublicationDay && !drafts[$0].mention.lead }.map { drafts[$0].mention.date })
            for day in Set(group.filter { drafts[$0].fromPublicationDay && !named.contains(drafts[$0].mention.date) }.map { drafts[$0].mention.date.span.lowerBound }) {
                let beside = (dayEvents[day - 1] ?? []) + (dayEvents[day + 1] ?? [])
                guard beside.count <= 64 else { continue }
                for other in beside where other != index {
                    aDayOff.insert([min(index, other), max(index, other)])
                }
            }
        }
        join(aDayOff.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }, threshold: Self.aDayOffEvents)
        var joined: [Int: [Int]] = [:]
        for index in groups.indices { joined[root(index), default: []].append(contentsOf: groups[index]) }
        return joined.keys.sorted().map { joined[$0]! }
    }

    /// The night a mention tells of, as the day number of its evening: `late Thursday`, `Thursday
    /// night` and `overnight` give Thursday; `early Friday` and `Friday's early hours` give Thursday too.
    static func night(of mention: EventMention) -> Int? {
        guard mention.date.precision == .day else { return nil }
        let day = mention.date.span.lowerBound
        let expression = Words.fold(mention.expression).split(separator: " ")
        guard let range = mention.text.range(of: mention.expression) else { return nil }
        let after = Words.fold(mention.text[range.upperBound...].prefix(24)).split(whereSeparator: { !$0.isLetter && $0 != "'" }).prefix(2).map(String.init)
        let before = Words.fold(mention.text[..<range.lowerBound].suffix(24)).split(whereSeparator: { !$0.isLetter }).suffix(4).map(String.init)
        if expression.first == "late" || expression.last == "night" || expression == ["tonight"] || after.first.map(lateAfter.contains) == true || before.suffix(2).contains(where: lateBefore.contains) { return day }
        let early = earlyAround.contains { after.starts(with: $0) || before.joined(separator: " ").contains($0.joined(separator: " ")) }
        if expression.first == "early" || early { return day - 1 }
        return nil
    }

    /// Words after a day that put a happening in its night: `Thursday night`.
    static let lateAfter: Set<String> = ["night", "overnight"]
    /// Words before a day that do: `late on Thursday`, `overnight Thursday`.
    static let lateBefore: Set<String> = ["late", "overnight"]
    /// Words beside a day that put a happening before its dawn: `Friday's early hours`, `in the
    /// early hours of Friday` (and `early Friday`, the expression itself).
    static let earlyAround: [[String]] = [["early", "hours"], ["'s", "early"]]

    /// The coarsest date whose events are joined: a story has few happenings in one month.
    static let joinedPrecision = DatePrecision.year

    /// At most this many of the story's paragraphs hold a rare name.
    static let rareName = 3

    /// The days a mention may mean beyond its date, where writers use it loosely: `last week` in
    /// a Saturday paper is as often its own week's Monday as a day of the week before, so it
    /// reaches from last week's Monday to the day before the article's.
    static func reach(of mention: EventMention, anchor: DateStamp?) -> ClosedRange<Int>? {
        guard let anchor, mention.date.precision == .week, looseWeeks.contains(Words.fold(mention.expression)) else { return nil }
        let start = mention.date.span.lowerBound
        return start...max(start + 6, anchor.dayNumber - 1)
    }

    /// Weeks told loosely (see `reach`).
    static let looseWeeks: Set<String> = ["last week"]

    /// Whether a mention's day is counted from the article's own day (`yesterday`, `tonight`).
    static func countsFromPublication(_ mention: EventMention) -> Bool {
        guard mention.date.precision == .day else { return false }
        // `today's admission`, `yesterday’s vote`: the same day words, possessive.
        var expression = Words.fold(mention.expression)
        for ending in ["'s", "’s"] where expression.hasSuffix(ending) { expression.removeLast(ending.count) }
        return fromPublication.contains(expression)
    }

    /// Day words counted from the article's own day.
    static let fromPublication: Set<String> = [
        "yesterday", "today", "tonight", "tomorrow", "last night", "this morning", "this afternoon", "this evening", "this night",
    ]

    /// How much two same-day events' words must overlap to be one happening.
    static let sameDayEvents = 0.15
    /// The same for events of one week, month or year.
    static let sameYearEvents = 0.25
    /// The same for an event told by `yesterday` or `today` and one of the day beside it.
    static let aDayOffEvents = 0.2
}
