import Foundation

/// The `quotes` document of SPEC.md: speakers, and each statement with every outlet's wording.
public enum QuotesReport {
    /// `families`: the wire-copy families, so that each statement counts independent sources.
    public static func json(_ story: Story, _ analysis: QuoteAnalysis, families: SourceFamilies = .none) -> JSONValue {
        .object([
            ("articles", ReportParts.articleReferences(story.articles, families: families)),
            ("speakers", .array(analysis.speakers.map { speaker in
                .object([
                    ("id", .string(speaker.id)), ("name", .string(speaker.name)), ("kind", .string(speaker.kind.rawValue)),
                    ("aliases", .array(speaker.aliases.map { .string($0) })), ("role", .string(speaker.role)),
                ])
            })),
            // Each statement's word differences on both cores: there is one for every wording of
            // every statement, and the rest of the command's end runs in turn.
            ("quotes", .array(Parallel.map(analysis.statements) { statement in
                .object([
                    ("id", .string(statement.id)), ("speaker", .string(statement.speaker)),
                    ("kind", .string(statement.kind.rawValue)), ("text", .string(statement.text)),
                ] + ReportParts.carriers(statement.mentions.map(\.article), families) + [
                    ("mentions", .array(statement.mentions.map { mention in
                        .object([
                            ("article", .string(mention.article)), ("kind", .string(mention.kind.rawValue)),
                            ("text", .string(mention.text)), ("paragraph", .int(mention.paragraph)),
                            ("relation", .string(mention.relation.rawValue)), ("speakerText", .string(mention.speakerText)),
                            ("wordDiff", mention.relation == .verbatim || mention.kind == .indirect
                                ? .null : .string(WordDiff.rendered(WordDiff.changes(from: statement.text, to: mention.text)))),
                        ])
                    })),
                ])
            })),
        ])
    }

    /// Statements grouped by speaker, each with the outlets that carry it and their wording.
    public static func text(_ story: Story, _ analysis: QuoteAnalysis, families: SourceFamilies = .none) -> String {
        let outlets = Dictionary(uniqueKeysWithValues: story.articles.map { ($0.id, $0.displayName) })
        let width = story.articles.map { "\($0.id) \($0.displayName)".count }.max() ?? 0
        var lines: [String] = []
        let bySpeaker = Dictionary(grouping: analysis.statements, by: { $0.speaker ?? "" })
        let order = analysis.speakers.map(\.id) + (bySpeaker[""] == nil ? [] : [""])
        for id in order {
            guard let statements = bySpeaker[id] else { continue }
            if !lines.isEmpty { lines.append("") }
            if let speaker = analysis.speakers.first(where: { $0.id == id }) {
                var header = speaker.name
                if speaker.kind != .person { header += " (\(speaker.kind.rawValue))" }
                if let role = speaker.role { header += " — \(role)" }
                if !speaker.aliases.isEmpty { header += "  (also: \(speaker.aliases.joined(separator: ", ")))" }
                lines.append(header)
            } else {
                lines.append("Speaker not named")
            }
            for statement in statements {
                let described = statement.describedSpeaker.map { ", by \($0)" } ?? ""
                lines.append("  \(statement.id)  \(statement.kind.rawValue), \(ReportParts.carriersText(statement.mentions.map(\.article), families))\(described)")
                lines.append("      “\(statement.text)”")
                for mention in statement.mentions {
                    let source = "\(mention.article) \(outlets[mention.article] ?? "")"
                    let padded = source + String(repeating: " ", count: max(0, width - source.count))
                    let quoted = mention.kind == .indirect ? mention.text : "“\(mention.text)”"
                    lines.append("      \(padded)  \(mention.relation.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(quoted)")
                }
            }
        }
        if lines.isEmpty { lines.append("No quoted or reported statements found.") }
        return lines.joined(separator: "\n")
    }
}
