/// The format a source file was read as.
public enum SourceFormat: String, Codable, Sendable {
    case text, markdown, html, json
}

/// One story article after ingest and normalization: metadata plus clean story text.
public struct Article: Sendable, Equatable {
    /// Stable id within a story (`a1`, `a2`, …), assigned in path order.
    public var id: String
    /// The file the article came from; for JSON arrays and JSON Lines, `file#N`.
    public var path: String
    public var format: SourceFormat
    public var outlet: String?
    public var title: String?
    public var byline: String?
    public var published: DateStamp?
    /// The page's own address, from its metadata or a URL line at the top of a text page.
    public var url: String?
    /// The story body: paragraphs, list items and headings, in reading order.
    public var blocks: [Block] {
        didSet { paragraphTally = TallyCache() }
    }
    public var captions: [String]
    public var removed: [RemovedBlock]
    /// What was repaired on the way in (`mojibake`, `encoding:windows-1252`, …).
    public var repairs: [String]
    /// The paragraphs' word counts for the story's terms, as the normalizer made them; let go
    /// whenever `blocks` change.
    var paragraphTally = TallyCache()

    public init(
        id: String, path: String, format: SourceFormat, outlet: String? = nil, title: String? = nil,
        byline: String? = nil, published: DateStamp? = nil, url: String? = nil, blocks: [Block] = [], captions: [String] = [],
        removed: [RemovedBlock] = [], repairs: [String] = []
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.outlet = outlet
        self.title = title
        self.byline = byline
        self.published = published
        self.url = url
        self.blocks = blocks
        self.captions = captions
        self.removed = removed
        self.repairs = repairs
    }

    /// The story's text in reading order, section headings and list items included, as an
    /// extractor gives it: what `paragraph` indexes point into.
    public var paragraphs: [String] {
        blocks.map(\.text)
    }

    /// The paragraphs and list items without the section headings: what is compared sentence by
    /// sentence, and counted as paragraphs for the reader.
    public var prose: [String] {
        blocks.filter { $0.kind != .heading }.map(\.text)
    }

    /// Section headings, each with its own index among `paragraphs`.
    public var headings: [(text: String, paragraph: Int)] {
        blocks.indices.filter { blocks[$0].kind == .heading }.map { (blocks[$0].text, $0) }
    }

    public var wordCount: Int {
        blocks.reduce(0) { $0 + ($1.kind == .heading ? 0 : Words.count(in: $1.text)) }
    }

    /// What to show where a title would stand when the page has none: its opening sentence
    /// (a scraped body often starts straight in), else nil.
    public var lead: String? {
        guard let first = blocks.first(where: { $0.kind != .heading })?.text else { return nil }
        let text = ParagraphText(first)
        return text.sentences().first.map { text.text($0).trimmed } ?? first
    }

    /// The name to show for this article: its outlet, else its file name.
    public var displayName: String {
        if let outlet, !outlet.isEmpty { return outlet }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// A count kept with an article for the analyses: equal whatever it holds, as it says nothing
/// of the article that its text does not.
struct TallyCache: Sendable, Equatable {
    /// One tally for each paragraph.
    var paragraphs: [StoryTerms.Tally]?

    static func == (_: TallyCache, _: TallyCache) -> Bool { true }
}

/// A unit of story text.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case paragraph, heading, listItem
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Text that was on the page but is not the story, and why it was taken out.
public struct RemovedBlock: Sendable, Equatable, Codable {
    public var text: String
    public var reason: RemovalReason

    public init(text: String, reason: RemovalReason) {
        self.text = text
        self.reason = reason
    }
}

/// Why a block of a page is not story text.
public enum RemovalReason: String, Sendable, Codable, CaseIterable {
    case navigation
    case breadcrumb
    case masthead
    case title
    case titleRepeat = "title-repeat"
    case dateline
    case byline
    case lastUpdated = "last-updated"
    case metadata
    case share
    case newsletter
    case advertisement
    case cookieNotice = "cookie-notice"
    case comments
    case editorialPolicy = "editorial-policy"
    case relatedLinks = "related-links"
    case teaser
    case tags
    case sourceList = "source-list"
    case publisherBlurb = "publisher-blurb"
    case copyright
    case promotion
    case unrelated
    case empty
}
