/// `storyline sources` for people: one entry per outlet, then what was skipped.
public enum SourcesText {
    /// `families`: the wire copies among the articles, each named beside its family's others.
    public static func render(_ story: Story, coverage: StoryCoverage? = nil, families: SourceFamilies = .none) -> String {
        var lines: [String] = []
        let dated = story.referenceDate.map { " — told from \($0.iso)" } ?? ""
        lines.append("\(story.title ?? "Untitled story")\(dated)")
        lines.append(story.articles.count.counted("article"))
        var members: [String: [String]] = [:]
        for article in story.articles { if let family = families.family[article.id] { members[family, default: []].append(article.id) } }
        for article in story.articles {
            lines.append("")
            let date = article.published?.iso ?? "undated"
            lines.append("\(article.id)  \(article.displayName)  ·  \(date)  ·  \(article.format.rawValue)")
            if let title = article.title { lines.append("    \(title)") }
            if let byline = article.byline { lines.append("    by \(byline)") }
            var facts = [article.wordCount.counted("word"), article.prose.count.counted("paragraph")]
            if !article.captions.isEmpty { facts.append(article.captions.count.counted("caption")) }
            lines.append("    " + facts.joined(separator: ", "))
            if let family = families.family[article.id] {
                let copies = members[family] ?? []
                // A wire story in five hundred reprints names a few of them, and counts the rest.
                let others = copies.prefix(6).filter { $0 != article.id }.prefix(5)
                let rest = copies.count - 1 - others.count
                let named = others.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
                lines.append("    the same copy as \(named) (family \(family))")
            }
            if let coverage, let carried = coverage[article.id] {
                let share = Int((carried.share * 100).rounded())
                lines.append("    carries \(share)% of the story: \(carried.statements.count) of \(coverage.sharedStatements.count) shared statements, \(carried.events.count) of \(coverage.sharedEvents.count) shared events")
            }
            if !article.removed.isEmpty {
                var counts: [String: Int] = [:]
                for block in article.removed { counts[block.reason.rawValue, default: 0] += 1 }
                let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                lines.append("    removed: \(summary)")
            }
            if !article.repairs.isEmpty { lines.append("    repaired: \(article.repairs.joined(separator: ", "))") }
            if let url = article.url { lines.append("    \(url)") }
            lines.append("    \(article.path)")
        }
        if !story.warnings.isEmpty {
            lines.append("")
            lines.append("\(story.warnings.count.counted("warning")) (on standard error)")
        }
        return lines.joined(separator: "\n")
    }
}
