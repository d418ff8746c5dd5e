/// The merged timeline: every dated happening in every article, merged across the outlets
/// that report it, with the dates and numbers they disagree on.
public enum TimelineAnalyzer {
    struct Draft: Sendable {
        var article: Int
        var mention: EventMention
        /// Words next to the date: what is dated.
        var terms: Set<String>
        /// Content words within four words of the date: `the onset of the Syrian civil war in 2012`.
        var near: Set<String>
        /// Words of the whole sentence: the context it is told in.
        var sentenceTerms: Set<String>
        var numbers: [EventNumbers.Fact]
        /// The sentence's capitalized words: whom and where it names, spelled as the outlet spells them.
        var names: [String]
        /// The night it tells of, when it does (see `EventMerger.night(of:)`).
        var night: Int?
        /// Whether its day counts from the article's own day (`yesterday`; see `EventMerger.countsFromPublication`).
        var fromPublicationDay: Bool
        /// The days it may mean when wider than its date (see `EventMerger.reach`).
        var reach: ClosedRange<Int>? = nil

        /// Whether it may mean a day of `date`: its date holds it, or its reach does.
        func allows(_ date: StoryDate) -> Bool {
            mention.date.isCompatible(with: date) || reach.map { $0.contains(date.span.lowerBound) && $0.contains(date.span.upperBound) } == true
        }
    }

