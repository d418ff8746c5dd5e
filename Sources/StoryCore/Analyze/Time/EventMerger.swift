/// Merges dated sentences into events: the same date (or compatible ones) and the same who,
/// what and where; or the same happening told with a different year, kept as a disagreement.
/// Candidates come from an inverted index over telling words, never from all pairs.
enum EventMerger {
    static func merge(_ drafts: [TimelineAnalyzer.Draft], terms: StoryTerms) -> [[Int]] {
        // Finest dates first, so an event is founded on its most precise telling.
        let order = drafts.indices.sorted { a, b in
            (-drafts[a].mention.date.precision.rank, drafts[a].article, a) < (-drafts[b].mention.date.precision.rank, drafts[b].article, b)
        }
        // Each draft's words weighed once, on both cores, not at every comparison.
        let weighed = Parallel.map(drafts) { (terms: terms.weighed($0.terms), sentence: terms.weighed($0.sentenceTerms)) }
        let groups = IndexedGrouping.group(
            order: order, words: { weighed[$0].sentence.tellingKeys },
            fit: { fit(drafts[$0], drafts[$1], weighed: (weighed[$0], weighed[$1]), terms: terms) },
            identity: { "\(drafts[$0].mention.date.iso)|\(drafts[$0].mention.expression)|\(drafts[$0].mention.text)" })
        return joinSameDay(groups, drafts: drafts, terms: terms)
    }

