/// A news article opens on its news, most often without a date: `Microsoft has released a
/// temporary fix for …`, dated further down or not at all, because the reader knows it is the
/// happening of the last day or two. Such an opening sentence is that outlet's telling of the
/// event of those days it fits: the event shows every outlet that reports it, not only the
/// ones that happen to date it.
enum LeadTellings {
    /// How many days before the article's own day its news may lie (a Thursday night's happening,
    /// in Saturday's paper).
    static let daysBefore = 2
    /// Outlets that must tell the event already: an opening sentence joins a happening the
    /// story has, never founds one.
    static let fewestOutlets = 3
    /// The share of the event's common words (those two outlets or more use) the opening
    /// sentence must hold, by weight.
    static let bar = 0.1
    /// Or the share of the opening's own words, by weight, that the event's common words make: a
    /// headline of a happening many outlets tell holds little of their many common words, but
    /// those words are most of its own (`Singer checks into Harbor Clinic`).
    static let ownShare = 0.3
    /// The share of the opening sentence's own words, by weight, that the event's tellings must
    /// use: a lead on a new happening of the same place (`Divers have recovered the containers
    /// that fell into the harbour`) shares the place's words, not the happening's.
    static let covered = 0.2

    /// The same two shares for a sentence dated by another happening (see `asides`): it tells
    /// that one first, so it must hold more of the earlier event's common words, and may hold
    /// more words of its own.
    static let asideBar = 0.2
    static let asideCovered = 0.1

    /// An article's headline and its opening sentence, with the article's day: what they tell
    /// is where the article's news is told (see `attach`). An opening sentence that names its own
    /// day is where that day puts it, not an undated telling; `dated` says which sentences do.
    static func openings(of article: Article, index: Int, day: DateStamp, dated: (Int, String) -> Bool) -> [TimelineAnalyzer.Draft] {
        [headline(of: article, index: index, day: day), lead(of: article, index: index, day: day)].compactMap { $0 }
            .filter { !dated($0.mention.paragraph, $0.mention.text) }
    }

    /// The headline, of four words at least (`Update`, `Live` or `Photos` tell nothing).
    static func headline(of article: Article, index: Int, day: DateStamp) -> TimelineAnalyzer.Draft? {
        guard let title = article.title else { return nil }
        let words = WordToken.tokenize(ParagraphText(title)).filter(\.isWord)
        guard words.count >= 4 else { return nil }
        // A headline's capitals are its style (`Harbor Crane Collapses Overnight`), not names to compare.
        return opening(article: article, index: index, paragraph: -1, text: title, words: words, day: day, names: false)
    }

    private static func opening(
        article: Article, index: Int, paragraph: Int, text: String, words: [WordToken], day: DateStamp, names: Bool = true
    ) -> TimelineAnalyzer.Draft {
        let sentenceTerms = Set(Words.contentWords(in: text))
        let mention = EventMention(article: article.id, paragraph: paragraph, text: text, expression: "", date: .day(day), fromCaption: false, lead: true)
        return TimelineAnalyzer.Draft(
            article: index, mention: mention, terms: sentenceTerms, near: [], sentenceTerms: sentenceTerms,
            numbers: EventNumbers.facts(in: words), names: names ? EventNames.names(in: words) : [], night: nil, fromPublicationDay: false)
    }

    /// The opening sentence of an article: the first sentence of its first paragraph of at
    /// least eight words (a byline, a stamp or a kicker is shorter).
    static func lead(of article: Article, index: Int, day: DateStamp) -> TimelineAnalyzer.Draft? {
        for (number, paragraph) in article.paragraphs.enumerated() {
            let text = ParagraphText(paragraph)
            guard let sentence = text.sentences().first else { continue }
            let tokens = WordToken.tokenize(text, in: sentence, from: sentence.lowerBound)
            let words = tokens.filter(\.isWord)
            guard words.count >= 8 else { continue }
            // `Normally, Contoso ships its fixes on the second Tuesday`: a habit, not the day's news.
            guard !habitual.contains(words[0].folded) else { return nil }
            return opening(article: article, index: index, paragraph: number, text: text.text(sentence), words: words, day: day)
        }
        return nil
    }

    /// Whether a mention's year stands between a determiner and a noun (`the 2018 spill`,
    /// `his 2019 arrest`): it names a thing of that year, and dates no clause.
    static func namesAThing(_ mention: EventMention) -> Bool {
        guard mention.date.precision == .year, mention.expression.count == 4, let range = mention.text.range(of: mention.expression) else { return false }
        guard let before = mention.text[..<range.lowerBound].split(separator: " ").last, determiners.contains(Words.fold(before)) else { return false }
        // A word after it, lowercase: `the 2018 spill`, not `in 2018, the` or `the 2018 Harbor Games`.
        let after = mention.text[range.upperBound...]
        return after.first == " " && after.dropFirst().first.map { $0.isLetter && $0.isLowercase } == true
    }

