import CCmark
import Yams

/// Reads Markdown with optional YAML front matter; the body is rendered by cmark (the
/// CommonMark reference parser) and read as HTML. Raw HTML in the body is kept: it is our
/// HTML reader that reads it, and its markup (`<nav>`, `<aside>`) says what is page furniture.
public enum MarkdownReader {
    public static func read(text: String, path: String) -> (document: SourceDocument, warning: String?) {
        var body = text
        var metadata = PageMetadata()
        var warning: String?
        if let (frontMatter, rest) = splitFrontMatter(text) {
            body = rest
            do {
                // Composed, not loaded: Yams would turn `date:` into a `Date` and lose the page's own offset.
                // UTF-8 said outright: Yams's default reads the whole environment on every call (a
                // sixth of reading a Markdown file) and prints to standard output when a variable sets it.
                if let node = try Yams.compose(yaml: frontMatter, .default, .default, .utf8), case .mapping = node {
                    metadata = JSONFields.metadata(from: plain(node) as? [String: Any] ?? [:])
                } else {
                    warning = "front matter is not a YAML mapping; ignored it and read the body"
                }
            } catch {
                warning = "front matter is not valid YAML; ignored it and read the body"
            }
        }
        let blocks = HTMLReader.blocks(fromFragment: html(body))
        return (SourceDocument(path: path, format: .markdown, metadata: metadata, blocks: blocks), warning)
    }

    /// The body as HTML. cmark parses in linear time whatever the input (Ink, used before, was
    /// a third of reading a story's files and could loop for ever on `<p` with no `>`).
    static func html(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            let options = CMARK_OPT_UNSAFE | CMARK_OPT_NOBREAKS
            guard let base = bytes.baseAddress, let rendered = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                cmark_markdown_to_html($0, bytes.count, options)
            }) else { return "" }
            defer { storyline_cmark_free(rendered) }
            return String(cString: rendered)
        }
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
        let lines = text.parts(separatedBy: 0x0A, omittingEmpty: false)
        guard let first = lines.first, first.trimmed == "---" else { return nil }
        for index in 1..<lines.count where lines[index].trimmed == "---" || lines[index].trimmed == "..." {
            let yaml = lines[1..<index].joined(separator: "\n")
            let rest = lines[(index + 1)...].joined(separator: "\n")
            return (yaml, rest)
        }
        return nil
    }
}