    /// Groups founded apart for one happening (`on Tuesday` in one outlet, `yesterday` in another,
    /// each drawing its own rewordings) meet here: two events on the same day whose tellings,
    /// taken together, share the story's telling words are one. An item joins one group at a
    /// time and never sees the group that formed beside it; events do.
    static func joinSameDay(_ groups: [[Int]], drafts: [TimelineAnalyzer.Draft], terms: StoryTerms) -> [[Int]] {
        // Each event's day (its members' most common day), and all its sentences' words.
        let days = groups.map { group -> String? in
            let counts = group.reduce(into: [String: Int]()) { counts, member in
                let date = drafts[member].mention.date
                if date.precision >= Self.joinedPrecision { counts[date.iso, default: 0] += 1 }
            }
            return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        let sentences = Parallel.map(groups) { group in group.reduce(into: Set<String>()) { $0.formUnion(drafts[$1].sentenceTerms) } }
        let words = Parallel.map(sentences) { terms.weighed($0) }
        // Names the story rarely uses (`Gershkovich` in three paragraphs of fifty): two events of
        // one day or month that share one are the same happening told from two sides.
        let rareNames = sentences.map { $0.filter { terms.isName($0) && terms.paragraphsHolding($0) <= Self.rareName } }
        // Each joined event's outlets: two events one outlet tells apart (the water receding, the
        // shops clearing mud, both on Monday) stay apart.
        var articles = groups.map { Set($0.map { drafts[$0].article }) }
        var parent = Array(groups.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func join(_ members: [Int], threshold: Double) {
            // The closest pairs first, so that an outlet's telling joins the event it fits best.
            var pairs: [(a: Int, b: Int, score: Double)] = []
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] {
                    var score = terms.overlap(words[a], words[b], namesDecide: true)
                    if score < threshold, score >= threshold / 4, !rareNames[a].isDisjoint(with: rareNames[b]) { score = threshold }
                    if score >= threshold { pairs.append((a, b, score)) }
                }
            }
            pairs.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
            for pair in pairs {
                let (x, y) = (root(pair.a), root(pair.b))
                // Two events one outlet tells apart are two happenings; between big events told by
                // many outlets, an outlet or two in both is an outlet telling it twice.
                let shared = articles[x].intersection(articles[y]).count
                guard x != y, shared * 2 <= min(articles[x].count, articles[y].count) else { continue }
                parent[y] = x
                articles[x].formUnion(articles[y])
            }
        }
        // Only events of one day are compared: a story has few happenings a day.
        let byDay = Dictionary(grouping: groups.indices.filter { days[$0] != nil }, by: { days[$0]! })
        for (_, members) in byDay.sorted(by: { $0.key < $1.key }) where members.count > 1 && members.count <= 64 {
            // Many things happen in a year: events dated only by month or year must share more.
            join(members, threshold: members.first.map { days[$0]!.utf8.count } == 10 ? Self.sameDayEvents : Self.sameYearEvents)
        }
        // A happening in the night is told as late one day by some outlets and early the next by
        // others (`late Thursday`, `early Friday, around 1:30 a.m.`): events told so meet by night.
        var byNight: [Int: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            let nights = Set(group.compactMap { drafts[$0].night })
            for night in nights { byNight[night, default: []].append(index) }
        }
        for (_, members) in byNight.sorted(by: { $0.key < $1.key }) where members.count > 1 && members.count <= 64 {
            join(members, threshold: Self.sameDayEvents)
        }
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
        if expression.first == "late" || after.first.map(lateAfter.contains) == true || before.suffix(2).contains(where: lateBefore.contains) { return day }
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

    /// How much a year's telling and a finer date's must overlap to be one happening.
    static let yearBesideDay = 0.35

    /// At most this many of the story's paragraphs hold a rare name.
    static let rareName = 3

    /// How much two same-day events' words must overlap to be one happening.
    static let sameDayEvents = 0.15
    /// The same for events of one week, month or year.
    static let sameYearEvents = 0.25

    /// How well a dated sentence fits another's event; 0 when it cannot be the same happening.
    private static func fit(
        _ a: TimelineAnalyzer.Draft, _ b: TimelineAnalyzer.Draft, weighed: ((terms: WeighedWords, sentence: WeighedWords), (terms: WeighedWords, sentence: WeighedWords)),
        terms: StoryTerms
    ) -> Double {
        let score = max(
            terms.overlap(weighed.0.terms, weighed.1.terms, namesDecide: true), 0.8 * terms.overlap(weighed.0.sentence, weighed.1.sentence, namesDecide: true))
        let first = a.mention.date
        let second = b.mention.date
        // Two words that stand right next to the date in both (`civil war`) name the same happening.
        let sameThing = a.near.intersection(b.near).filter { !terms.isName($0) }.count >= 2
        if first.isCompatible(with: second) {
            let sameDay = first.precision >= .week && first == second
            if sameThing { return max(score, 0.35) }
            // A year told beside a day (`In 2004, …` and `on Sunday`) is a looser fit than two days.
            let coarse = min(first.precision.rank, second.precision.rank) <= DatePrecision.year.rank && first.precision != second.precision
            return score >= (sameDay ? 0.2 : coarse ? Self.yearBesideDay : 0.25) ? score : 0
        }
        // The same happening with another year: the outlets disagree (the year a war began).
        guard a.article != b.article, first.precision <= .year, second.precision <= .year, abs(first.year - second.year) <= 5 else { return 0 }
        if sameThing { return 0.3 }
        return score >= 0.45 ? score * 0.9 : 0
    }

    static func event(from members: [TimelineAnalyzer.Draft], terms: StoryTerms, writesBoth: (String, String, String) -> Bool = { _, _, _ in false }) -> TimelineEvent {
        // The event's date: the one most outlets give, the more precise on a tie.
        // A year worked out from a duration (`13-year war`) counts with the same year stated outright.
        var byDate: [StoryDate: Set<String>] = [:]
        for member in members {
            var date = member.mention.date
            date.approximate = false
            byDate[date, default: []].insert(member.mention.article)
        }
        var date = byDate.max { a, b in
            (a.value.count, a.key.precision.rank, -a.key.span.lowerBound) < (b.value.count, b.key.precision.rank, -b.key.span.lowerBound)
        }!.key
        date.approximate = members.allSatisfy { $0.mention.date.approximate || $0.mention.date.iso != date.iso }
        // `early Friday` beside the event's `late Thursday` is the same night, not another date.
        var otherDates: [StoryDate: Set<String>] = [:]
        for member in members where !member.mention.date.isCompatible(with: date) {
            if date.precision == .day, let night = member.night, (date.span.lowerBound - 1...date.span.lowerBound).contains(night) { continue }
            var other = member.mention.date
            other.approximate = false
            otherDates[other, default: []].insert(member.mention.article)
        }
        let alternatives = otherDates
            .map { DateAlternative(date: $0.key, articles: $0.value.sorted()) }
            .sorted { $0.date < $1.date }
        let ordered = members.sorted { ($0.article, $0.mention.paragraph) < ($1.article, $1.mention.paragraph) }
        // The most typical telling: the sentence whose words the other mentions share most. Counting
        // each word over the event once keeps this linear in the mentions, where comparing every
        // pair grows with their square.
        var counts: [String: Int] = [:]
        for member in members { for term in member.terms { counts[term, default: 0] += 1 } }
        func typicality(_ draft: TimelineAnalyzer.Draft) -> Double {
            guard !draft.terms.isEmpty else { return 0 }
            let shared = draft.terms.reduce(0.0) { $0 + Double(counts[$1] ?? 0) * terms.weight($1) }
            return shared / Double(draft.terms.count) - (draft.mention.fromCaption ? 1000 : 0)
        }
        let dated = ordered.filter { $0.mention.date.isCompatible(with: date) }
        let representative = (dated.isEmpty ? ordered : dated).max { typicality($0) < typicality($1) }!
        return TimelineEvent(
            id: "", date: date, summary: summary(representative.mention), mentions: ordered.map(\.mention),
            alternatives: alternatives, conflicts: conflicts(ordered, writesBoth: writesBoth))
    }

    /// The sentence as a timeline row: a leading date phrase (`On Monday,`) dropped, cut to length.
    static func summary(_ mention: EventMention) -> String {
        var text = mention.text.trimmed
        // `VALMORA, March 4 — Part of the quay …`: the dateline is not the happening.
        let characters = Array(text)
        let tokens = WordToken.tokenize(characters)
        if let dateline = SentenceOpeners.datelineEnd(tokens), dateline < tokens.count {
            text = String(characters[tokens[dateline].range.lowerBound...]).trimmed
        }
        if let range = text.range(of: mention.expression), text.distance(from: text.startIndex, to: range.lowerBound) <= 3,
           let comma = text[range.upperBound...].firstIndex(of: ","), text.distance(from: range.upperBound, to: comma) <= 2
        {
            text = String(text[text.index(after: comma)...]).trimmed
            if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        }
        guard text.count > 110 else { return text }
        let cut = text.prefix(110)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimming(" ,;:") + "…"
    }

    private static func conflicts(_ members: [TimelineAnalyzer.Draft], writesBoth: (String, String, String) -> Bool) -> [NumberConflict] {
        let told = members.filter { !$0.mention.fromCaption }
        return EventNumbers.conflicts(told.flatMap { member in
            member.numbers.map { (article: member.mention.article, key: $0.key, count: $0.count) }
        }) + EventNames.conflicts(told.flatMap { member in member.names.map { (article: member.mention.article, name: $0) } }, writesBoth: writesBoth)
    }
}
