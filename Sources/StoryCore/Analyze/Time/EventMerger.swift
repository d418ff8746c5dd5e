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

    /// How much a year's telling and a finer date's must overlap to be one happening.
    static let yearBesideDay = 0.35

    /// How well a dated sentence fits another's event; 0 when it cannot be the same happening.
    private static func fit(
        _ a: TimelineAnalyzer.Draft, _ b: TimelineAnalyzer.Draft, weighed: ((terms: WeighedWords, sentence: WeighedWords), (terms: WeighedWords, sentence: WeighedWords)),
        terms: StoryTerms
    ) -> Double {
        let score = max(
            terms.overlap(weighed.0.terms, weighed.1.terms, namesDecide: true), 0.8 * terms.overlap(weighed.0.sentence, weighed.1.sentence, namesDecide: true))
        let first = a.mention.date
        let second = b.mention.date
        // Two words that stand right next to the date in both (`civil war`) name the same happening;
        // so does a name right next to the same year (`at the Harbor Clinic in 2019`): a year
        // holds few happenings of one place in one story.
        let sameYear = first.precision == .year && first == second
        let sameThing = a.near.intersection(b.near).filter { sameYear || !terms.isName($0) }.count >= 2
        // Either date may hold the other, or a loosely told one reach it (`last week`).
        if a.allows(second) || b.allows(first) {
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

    /// An event's date: the one most outlets' dates allow (`in 2011` allows `on Oct. 21, 2011`),
    /// the more precise on a tie, so a day refines the year others give; a month does not gather
    /// the outlets of the different days inside it. A year worked out from a duration (`13-year
    /// war`) counts with the same year stated outright. A day named outright wins a tie over one
    /// counted from the article's own day (`yesterday`). An undated lead has no say.
    /// Also the dates named outright, which the disagreements are read against.
    static func date(of members: [TimelineAnalyzer.Draft]) -> (date: StoryDate, namedOutright: Set<StoryDate>) {
        var byDate: [StoryDate: Set<String>] = [:]
        var namedOutright: Set<StoryDate> = []
        for member in members where !member.mention.lead {
            var date = member.mention.date
            date.approximate = false
            byDate[date, default: []].insert(member.mention.article)
            if !member.fromPublicationDay { namedOutright.insert(date) }
        }
        let ranked = byDate.keys.map { candidate -> (date: StoryDate, rank: (Int, Int, Int, Int)) in
            let agreeing = byDate.reduce(into: Set<String>()) { agreeing, other in
                if other.key.precision <= candidate.precision, other.key.isCompatible(with: candidate) { agreeing.formUnion(other.value) }
            }
            return (candidate, (agreeing.count, namedOutright.contains(candidate) ? 1 : 0, candidate.precision.rank, -candidate.span.lowerBound))
        }
        var date = ranked.max { $0.rank < $1.rank }!.date
        date.approximate = members.allSatisfy { $0.mention.lead || $0.mention.date.approximate || $0.mention.date.iso != date.iso }
        return (date, namedOutright)
    }

    static func event(from members: [TimelineAnalyzer.Draft], terms: StoryTerms, writesBoth: (String, String, String) -> Bool = { _, _, _ in false }) -> TimelineEvent {
        let (date, namedOutright) = date(of: members)
        // `early Friday` beside the event's `late Thursday` is the same night, not another date.
        var otherDates: [StoryDate: Set<String>] = [:]
        for member in members where !member.mention.lead && !member.allows(date) {
            if date.precision == .day, let night = member.night, (date.span.lowerBound - 1...date.span.lowerBound).contains(night) { continue }
            // Nor is a `yesterday` a day off: the page's own day may be a time zone away.
            if date.precision == .day, member.mention.date.precision == .day, abs(member.mention.date.span.lowerBound - date.span.lowerBound) == 1,
               member.fromPublicationDay || !namedOutright.contains(date) { continue }
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
        // An undated lead is no row's summary: the row names a date the lead does not.
        let dated = ordered.filter { !$0.mention.lead }
        var counts: [String: Int] = [:]
        for member in dated { for term in member.terms { counts[term, default: 0] += 1 } }
        func typicality(_ draft: TimelineAnalyzer.Draft) -> Double {
            guard !draft.terms.isEmpty else { return 0 }
            let shared = draft.terms.reduce(0.0) { $0 + Double(counts[$1] ?? 0) * terms.weight($1) }
            return shared / Double(draft.terms.count) - (draft.mention.fromCaption ? 1000 : 0)
        }
        let onTheDate = dated.filter { $0.mention.date.isCompatible(with: date) }
        let representative = (onTheDate.isEmpty ? dated : onTheDate).max { typicality($0) < typicality($1) }!
        return TimelineEvent(
            id: "", date: date, summary: summary(representative.mention),
            mentions: ordered.map { member in
                var mention = member.mention
                if mention.lead { mention.date = date }
                return mention
            },
            alternatives: alternatives, conflicts: conflicts(ordered, terms: terms, writesBoth: writesBoth))
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

    private static func conflicts(_ members: [TimelineAnalyzer.Draft], terms: StoryTerms, writesBoth: (String, String, String) -> Bool) -> [NumberConflict] {
        let told = members.filter { !$0.mention.fromCaption }
        return EventNumbers.conflicts(told.flatMap { member in
            member.numbers.map { fact in
                var fact = fact
                fact.owner = fact.owner.flatMap { terms.isName($0) ? $0 : nil }
                return (article: member.mention.article, fact: fact)
            }
        }) + EventNames.conflicts(told.flatMap { member in member.names.map { (article: member.mention.article, name: $0) } }, writesBoth: writesBoth)
    }
}
