import Foundation

/// One page's clean article, as `storyline read` prints it: for people (text), for notes and
/// static sites (Markdown), or for pipelines (JSON, the `sources` shape).
public enum PageReport {
    /// Reads one page on its own, not as part of a story: its article, or the warnings that say
    /// why it has none.
    public static func read(data: Data, path: String) -> (article: Article?, warnings: [LoadWarning]) {
        alone(DocumentReader.read(data: data, path: path))
    }

    /// The same for a file on disk.
    public static func read(path: String) -> (article: Article?, warnings: [LoadWarning]) {
        alone(DocumentReader.read(path: path))
    }

    private static func alone(_ result: DocumentReader.Result) -> (article: Article?, warnings: [LoadWarning]) {
        let story = StoryLoader.assemble(documents: result.documents, warnings: result.warnings)
        return (story.articles.first, story.warnings)
    }

    public static func text(_ article: Article) -> String {
        var lines: [String] = []
        lines.append(article.title ?? article.lead ?? article.displayName)
        lines.append(facts(article).joined(separator: " · "))
        if let url = article.url { lines.append(url) }
        for block in article.blocks {
            lines.append("")
            lines.append(block.kind == .listItem ? "• " + block.text : block.text)
        }
        return lines.joined(separator: "\n")
    }

    public static func markdown(_ article: Article) -> String {
        var lines: [String] = []
        lines.append("# " + (article.title ?? article.lead ?? article.displayName))
        lines.append("")
        lines.append("*" + facts(article).joined(separator: " · ") + "*")
        if let url = article.url { lines += ["", "<\(url)>"] }
        for block in article.blocks {
            lines.append("")
            switch block.kind {
            case .heading: lines.append("## " + block.text)
            case .listItem: lines.append("- " + block.text)
            case .paragraph: lines.append(block.text)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The outlet, byline and date, as far as the page states them.
    private static func facts(_ article: Article) -> [String] {
        var facts = [article.displayName]
        if let byline = article.byline { facts.append("by \(byline)") }
        facts.append(article.published?.iso ?? "undated")
        return facts
    }
}
