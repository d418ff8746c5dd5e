import Ink
import Yams

/// Reads Markdown with optional YAML front matter; the body is rendered by Ink and read as HTML.
public enum MarkdownReader {
    public static func read(text: String, path: String) -> (document: SourceDocument, warning: String?) {
        var body = text
        var metadata = PageMetadata()
        var warning: String?
        if let (frontMatter, rest) = splitFrontMatter(text) {
            body = rest
            do {
                // Composed, not loaded: Yams would turn `date:` into a `Date` and lose the page's own offset.
                if let node = try Yams.compose(yaml: frontMatter), case .mapping = node {
                    metadata = JSONFields.metadata(from: plain(node) as? [String: Any] ?? [:])
                } else {
                    warning = "front matter is not a YAML mapping; ignored it and read the body"
                }
            } catch {
                warning = "front matter is not valid YAML; ignored it and read the body"
            }
        }
        let html = MarkdownParser().html(from: shieldedFromInkMetadata(body))
        let blocks = HTMLReader.blocks(fromFragment: html)
        return (SourceDocument(path: path, format: .markdown, metadata: metadata, blocks: blocks), warning)
    }

    /// Ink reads a leading `---` as its own metadata block and runs off the end of the text when
    /// that block is never closed (found by the fuzzer). Front matter is ours to read, so Ink is
    /// given a comment first, which renders to nothing and stops it looking.
    private static func shieldedFromInkMetadata(_ body: String) -> String {
        body.drop(while: \.isWhitespace).hasPrefix("-") ? "<!-- -->\n" + body : body
    }

    /// A YAML node as strings, lists and dictionaries, every scalar kept as written.
    private static func plain(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(plain)
        case .mapping(let mapping):
            var result: [String: Any] = [:]
            for (key, value) in mapping {
                if let name = key.string { result[name] = plain(value) }
            }
            return result
        case .alias: return ""
        }
    }

    /// `---` on the first line, then YAML up to the next `---` or `...` line.
    static func splitFrontMatter(_ text: String) -> (String, String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmed == "---" else { return nil }
        for index in 1..<lines.count where lines[index].trimmed == "---" || lines[index].trimmed == "..." {
            let yaml = lines[1..<index].joined(separator: "\n")
            let rest = lines[(index + 1)...].joined(separator: "\n")
            return (yaml, rest)
        }
        return nil
    }
}
