import Foundation

/// The `timeline` document of SPEC.md, and its text form for people.
public enum TimelineReport {
    /// `families`: the wire-copy families, so that each event counts independent sources.
    public static func json(_ story: Story, _ events: [TimelineEvent], families: SourceFamilies = .none) -> JSONValue {
        .object([
            ("articles", ReportParts.articleReferences(story.articles, families: families)),
            ("events", .array(events.map { event in
                .object([
                    ("id", .string(event.id)),
                    ("date", .string(event.date.iso)),
                    ("precision", .string(event.date.precision.reported.rawValue)),
                    ("approximate", .bool(event.date.approximate)),
                    ("summary", .string(event.summary)),
                ] + ReportParts.carriers(event.mentions.map(\.article), families) + [
                    ("mentions", .array(event.mentions.map { mention in
                        .object([
                            ("article", .string(mention.article)), ("paragraph", .int(mention.paragraph)),
                            ("text", .string(mention.text)), ("expression", .string(mention.expression)),
                            ("date", .string(mention.date.iso)), ("caption", .bool(mention.fromCaption)), ("lead", .bool(mention.lead)), ("aside", .bool(mention.aside)),
                        ])
                    })),
                    ("alternatives", .array(event.alternatives.map { .object([("date", .string($0.date.iso)), ("articles", .array($0.articles.map { .string($0) }))]) })),
                    ("conflicts", .array(event.conflicts.map { conflict in
                        .object([
                            ("what", .string(conflict.what)),
                            ("values", .array(conflict.values.map { .object([("value", .string($0.value)), ("articles", .array($0.articles.map { .string($0) }))]) })),
                        ])
                    })),
                ])
            })),
        ])
    }

    public static func text(_ story: Story, _ events: [TimelineEvent], families: SourceFamilies = .none) -> String {
        let names = Dictionary(uniqueKeysWithValues: story.articles.map { ($0.id, $0.displayName) })
        var lines: [String] = []
        if let reference = story.referenceDate { lines.append("Told from \(reference.iso); undated articles read from that day, or from a dated copy's.") }
        for event in events {
            let approximate = event.date.approximate ? "~" : " "
            let date = (approximate + event.date.iso).padding(toLength: 12, withPad: " ", startingAt: 0)
            let precision = event.date.precision.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let flag = event.alternatives.isEmpty && event.conflicts.isEmpty ? " " : "!"
            lines.append("")
            lines.append("\(flag)\(date)\(precision)\(event.summary)")
            let sources = event.mentions.map { "\($0.article) \(names[$0.article] ?? "") (\($0.lead ? $0.leadName : $0.expression)\($0.fromCaption ? ", caption" : ""))" }
            var seen: Set<String> = []
            for source in sources where seen.insert(source).inserted { lines.append("                    \(source)") }
            if families.count(event.mentions.map(\.article)).reprints > 0 {
                lines.append("                    reported by " + ReportParts.carriersText(event.mentions.map(\.article), families))
            }
            for alternative in event.alternatives {
                lines.append("                    ! \(alternative.articles.joined(separator: ", ")) give \(alternative.date.iso) instead")
            }
            for conflict in event.conflicts {
                let values = conflict.values.map { "\($0.value) (\($0.articles.joined(separator: ", ")))" }.joined(separator: " vs ")
                lines.append("                    ! \(conflict.what): \(values)")
            }
        }
        if events.isEmpty {
            // Without any article's day, `on Friday` and `yesterday` cannot be placed: say why.
            lines.append(story.referenceDate == nil && !story.articles.isEmpty
                ? "No dated events found: no article gives its publication date, so days such as \"on Friday\" cannot be placed (a text page can give it on a line such as \"Published 2024-12-10\")."
                : "No dated events found.")
        }
        return lines.joined(separator: "\n")
    }
}
