/// The `sources` document of SPEC.md: the story, every article in full, and the warnings.
public enum SourcesReport {
    /// `coverage`: the statements and events several outlets share, and which each article
    /// carries (see `StoryCoverage`).
    public static func json(_ story: Story, coverage: StoryCoverage? = nil, families: SourceFamilies? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("story", .object([("title", .string(story.title)), ("referenceDate", .string(story.referenceDate?.iso))])),
            ("articles", .array(Parallel.map(story.articles) { article($0, coverage: coverage?[$0.id], family: families?.family[$0.id]) })),
        ]
        if let coverage {
            members.append(("shared", .object([("statements", ids(coverage.sharedStatements)), ("events", ids(coverage.sharedEvents))])))
        }
        members.append(("warnings", ReportParts.warnings(story.warnings)))
        return .object(members)
    }

    private static func ids(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }

    /// `family`: the article's wire-copy family, when families were looked for.
    static func article(_ article: Article, coverage: Coverage?, family: String?? = .none) -> JSONValue {
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
        if case .some(let family) = family { members.append(("family", .string(family))) }
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
    /// `families`: when given, each article's wire-copy family (`null` for an article of its own).
    public static func articleReferences(_ articles: [Article], families: SourceFamilies? = nil) -> JSONValue {
        .array(articles.map { article in
            var members: [(String, JSONValue)] = [("id", .string(article.id)), ("path", .string(article.path)), ("outlet", .string(article.outlet))]
            if let families { members.append(("family", .string(families.family[article.id]))) }
            return .object(members)
        })
    }

    /// How many independent sources carry an item, and how many reprints of them beside.
    public static func carriers(_ articles: [String], _ families: SourceFamilies) -> [(String, JSONValue)] {
        let count = families.count(articles)
        return [("outlets", .int(count.sources)), ("reprints", .int(count.reprints))]
    }

    /// The same for people: `3 outlets`, `3 outlets (+2 reprints)`.
    public static func carriersText(_ articles: [String], _ families: SourceFamilies) -> String {
        let count = families.count(articles)
        return count.sources.counted("outlet") + (count.reprints > 0 ? " (+\(count.reprints.counted("reprint")))" : "")
    }

    public static func warnings(_ warnings: [LoadWarning]) -> JSONValue {
        .array(warnings.map { .object([("path", .string($0.path)), ("message", .string($0.message))]) })
    }
}