    /// Words before a year that make it name a thing (see `namesAThing`).
    static let determiners: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"]

    /// Words that open a sentence on a habit or a rule rather than on a happening.
    static let habitual: WordSet = ["normally", "usually", "typically", "traditionally", "generally", "often", "ordinarily"]

    /// Each dated sentence of the events in `groups` once more, as a telling in passing of an
    /// earlier happening (`was captured Monday after pulling off a daring escape during a prison
    /// transfer` tells the escape of a week before), to be attached as openings are (`attach`).
    /// A sentence with two dates or more has dated its happenings itself.
    static func asides(of drafts: [TimelineAnalyzer.Draft], in groups: [[Int]]) -> [TimelineAnalyzer.Draft] {
        func sentence(_ draft: TimelineAnalyzer.Draft) -> [String] { [draft.mention.article, String(draft.mention.paragraph), draft.mention.text] }
        let dates = drafts.reduce(into: [[String]: Int]()) { $0[sentence($1), default: 0] += 1 }
        return groups.joined().sorted().compactMap { member in
            var draft = drafts[member]
            guard !draft.mention.fromCaption, !draft.mention.lead, dates[sentence(draft)] == 1 else { return nil }
            draft.mention.expression = ""
            draft.mention.lead = true
            draft.mention.aside = true
            return draft
        }
    }

    /// `groups` with each opening added to the event of its article's last days it fits best,
    /// also when the article dates that event elsewhere: the headline and the lede are its
    /// clearest telling. Indices past `drafts` are `leads`'. An aside (see `asides`) goes to the
    /// event before its own date it fits best, by the asides' shares, unless its article tells
    /// that event already.
    static func attach(_ leads: [TimelineAnalyzer.Draft], to groups: [[Int]], drafts: [TimelineAnalyzer.Draft], terms: StoryTerms) -> [[Int]] {
        guard !leads.isEmpty else { return groups }
        // Each event told by enough outlets on one day: its day, its outlets, the words its
        // tellings use and the weight of those at least two of them use.
        var eventDays: [Int: Int] = [:]
        var outlets: [Int: Set<Int>] = [:]
        var commonWeight: [Int: Double] = [:]
        var holding: [String: [Int]] = [:]
        var told: [Int: Set<String>] = [:]
        for (number, group) in groups.enumerated() {
            let members = group.map { drafts[$0] }
            let articles = Set(members.map(\.article))
            let date = EventMerger.date(of: members).date
            guard articles.count >= fewestOutlets, date.precision == .day else { continue }
            // Each word with the first outlet to use it, and whether another does too.
            var uses: [String: (first: Int, shared: Bool)] = [:]
            for member in members where !member.mention.fromCaption {
                for word in member.sentenceTerms {
                    if let use = uses[word] {
                        if !use.shared, use.first != member.article { uses[word]!.shared = true }
                    } else {
                        uses[word] = (member.article, false)
                    }
                }
            }
            let common = uses.filter(\.value.shared).keys
            guard !common.isEmpty else { continue }
            eventDays[number] = date.span.lowerBound
            told[number] = Set(uses.keys)
            outlets[number] = articles
            commonWeight[number] = common.reduce(0.0) { $0 + terms.weight($1) }
            for word in common { holding[word, default: []].append(number) }
        }
        var joined = groups
        for (offset, lead) in leads.enumerated() {
            let day = lead.mention.date.span.lowerBound
            let (days, bar, covered) = lead.mention.aside
                ? (Int.min...(day - 1), asideBar, asideCovered) : ((day - daysBefore)...day, bar, covered)
            var shared: [Int: Double] = [:]
            for word in lead.sentenceTerms {
                for number in holding[word] ?? [] { shared[number, default: 0] += terms.weight(word) }
            }
            let own = lead.sentenceTerms.reduce(0.0) { $0 + terms.weight($1) }
            let fitting = shared.compactMap { number, weight -> (number: Int, score: Double)? in
                guard let eventDay = eventDays[number], days.contains(eventDay) else { return nil }
                let score = weight / commonWeight[number]!
                guard score >= bar || (!lead.mention.aside && weight >= ownShare * own) else { return nil }
                let inEvent = lead.sentenceTerms.reduce(0.0) { $0 + (told[number]!.contains($1) ? terms.weight($1) : 0) }
                return inEvent >= covered * own ? (number, score) : nil
            }
            // A sentence told in passing by an article that tells the earlier event itself adds nothing.
            guard let best = fitting.max(by: { ($0.score, $1.number) < ($1.score, $0.number) }),
                  !lead.mention.aside || !outlets[best.number]!.contains(lead.article)
            else { continue }
            joined[best.number].append(drafts.count + offset)
        }
        return joined
    }
}
