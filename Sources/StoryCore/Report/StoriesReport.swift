import Foundation

/// The `stories` document of SPEC.md, and its text form for people.
public enum StoriesReport {
    public static func json(_ story: Story, _ found: StoryGroups) -> JSONValue {
        .object([
            ("articles", ReportParts.articleReferences(story.articles)),
            ("stories", .array(found.groups.map { group in
                let articles = group.articles.map { story.articles[$0] }
                let span = dates(articles)
                return .object([
                    ("id", .string(group.id)), ("label", .string(group.label)),
                    ("from", .string(span?.from)), ("to", .string(span?.to)),
                    ("outlets", .int(Set(articles.map(\.displayName)).count)),
                    ("articles", .array(group.articles.map { index in
                        let article = story.articles[index]
                        return .object([
                            ("id", .string(article.id)), ("path", .string(article.path)), ("outlet", .string(article.outlet)),
                            ("published", .string(article.published?.iso)), ("family", .string(found.families[index])),
                        ])
                    })),
                ])
            })),
            ("warnings", ReportParts.warnings(story.warnings)),
        ])
    }

    public static func text(_ story: Story, _ found: StoryGroups) -> String {
        let count = found.groups.count == 1 ? "1 story" : "\(found.groups.count) stories"
        var lines: [String] = ["\(count) in \(story.articles.count.counted("article"))"]
        for group in found.groups {
            let articles = group.articles.map { story.articles[$0] }
            let span = dates(articles).map { $0.from == $0.to ? $0.from : "\($0.from) – \($0.to)" } ?? "undated"
            let outlets = Set(articles.map(\.displayName)).count
            lines.append("")
            lines.append("\(group.id)  \(group.label)")
            lines.append("     \(articles.count.counted("article")) · \(outlets.counted("outlet")) · \(span)")
            for index in group.articles {
                let article = story.articles[index]
                let family = found.families[index].map { "  [\($0)]" } ?? ""
                lines.append("     \(article.id)  \(article.displayName)  \(article.published.map { String($0.iso.prefix(10)) } ?? "undated")\(family)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first and last publication days of the articles that have one.
    static func dates(_ articles: [Article]) -> (from: String, to: String)? {
        let days = articles.compactMap { $0.published.map { String($0.iso.prefix(10)) } }.sorted()
        guard let first = days.first, let last = days.last else { return nil }
        return (first, last)
    }
}
