import Foundation

/// The `sources` document of SPEC.md: the story, every article in full, and the warnings.
public struct SourcesReport: Encodable {
    public let story: StoryHeader
    public let articles: [ArticleReport]
    public let warnings: [LoadWarning]

    public init(_ story: Story) {
        self.story = StoryHeader(title: story.title, referenceDate: story.referenceDate?.iso)
        articles = story.articles.map(ArticleReport.init)
        warnings = story.warnings
    }

    public struct StoryHeader: Encodable {
        let title: String?
        let referenceDate: String?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(referenceDate, forKey: .referenceDate)
        }

        enum CodingKeys: String, CodingKey { case title, referenceDate }
    }

    public struct ArticleReport: Encodable {
        let article: Article

        init(_ article: Article) { self.article = article }

        enum CodingKeys: String, CodingKey {
            case id, path, format, outlet, title, byline, published, paragraphs, headings, captions, removed, repairs, wordCount
        }

        struct Heading: Encodable {
            let text: String
            let paragraph: Int
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article.id, forKey: .id)
            try container.encode(article.path, forKey: .path)
            try container.encode(article.format, forKey: .format)
            try container.encode(article.outlet, forKey: .outlet)
            try container.encode(article.title, forKey: .title)
            try container.encode(article.byline, forKey: .byline)
            try container.encode(article.published?.iso, forKey: .published)
            try container.encode(article.paragraphs, forKey: .paragraphs)
            try container.encode(article.headings.map { Heading(text: $0.text, paragraph: $0.paragraph) }, forKey: .headings)
            try container.encode(article.captions, forKey: .captions)
            try container.encode(article.removed, forKey: .removed)
            try container.encode(article.repairs, forKey: .repairs)
            try container.encode(article.wordCount, forKey: .wordCount)
        }
    }
}

/// `{"id", "path", "outlet"}`: how every JSON document lets its article ids be resolved.
public struct ArticleReference: Encodable {
    let id: String
    let path: String
    let outlet: String?

    public init(_ article: Article) {
        id = article.id
        path = article.path
        outlet = article.outlet
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(outlet, forKey: .outlet)
    }

    enum CodingKeys: String, CodingKey { case id, path, outlet }
}

/// JSON as every command prints it: stable key order, readable, `/` unescaped.
public enum ReportJSON {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
