/// The `search` document of SPEC.md, and its text form.
public enum SearchReport {
    public static func json(_ story: Story, query: String, total: Int, hits: [SearchHit]) -> JSONValue {
        .object([
            ("articles", ReportParts.articleReferences(story.articles)),
            ("query", .string(query)),
            ("total", .int(total)),
            ("hits", .array(hits.map { hit in
                .object([
                    ("article", .string(hit.article)), ("paragraph", .int(hit.paragraph)), ("score", .double(hit.score)),
                    ("snippet", .string(hit.snippet)), ("matches", .array(hit.matches.map { .array($0.map { .int($0) }) })),
                ])
            })),
        ])
    }

    /// Each hit with its matches in `[brackets]`, so they stand out without colour.
    public static func text(_ story: Story, query: String, total: Int, hits: [SearchHit]) -> String {
        let names = Dictionary(uniqueKeysWithValues: story.articles.map { ($0.id, $0.displayName) })
        var lines = ["\(total) match\(total == 1 ? "" : "es") for \(query)"]
        for hit in hits {
            let place = hit.paragraph < 0 ? "title" : "¶\(hit.paragraph + 1)"
            lines.append("")
            lines.append("\(hit.article) \(names[hit.article] ?? "")  \(place)  score \(hit.score)")
            lines.append("    " + highlighted(hit))
        }
        return lines.joined(separator: "\n")
    }

    static func highlighted(_ hit: SearchHit) -> String {
        let characters = Array(hit.snippet)
        var text = ""
        var position = 0
        for match in hit.matches where match[0] >= position {
            text += String(characters[position..<match[0]]) + "[" + String(characters[match[0]..<match[1]]) + "]"
            position = match[1]
        }
        return text + String(characters[position...])
    }
}

/// The `compare` document of SPEC.md, and its text form with `[-old-]{+new+}` word differences.
public enum CompareReport {
    public static func json(_ story: Story, left: Article, right: Article, pairs: [SentencePair]) -> JSONValue {
        .object([
            ("articles", ReportParts.articleReferences(story.articles)),
            ("left", .string(left.id)),
            ("right", .string(right.id)),
            ("pairs", .array(pairs.map { pair in
                .object([
                    ("relation", .string(pair.relation.rawValue)), ("left", .string(pair.left)), ("right", .string(pair.right)),
                    ("similarity", .double(pair.similarity)),
                    ("wordDiff", pair.changes.isEmpty ? .null : .string(WordDiff.rendered(pair.changes))),
                ])
            })),
        ])
    }

    public static func text(left: Article, right: Article, pairs: [SentencePair]) -> String {
        var lines = [
            "--- \(ArticleResolver.describe(left))", "+++ \(ArticleResolver.describe(right))",
        ]
        var counts: [PairRelation: Int] = [:]
        for pair in pairs {
            counts[pair.relation, default: 0] += 1
            switch pair.relation {
            case .same:
                let identical = pair.changes.allSatisfy { if case .same = $0 { true } else { false } }
                lines.append("  " + (identical ? (pair.left ?? "") : WordDiff.rendered(pair.changes)))
            case .paraphrase:
                lines.append("~ \(pair.left ?? "")")
                lines.append("~ \(pair.right ?? "")")
            case .leftOnly:
                lines.append("- \(pair.left ?? "")")
            case .rightOnly:
                lines.append("+ \(pair.right ?? "")")
            }
        }
        lines.append("")
        lines.append("\(counts[.same] ?? 0) same, \(counts[.paraphrase] ?? 0) reworded, \(counts[.leftOnly] ?? 0) only in \(left.id), \(counts[.rightOnly] ?? 0) only in \(right.id)")
        return lines.joined(separator: "\n")
    }
}
