/// How much of the story each article carries: the statements and events it reports, out of
/// those at least two independent sources report (what one outlet alone says is its own, not the
/// story's; nor is what one agency's copy says, however many outlets reprint it).
///
/// What an article leaves out is the shared items it does not carry; it is worked out on demand,
/// not stored, because listing it for every article grows with articles × items: on a big story
/// those lists would be most of the `sources` JSON.
public struct StoryCoverage: Sendable, Equatable {
    /// Ids of the statements and events at least two independent sources report, in story order.
    public var sharedStatements: [String]
    public var sharedEvents: [String]
    public var articles: [String: Coverage]

    public subscript(article: String) -> Coverage? { articles[article] }

    /// The shared events `article` does not carry, in story order.
    public func missingEvents(of article: String) -> [String] {
        let carried = Set(articles[article]?.events ?? [])
        return sharedEvents.filter { !carried.contains($0) }
    }

    public static func compute(_ story: Story, quotes: QuoteAnalysis, timeline: [TimelineEvent], families: SourceFamilies = .none) -> StoryCoverage {
        let sharedStatements = quotes.statements.filter { families.count($0.mentions.map(\.article)).sources >= 2 }
        let sharedEvents = timeline.filter { families.count($0.mentions.map(\.article)).sources >= 2 }
        // Who carries what, from one walk over the mentions: asking every article about every
        // item would be articles × items lookups.
        let statementsBy = carriers(sharedStatements.map { $0.mentions.map(\.article) })
        let eventsBy = carriers(sharedEvents.map { $0.mentions.map(\.article) })
        var articles: [String: Coverage] = [:]
        for article in story.articles {
            articles[article.id] = Coverage(
                statements: (statementsBy[article.id] ?? []).map { sharedStatements[$0].id },
                events: (eventsBy[article.id] ?? []).map { sharedEvents[$0].id },
                sharedStatementCount: sharedStatements.count, sharedEventCount: sharedEvents.count)
        }
        return StoryCoverage(sharedStatements: sharedStatements.map(\.id), sharedEvents: sharedEvents.map(\.id), articles: articles)
    }

    /// For each article id, the positions of the items among whose mentions it appears, in
    /// order (the items are walked in order, so each list is sorted as it grows).
    private static func carriers(_ items: [[String]]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (position, articles) in items.enumerated() {
            for article in articles where result[article]?.last != position {
                result[article, default: []].append(position)
            }
        }
        return result
    }
}

/// One article's part of the story: the shared statements and events it carries.
public struct Coverage: Sendable, Equatable {
    public var statements: [String]
    public var events: [String]
    /// How many statements and events the story's outlets share, carried here or not.
    public var sharedStatementCount: Int
    public var sharedEventCount: Int

    /// From 0 to 1: the share of the shared statements and events this article carries.
    public var share: Double {
        let total = sharedStatementCount + sharedEventCount
        return total == 0 ? 1 : Double(statements.count + events.count) / Double(total)
    }
}
