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
        let html = MarkdownParser().html(from: shieldedFromInk(body))
        let blocks = HTMLReader.blocks(fromFragment: html)
        return (SourceDocument(path: path, format: .markdown, metadata: metadata, blocks: blocks), warning)
    }

    /// Two inputs Ink cannot take, both found by the fuzzer:
    /// - a leading `---` is read as Ink's own metadata block, which runs off the end of the text
    ///   when never closed. Front matter is ours to read, so Ink is given a comment first, which
    ///   renders to nothing and stops it looking;
    /// - `<p` with no `>` after it loops for ever: the paragraph reader stops before `<p` to let
    ///   an HTML block start there, the HTML reader finds no tag and hands back to the paragraph
    ///   reader, and so on. Such a `<` is no tag, so it is given to Ink as `&lt;`.
    static func shieldedFromInk(_ body: String) -> String {
        var text = body.drop(while: \.isWhitespace).hasPrefix("-") ? "<!-- -->\n" + body : body
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let characters = Array(text)
        let lastClose = characters.lastIndex(of: ">") ?? -1
        let open = characters.indices.filter { index in
            index > lastClose && characters[index] == "<" && index + 1 < characters.count && characters[index + 1].lowercased() == "p"
        }
        guard !open.isEmpty else { return text }
        var shielded = characters
        for index in open.reversed() { shielded.replaceSubrange(index...index, with: Array("&lt;")) }
        text = String(shielded)
        return text
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
