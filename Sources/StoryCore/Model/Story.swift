/// Everything loaded for one story: its articles and what was skipped on the way.
public struct Story: Sendable {
    public var title: String?
    /// The day the story is told from: the day most dated articles were published.
    public var referenceDate: DateStamp?
    public var articles: [Article]
    public var warnings: [LoadWarning]

    public init(title: String?, referenceDate: DateStamp?, articles: [Article], warnings: [LoadWarning]) {
        self.title = title
        self.referenceDate = referenceDate
        self.articles = articles
        self.warnings = warnings
    }
}

/// A file, or a part of one, that could not be read as an article.
public struct LoadWarning: Sendable, Equatable, Codable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
