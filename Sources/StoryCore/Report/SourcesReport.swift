/// The `sources` document of SPEC.md: the story, every article in full, and the warnings.
public enum SourcesReport {
    /// `coverage`: the statements and events several outlets share, and which each article
    /// carries (see `StoryCoverage`).
    public static func json(_ story: Story, coverage: StoryCoverage? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("story", .object([("title", .string(story.title)), ("referenceDate", .string(story.referenceDate?.iso))])),
            ("articles", .array(Parallel.map(story.articles) { article($0, coverage: coverage?[$0.id]) })),
        ]
        if let coverage {
            members.append(("shared", .object([("statements", ids(coverage.sharedStatements)), ("events", ids(coverage.sharedEvents))])))
        }
        members.append(("warnings", ReportParts.warnings(story.warnings)))
        return .object(members)
    }

    private static func ids(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }

    static func article(_ article: Article, coverage: Coverage?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(article.id)),
            ("path", .string(article.path)),
            ("format", .string(article.format.rawValue)),
            ("outlet", .string(article.outlet)),
            ("title", .string(article.title)),
            ("byline", .string(article.byline)),
            ("published", .string(article.published?.iso)),
            ("url", .string(article.url)),
            ("paragraphs", .array(article.paragraphs.map { .string($0) })),
            ("headings", .array(article.headings.map { .object([("text", .string($0.text)), ("paragraph", .int($0.paragraph))]) })),
            ("captions", .array(article.captions.map { .string($0) })),
            ("removed", .array(article.removed.map { .object([("text", .string($0.text)), ("reason", .string($0.reason.rawValue))]) })),
            ("repairs", .array(article.repairs.map { .string($0) })),
            ("wordCount", .int(article.wordCount)),
        ]
        if let coverage {
            members.append(("coverage", .object([
                ("share", .double(coverage.share)), ("statements", ids(coverage.statements)), ("events", ids(coverage.events)),
            ])))
        }
        return .object(members)
    }
}

/// Pieces every JSON report shares.
public enum ReportParts {
    /// `{"id", "path", "outlet"}` for each article: how a document lets its article ids be resolved.
    public static func articleReferences(_ articles: [Article]) -> JSONValue {
        .array(articles.map { .object([("id", .string($0.id)), ("path", .string($0.path)), ("outlet", .string($0.outlet))]) })
    }

    public static func warnings(_ warnings: [LoadWarning]) -> JSONValue {
        .array(warnings.map { .object([("path", .string($0.path)), ("message", .string($0.message))]) })
    }
}
