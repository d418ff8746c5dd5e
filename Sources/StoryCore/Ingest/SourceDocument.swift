/// A page as read from its file, before normalization decides what is story and what is not.
public struct SourceDocument: Sendable {
    public var path: String
    public var format: SourceFormat
    public var metadata: PageMetadata
    public var blocks: [PageBlock]
    public var repairs: [String]

    public init(path: String, format: SourceFormat, metadata: PageMetadata = PageMetadata(), blocks: [PageBlock], repairs: [String] = []) {
        self.path = path
        self.format = format
        self.metadata = metadata
        self.blocks = blocks
        self.repairs = repairs
    }
}

/// What a page states about itself in markup or front matter.
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var byline: String?
    public var published: DateStamp?
    public var url: String?
    /// A date from a tag that may hold any date of the page: used when no line dates it.
    public var weakPublished: DateStamp?
    /// When the page says it was last changed: its date when nothing else dates it.
    public var updated: DateStamp?
    /// A date in an element named for one (`<span class="date">`): it may be the page's or
    /// today's in a masthead, so it dates the page only when no tag, line or address does.
    public var elementDate: DateStamp?

    public init(
        title: String? = nil, outlet: String? = nil, byline: String? = nil, published: DateStamp? = nil, url: String? = nil,
        weakPublished: DateStamp? = nil, updated: DateStamp? = nil, elementDate: DateStamp? = nil
    ) {
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.url = url
        self.weakPublished = weakPublished
        self.updated = updated
        self.elementDate = elementDate
    }

    /// Fills what `self` lacks from `other`.
    public func filled(from other: PageMetadata) -> PageMetadata {
        PageMetadata(
            title: title ?? other.title, outlet: outlet ?? other.outlet, byline: byline ?? other.byline,
            published: published ?? other.published, url: url ?? other.url, weakPublished: weakPublished ?? other.weakPublished,
            updated: updated ?? other.updated, elementDate: elementDate ?? other.elementDate)
    }
}

/// One block of page text with what its markup says about it.
public struct PageBlock: Sendable, Equatable {
    public enum Hint: Sendable, Equatable {
        /// A line of plain text: nothing is known, normalization decides.
        case line
        case paragraph
        case heading(level: Int)
        case listItem
        case caption
        /// Markup placed it where no story text is (a nav, a footer, a related-links box).
        case removed(RemovalReason)

        var isRemoved: Bool {
            if case .removed = self { return true }
            return false
        }
    }

    public var text: String
    public var hint: Hint

    public init(_ text: String, _ hint: Hint) {
        self.text = text
        self.hint = hint
    }
}
