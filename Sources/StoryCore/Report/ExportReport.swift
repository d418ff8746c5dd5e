/// `export --format jsonl`: one JSON object per article, on one line, with its normalized text,
/// its story and wire-copy family, the statements quoted in it and the dated events it reports,
/// in a shape a search engine's bulk loader or a Spark job reads as it is.
public enum ExportReport {
    /// The lines for one story of the folder, its quotations and timeline worked out on it alone.
    public static func lines(_ story: Story, group: StoryGroups.Group, families: [Int: String]) -> [String] {
        var copies: [String: String] = [:]
        for (index, article) in zip(group.articles, story.articles) { copies[article.id] = families[index] }
        let (quotes, events, _) = StoryAnalysis.run(story, families: SourceFamilies(family: copies))
        let speakers = Dictionary(uniqueKeysWithValues: quotes.speakers.map { ($0.id, $0) })
        var statementsOf: [String: [JSONValue]] = [:]
        for statement in quotes.statements {
            let speaker = statement.speaker.flatMap { speakers[$0] }
            for mention in statement.mentions {
                statementsOf[mention.article, default: []].append(.object([
                    ("statement", .string("\(group.id)/\(statement.id)")), ("speaker", .string(speaker?.name ?? statement.describedSpeaker)),
                    ("speakerKind", .string(speaker?.kind.rawValue)), ("kind", .string(mention.kind.rawValue)),
                    ("paragraph", .int(mention.paragraph)), ("text", .string(mention.text)),
                ]))
            }
        }
        var eventsOf: [String: [JSONValue]] = [:]
        for event in events {
            for mention in event.mentions {
                eventsOf[mention.article, default: []].append(.object([
                    ("event", .string("\(group.id)/\(event.id)")), ("date", .string(event.date.iso)),
                    ("precision", .string(event.date.precision.reported.rawValue)), ("summary", .string(event.summary)),
                    ("paragraph", .int(mention.paragraph)), ("expression", .string(mention.expression)), ("lead", .bool(mention.lead)),
                    ("aside", .bool(mention.aside)),
                    ("disputed", .bool(!event.alternatives.isEmpty || !event.conflicts.isEmpty)),
                ]))
            }
        }
        return zip(group.articles, story.articles).map { index, article in
            JSONValue.object([
                ("id", .string(article.id)), ("path", .string(article.path)), ("url", .string(article.url)),
                ("outlet", .string(article.outlet)), ("title", .string(article.title)), ("byline", .string(article.byline)),
                ("published", .string(article.published?.iso)),
                ("story", .string(group.id)), ("storyLabel", .string(group.label)), ("family", .string(families[index])),
                ("text", .string(article.paragraphs.joined(separator: "\n\n"))),
                ("paragraphs", .array(article.paragraphs.map { .string($0) })),
                ("quotes", .array(statementsOf[article.id] ?? [])),
                ("events", .array(eventsOf[article.id] ?? [])),
            ]).rendered(pretty: false)
        }
    }
}
