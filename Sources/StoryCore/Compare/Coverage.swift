/// How much of the story an article carries: the statements and events it reports, out of those
/// at least two outlets report (what one outlet alone says is its own, not the story's).
public struct Coverage: Sendable, Equatable {
    public var statements: [String]
    public var events: [String]
    public var missingStatements: [String]
    public var missingEvents: [String]

    /// From 0 to 1: the share of the shared statements and events this article carries.
    public var share: Double {
        let total = statements.count + events.count + missingStatements.count + missingEvents.count
        return total == 0 ? 1 : Double(statements.count + events.count) / Double(total)
    }

    public static func compute(_ story: Story, quotes: QuoteAnalysis, timeline: [TimelineEvent]) -> [String: Coverage] {
        let sharedStatements = quotes.statements.filter { Set($0.mentions.map(\.article)).count >= 2 }
        let sharedEvents = timeline.filter { Set($0.mentions.map(\.article)).count >= 2 }
        var result: [String: Coverage] = [:]
        for article in story.articles {
            let carriesStatement = sharedStatements.map { statement in (statement.id, statement.mentions.contains { $0.article == article.id }) }
            let carriesEvent = sharedEvents.map { event in (event.id, event.mentions.contains { $0.article == article.id }) }
            result[article.id] = Coverage(
                statements: carriesStatement.filter(\.1).map(\.0), events: carriesEvent.filter(\.1).map(\.0),
                missingStatements: carriesStatement.filter { !$0.1 }.map(\.0), missingEvents: carriesEvent.filter { !$0.1 }.map(\.0))
        }
        return result
    }
}