    /// `terms`: the words of the story's paragraphs and captions, when already counted (see `StoryAnalysis`).
    /// `families`: the story's copies of one text, whose dated members date their undated ones (see `ownDays`).
    public static func analyze(_ story: Story, terms: StoryTerms? = nil, families: SourceFamilies = .none) -> [TimelineEvent] {
        let days = ownDays(story, families: families)
        // Articles are dated independently, on both cores; their drafts are joined in article order.
        // Each article's words are counted for the story's terms in the same pass, when not given.
        let perArticle = Parallel.map(Array(story.articles.enumerated())) { index, article -> (drafts: [Draft], openings: [Draft], tally: StoryTerms.Tally?) in
            var drafts: [Draft] = []
            let tagger = TemporalTagger(
                anchor: days[article.id] ?? story.referenceDate, dayFirst: dayFirst(article),
                smallHours: article.published?.hour.map { $0 < TemporalTagger.smallHoursEnd } ?? false)
            let texts = article.paragraphs.enumerated().map { ($0.offset, $0.element, false) }
                + article.captions.map { (-1, $0, true) }
            for (paragraph, text, caption) in texts where TemporalTagger.mayHoldDate(text) {
                let paragraphText = ParagraphText(text)
                for sentence in paragraphText.sentences() {
                    let sentenceText = paragraphText.text(sentence)
                    // The paragraph's test again, per sentence: a dated paragraph's other sentences
                    // are not tokenized and tagged.
                    guard TemporalTagger.mayHoldDate(sentenceText) else { continue }
                    // Each sentence is tokenized once, for the tagger and for the windows below.
                    let tokens = WordToken.tokenize(paragraphText, in: sentence, from: sentence.lowerBound)
                    let words = tokens.filter(\.isWord)
                    var found = tagger.mentions(in: sentenceText, of: paragraphText, from: sentence.lowerBound, tokens: tokens)
                    // A dateline (`VALMORA, March 4 —`) dates the article, not a happening; the
                    // sentence's own words begin after it.
                    var told = words
                    if let dateline = SentenceOpeners.datelineEnd(tokens) {
                        found.removeAll { $0.range.lowerBound < tokens[dateline - 1].range.upperBound }
                        told = Array(words.drop { $0.range.lowerBound < tokens[dateline - 1].range.upperBound })
                    }
                    guard !found.isEmpty, !StampLine.isStamp(words, dates: found.map(\.range)) else { continue }
                    let sentenceTerms = Set(Words.contentWords(in: sentenceText))
                    for found in found {
                        // What is dated is what stands next to the date: a window of words around it.
                        let restWords = window(words, around: found.range, words: 8)
                        let mention = EventMention(
                            article: article.id, paragraph: max(0, paragraph), text: sentenceText, expression: found.expression,
                            date: found.date, fromCaption: caption)
                        drafts.append(Draft(
                            article: index,
                            mention: mention,
                            terms: contentWords(of: restWords),
                            near: contentWords(of: window(words, around: found.range, words: 4)),
                            sentenceTerms: sentenceTerms,
                            numbers: EventNumbers.facts(in: restWords, sentence: told),
                            names: EventNames.names(in: words),
                            night: EventMerger.night(of: mention),
                            fromPublicationDay: EventMerger.countsFromPublication(mention),
                            reach: EventMerger.reach(of: mention, anchor: tagger.anchor)))
                    }
                }
            }
            // An article's headline and opening sentence tell its day's news, dated or not (see
            // `LeadTellings`); only an article that gives its own day, or whose dated copy does,
            // says which days those are.
            let openings = days[article.id].map { day -> [Draft] in
                // A lede that dates its happening outside the article's last days (`ran aground in
                // 2019`) tells that happening, not the day's news; a year that names a thing (`has
                // fined the firm over the 2018 spill`) does not date the sentence.
                let news = (day.dayNumber - LeadTellings.daysBefore)...day.dayNumber
                func datesItself(_ draft: Draft) -> Bool {
                    draft.mention.date.precision >= .week || (!draft.mention.date.span.overlaps(news) && !LeadTellings.namesAThing(draft.mention))
                }
                return LeadTellings.openings(of: article, index: index, day: day) { paragraph, text in
                    drafts.contains { $0.mention.paragraph == paragraph && $0.mention.text == text && datesItself($0) }
                }
            } ?? []
            return (drafts, openings, terms == nil ? StoryTerms.Tally(adding: [.of(article), StoryTerms.Tally(paragraphs: article.captions)]) : nil)
        }
        let dated = perArticle.flatMap(\.drafts)
        let leads = perArticle.flatMap(\.openings)
        let terms = terms ?? StoryTerms(tallies: perArticle.compactMap(\.tally))
        // A caption dates its photograph: it can join a happening the story tells, never be one alone.
        let merged = EventMerger.merge(dated, terms: terms).filter { group in group.contains { !dated[$0].mention.fromCaption } }
        let asides = LeadTellings.asides(of: dated, in: merged)
        let drafts = dated + leads + asides
        let groups = LeadTellings.attach(leads + asides, to: merged, drafts: dated, terms: terms)
        let articles = Dictionary(story.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func writesBoth(_ article: String, _ a: String, _ b: String) -> Bool {
            guard let article = articles[article] else { return false }
            let texts = (article.title.map { [$0] } ?? []) + article.paragraphs
            let words = Set(texts.flatMap { text -> [String] in WordToken.tokenize(ParagraphText(text)).filter(\.isWord).map(\.text) })
            return words.contains(a) && words.contains(b)
        }
        var events = groups.map { EventMerger.event(from: $0.map { drafts[$0] }, terms: terms, writesBoth: writesBoth) }
        // Same-day events in the order of their first dated mentions: an undated headline or lead
        // does not move an event.
        let firsts = events.map { $0.mentions.first { !$0.lead } }
        let order = events.indices.sorted {
            (events[$0].date, firsts[$0]?.article ?? "", firsts[$0]?.paragraph ?? 0, $0) < (events[$1].date, firsts[$1]?.article ?? "", firsts[$1]?.paragraph ?? 0, $1)
        }
        events = order.map { events[$0] }
        for index in events.indices { events[index].id = "e\(index + 1)" }
        return events
    }

    /// The day each article's text speaks from: its own publication day, else that of the earliest
    /// dated copy of its text (an agency story an outlet reprinted without a date was written when
    /// its dated copies say). Articles with neither read from the story's day.
    static func ownDays(_ story: Story, families: SourceFamilies) -> [String: DateStamp] {
        var days: [String: DateStamp] = [:]
        var earliest: [String: DateStamp] = [:]
        for article in story.articles {
            guard let day = article.published?.dayOnly else { continue }
            days[article.id] = day
            if let family = families.family[article.id], earliest[family].map({ day < $0 }) ?? true { earliest[family] = day }
        }
        for article in story.articles where days[article.id] == nil {
            if let family = families.family[article.id], let day = earliest[family] { days[article.id] = day }
        }
        return days
    }

    /// The content words of some words, read as the text they make joined by spaces.
    private static func contentWords(of words: [WordToken]) -> Set<String> {
        Set(Words.contentWords(in: words.map(\.text).joined(separator: " ")))
    }

    /// The words within `words` words either side of `range`, the range itself left out.
    private static func window(_ tokens: [WordToken], around range: Range<Int>, words: Int) -> [WordToken] {
        let before = tokens.filter { $0.range.upperBound <= range.lowerBound }.suffix(words)
        let after = tokens.filter { $0.range.lowerBound >= range.upperBound }.prefix(words)
        return Array(before + after)
    }

    /// Whether an outlet writes numeric dates day first, from the ones whose order is certain.
    private static func dayFirst(_ article: Article) -> Bool? {
        // Only paragraphs with a slash can hold `11/12/2024`; the others are not tokenized.
        for paragraph in article.paragraphs where paragraph.firstUTF8Index(of: 0x2F) != nil {
            let tokens = WordToken.tokenize(ParagraphText(paragraph))
            for i in tokens.indices where i + 4 < tokens.count {
                guard let first = Int(tokens[i].text), let second = Int(tokens[i + 2].text), tokens[i + 1].text == "/",
                      tokens[i + 3].text == "/", tokens[i + 4].text.count == 4
                else { continue }
                if first > 12, second <= 12 { return true }
                if second > 12, first <= 12 { return false }
            }
        }
        return nil
    }
}
