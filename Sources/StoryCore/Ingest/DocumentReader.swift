import Foundation

/// Reads one file into the documents it holds (a JSON array or JSON Lines file holds several).
public enum DocumentReader {
    public struct Result: Sendable {
        public var documents: [SourceDocument] = []
        public var warnings: [LoadWarning] = []
    }

    public static func read(path: String) -> Result {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return Result(warnings: [LoadWarning(path: path, message: "cannot be read (\(reason(error))); skipped")])
        }
        return read(data: data, path: path)
    }

    /// Pages longer than this are read up to it, with a warning: no news article is this long, and
    /// reading a 20 MB dump whole would hold up everything else.
    public static let sizeLimit = 2_000_000

    public static func read(data: Data, path: String) -> Result {
        var data = data
        var warnings: [LoadWarning] = []
        if data.count > sizeLimit {
            let cut = data[..<sizeLimit].lastIndex(of: 0x0A) ?? sizeLimit
            warnings.append(LoadWarning(path: path, message: "is \(data.count / 1_000_000) MB; read its first \(cut / 1000) KB only"))
            data = data[..<cut]
        }
        var result = readWhole(data: data, path: path)
        result.warnings.insert(contentsOf: warnings, at: 0)
        return result
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
            let ext = (path as NSString).pathExtension.lowercased()
            let json = JSONReader.read(text: decoded.text, path: path, linesFirst: ext == "jsonl" || ext == "ndjson")
            result.documents = json.documents
            result.warnings = json.warnings.map { LoadWarning(path: path, message: $0) }
        case .text:
            result.documents = [SourceDocument(path: path, format: .text, blocks: PlainTextReader.blocks(from: decoded.text))]
        }
        for index in result.documents.indices { result.documents[index].repairs = decoded.repairs }
        return result
    }

    /// By extension, checked by content: a `.txt` that is a saved page is read as HTML.
    static func format(path: String, text: String) -> SourceFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return .markdown
        case "json", "jsonl", "ndjson": return .json
        default:
            let start = text.prefix(512).trimmed.lowercased()
            if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
            if start.hasPrefix("---\n"), MarkdownReader.splitFrontMatter(text) != nil { return .markdown }
            return .text
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue)).lowercased()
        }
        return "read error"
    }
}
