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
            (metadata, warning) = readFrontMatter(frontMatter)
        }
        let blocks = HTMLReader.blocks(fromFragment: html(body))
        return (SourceDocument(path: path, format: .markdown, metadata: metadata, blocks: blocks), warning)
    }

    /// The body as HTML. cmark parses in linear time whatever the input; a hand-written reader
    /// can loop for ever on `<p` with no `>`.
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

    /// Front matter longer than this is not parsed: an article's runs to a few hundred bytes, and
    /// the YAML parser's work need not be trusted on megabytes.
    static let frontMatterLimit = 64_000

    /// At most this many values are taken from front matter. YAML aliases let a few hundred bytes
    /// name billions of values (each `*a` repeats all that `&a` holds, and aliases nest), so the
    /// values are counted as they are read, aliased ones every time, and reading stops here.
    static let frontMatterValueLimit = 10_000

    static func readFrontMatter(_ frontMatter: String) -> (PageMetadata, warning: String?) {
        guard frontMatter.utf8.count <= frontMatterLimit else {
            return (PageMetadata(), "front matter is over \(frontMatterLimit / 1000) KB; ignored it and read the body")
        }
        let node: Node?
        do {
            // Composed, not loaded: Yams would turn `date:` into a `Date` and lose the page's own
            // offset. Composing shares an aliased node rather than copying it. UTF-8 is said
            // outright: Yams's default reads the whole environment on every call and prints to
            // standard output when a variable sets it.
            node = try Yams.compose(yaml: frontMatter, .default, .default, .utf8)
        } catch {
            return (PageMetadata(), "front matter is not valid YAML; ignored it and read the body")
        }
        guard case .mapping(let mapping) = node else {
            return (PageMetadata(), "front matter is not a YAML mapping; ignored it and read the body")
        }
        var budget = frontMatterValueLimit
        var fields: [String: Any] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard let plain = plain(value, budget: &budget) else {
                let warning = "front matter holds over \(frontMatterValueLimit) values (nested YAML aliases?); read the fields before that point and the body"
                return (JSONFields.metadata(from: fields), warning)
            }
            fields[name] = plain
        }
        return (JSONFields.metadata(from: fields), nil)
    }

    /// A YAML node as strings, lists and dictionaries, every scalar kept as written; nil once
    /// `budget` values have been read.
    private static func plain(_ node: Node, budget: inout Int) -> Any? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence):
            var items: [Any] = []
            for item in sequence {
                guard let value = plain(item, budget: &budget) else { return nil }
                items.append(value)
            }
            return items
        case .mapping(let mapping):
            var result: [String: Any] = [:]
            for (key, value) in mapping {
                guard let value = plain(value, budget: &budget) else { return nil }
                if let name = key.string { result[name] = value }
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
