import StoryCore

/// Everything the browser shows, analysed once when the story is loaded.
public struct BrowserModel: Sendable {
    public let story: Story
    public let quotes: QuoteAnalysis
    public let events: [TimelineEvent]
    public let index: StoryIndex
    public let coverage: StoryCoverage
    public let terms: StoryTerms
    /// Speaker names by id.
    let speakerNames: [String: String]
    /// For each article id and paragraph, the statements quoted or reported there.
    let statementsAt: [String: [Int: [Int]]]
    /// Folded words of each event summary and each statement, for search as you type.
    let eventWords: [[String]]
    let statementWords: [[String]]
    /// The same words stemmed, for matching a search without stemming on every keystroke.
    let eventStems: PrefixTable
    let statementStems: PrefixTable
    /// The same words numbered for prefix matching (`fer` while `Ferrand` is being typed).
    let eventPrefixes: PrefixTable
    let statementPrefixes: PrefixTable
    /// For each article id and paragraph, the date expressions found there.
    let datesAt: [String: [Int: [String]]]
    /// The articles that report each event. Worked out once: the timeline draws a dozen events a
    /// frame, and an event of a big story has thousands of mentions, too many to gather into a set
    /// for every row of every frame.
    let eventReporters: [Set<String>]
    /// Each event's distinct wordings, in the order first seen, with the outlets using each; and
    /// the statements of its paragraphs, sorted. Worked out once, for the same reason: the detail
    /// of an event reprinted by thousands of outlets is shown on every step through the timeline.
    let eventWordings: [[EventWording]]
    let eventStatements: [[Int]]
    /// Articles that copy one text (an agency story and its reprints), by article index: the
    /// family's name; articles of their own have none.
    public let families: [Int: String]
    /// The same by article id: what counts independent sources.
    public let sourceFamilies: SourceFamilies
    /// For each statement, who carries it: `3 outlets (+2 reprints)`.
    let statementCarriers: [String]
    /// For each event, the independent sources that report it (a family once, by its id).
    let eventReporterSources: [Set<String>]
    /// How many independent sources the story's articles are (each family once).
    let independentSources: Int
    /// How many articles each family holds.
    let familySizes: [String: Int]
    /// The widest source name, in columns (of the first 200 sources: enough to size a pane).
    let widestName: Int
    /// Each article's place in `story.articles`, by id: names are looked up for every line drawn.
    private let articlePlaces: [String: Int]

    /// The sources alone, before quotes, timeline and index are worked out: what the browser
    /// shows first on a big story while the analysis runs in the background.
    public static func sourcesOnly(_ story: Story) -> BrowserModel {
        BrowserModel(
            story: story, quotes: QuoteAnalysis(speakers: [], statements: []), events: [],
            index: StoryIndex(story: Story(title: story.title, referenceDate: story.referenceDate, articles: [], warnings: [])),
            analysed: false)
    }

    /// Nothing read yet: the browser's first frame while the files are still being read.
    public static let loading = sourcesOnly(Story(title: nil, referenceDate: nil, articles: [], warnings: []))

    /// Whether quotes, timeline and index are in (false while they are still being worked out).
    public let isAnalysed: Bool

    public init(story: Story) {
        // Copies first: an undated copy's dates are read from its dated copies' day.
        let families = StoryGroups.families(StoryClusterer.copies(story.articles), count: story.articles.count)
        let (quotes, events, terms) = StoryAnalysis.run(story, families: SourceFamilies(story, byIndex: families))
        self.init(
            story: story, quotes: quotes, events: events, index: StoryIndex(story: story, quotes: quotes, timeline: events), terms: terms,
            families: families)
    }

    /// From analyses already made (the benchmark times each on its own). `terms`: the words of the
    /// story's paragraphs, counted when not given (not at all before the analysis is in).
    /// `families`: the copies' families by article position, found here when not given.
    public init(
        story: Story, quotes: QuoteAnalysis, events: [TimelineEvent], index: StoryIndex, terms: StoryTerms? = nil, analysed: Bool = true,
        families: [Int: String]? = nil
    ) {
        isAnalysed = analysed
        self.story = story
        self.quotes = quotes
        self.events = events
        self.index = index
        let families = families ?? (analysed ? StoryGroups.families(StoryClusterer.copies(story.articles), count: story.articles.count) : [:])
        self.families = families
        sourceFamilies = SourceFamilies(story, byIndex: families)
        coverage = StoryCoverage.compute(story, quotes: quotes, timeline: events, families: sourceFamilies)
        self.terms = terms ?? (analysed ? StoryTerms.of(story) : StoryTerms(paragraphs: []))
        speakerNames = Dictionary(uniqueKeysWithValues: quotes.speakers.map { ($0.id, $0.name) })
        var statements: [String: [Int: [Int]]] = [:]
        for (number, statement) in quotes.statements.enumerated() {
            for mention in statement.mentions { statements[mention.article, default: [:]][mention.paragraph, default: []].append(number) }
        }
        statementsAt = statements
        var dates: [String: [Int: [String]]] = [:]
        for event in events {
            for mention in event.mentions where !mention.fromCaption && !mention.lead {
                dates[mention.article, default: [:]][mention.paragraph, default: []].append(mention.expression)
            }
        }
        datesAt = dates
        eventReporters = events.map { Set($0.mentions.map(\.article)) }
        eventWordings = events.map(EventWording.of)
        eventStatements = events.map { event in
            Set(event.mentions.flatMap { statements[$0.article]?[$0.paragraph] ?? [] }).sorted()
        }
        familySizes = families.values.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        independentSources = sourceFamilies.count(story.articles.map(\.id)).sources
        let independent = sourceFamilies
        eventReporterSources = events.map { Set($0.mentions.map { independent.source(of: $0.article) }) }
        statementCarriers = quotes.statements.map { ReportParts.carriersText($0.mentions.map(\.article), independent) }
        widestName = story.articles.prefix(200).map { DisplayWidth.of($0.displayName) }.max() ?? 0
        articlePlaces = Dictionary(story.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        eventWords = events.map { Words.tokens(in: $0.summary).map { Words.fold($0) } }
        statementWords = quotes.statements.map { Words.tokens(in: $0.text).map { Words.fold($0) } }
        eventStems = PrefixTable(eventWords.map { $0.map(Stemmer.searchStem) })
        statementStems = PrefixTable(statementWords.map { $0.map(Stemmer.searchStem) })
        eventPrefixes = PrefixTable(eventWords)
        statementPrefixes = PrefixTable(statementWords)
    }

    func outletName(_ id: String) -> String {
        articleIndex(id).map { story.articles[$0].displayName } ?? id
    }

    func articleIndex(_ id: String) -> Int? {
        articlePlaces[id]
    }
}

/// One wording of an event, as the first outlet to use it has it, and every outlet that does.
struct EventWording: Sendable {
    var mention: EventMention
    var articles: [String]

    static func of(_ event: TimelineEvent) -> [EventWording] {
        var wordings: [EventWording] = []
        var place: [String: Int] = [:]
        for mention in event.mentions {
            if let known = place[mention.text] {
                wordings[known].articles.append(mention.article)
            } else {
                place[mention.text] = wordings.count
                wordings.append(EventWording(mention: mention, articles: [mention.article]))
            }
        }
        return wordings
    }
}
