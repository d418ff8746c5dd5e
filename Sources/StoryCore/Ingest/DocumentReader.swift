import Foundation

/// Reads one file into the documents it holds (a JSON array or JSON Lines file holds several).
public enum DocumentReader {
    public struct Result: Sendable {
        public var documents: [SourceDocument] = []
        public var warnings: [LoadWarning] = []
    }

    public static func read(path: String) -> Result {
        switch RegularFile.read(path, upTo: sizeLimit(for: path) + 1) {
        case .read(let data, let size): return read(data: data, path: path, size: max(size, data.count))
        case .notRegular(let kind): return Result(warnings: [LoadWarning(path: path, message: kind.skipped ?? "skipped")])
        case .failed(let reason): return Result(warnings: [LoadWarning(path: path, message: "cannot be read (\(reason)); skipped")])
        }
    }

    /// Pages longer than this are read up to it, with a warning: no news article is this long, and
    /// reading a 20 MB dump whole would hold up everything else.
    public static let sizeLimit = 2_000_000

    /// A JSON file is a scraper's batch of many articles (2,000 wire copies make about 7 MB), so it
    /// may be larger; each article in it is still held to `sizeLimit`.
    public static let batchSizeLimit = 64_000_000

    static func sizeLimit(for path: String) -> Int {
        isBatch(path) ? batchSizeLimit : sizeLimit
    }

    private static func isBatch(_ path: String) -> Bool {
        ["json", "jsonl", "ndjson"].contains(FileCollector.lowercasedExtension(of: path))
    }

    public static func read(data: Data, path: String, size: Int? = nil) -> Result {
        var data = data
        var warnings: [LoadWarning] = []
        let limit = sizeLimit(for: path)
        if data.count > limit {
            let cut = cutPoint(data, limit: limit)
            let megabytes = String(format: "%.1f", Double(size ?? data.count) / 1_000_000)
            warnings.append(LoadWarning(path: path, message: "is \(megabytes) MB; read its first \(cut / 1000) KB only"))
            data = data[..<cut]
        }
        var result = readWhole(data: data, path: path)
        result.warnings.insert(contentsOf: warnings, at: 0)
        return result
    }

    /// The last line break before the limit, or failing that a point that does not split a UTF-8
    /// character (a split one would make the whole page look like a legacy encoding).
    static func cutPoint(_ data: Data, limit: Int) -> Int {
        let start = data.startIndex
        let window = data[start..<(start + limit)]
        let utf16 = window.prefix(4096).contains(0)
        if !utf16, let newline = window.lastIndex(of: 0x0A), newline - start > limit / 2 { return newline - start }
        var cut = start + limit
        if utf16 {
            // UTF-16 (the only text with NUL bytes that gets this far): whole code units.
            return (cut - start) & ~1
        }
        while cut > start, data[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut - start
    }

    private static func readWhole(data: Data, path: String) -> Result {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(data)
        } catch {
            return Result(warnings: [LoadWarning(path: path, message: error.description)])
        }
        var result = Result()
        switch format(path: path, text: decoded.text) {
        case .html:
            result.documents = [HTMLReader.read(html: decoded.text, path: path)]
        case .markdown:
            let (document, warning) = MarkdownReader.read(text: decoded.text, path: path)
            result.documents = [document]
            if let warning { result.warnings.append(LoadWarning(path: path, message: warning)) }
        case .json:
            let ext = FileCollector.lowercasedExtension(of: path)
            let json = JSONReader.read(text: decoded.text, path: path, linesFirst: ext == "jsonl" || ext == "ndjson")
            result.documents = json.documents
            result.warnings = json.warnings.map { LoadWarning(path: path, message: $0) }
        case .text:
            result.documents = [SourceDocument(path: path, format: .text, blocks: PlainTextReader.blocks(from: decoded.text))]
        }
        for index in result.documents.indices {
            result.documents[index].repairs = decoded.repairs
            result.documents[index].blocks = result.documents[index].blocks.flatMap(LongBlocks.split)
        }
        return result
    }

    /// By extension, checked by content: a `.txt` that is a saved page is read as HTML.
    static func format(path: String, text: String) -> SourceFormat {
        switch FileCollector.lowercasedExtension(of: path) {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return .markdown
        case "json", "jsonl", "ndjson": return .json
        default:
            // Only the first characters are lowercased to sniff the type (a character's lowercase
            // never depends on what follows it).
            let start = text.prefix(512).trimmed.prefix(16).lowercased()
            if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
            if start.hasPrefix("---\n"), MarkdownReader.splitFrontMatter(text) != nil { return .markdown }
            return .text
        }
    }
}
