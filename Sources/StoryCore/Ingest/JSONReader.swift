import Foundation

/// Reads scraper output: one article object, an array of them, or JSON Lines.
public enum JSONReader {
    public struct Result {
        public var documents: [SourceDocument] = []
        public var warnings: [String] = []
    }

    public static func read(text: String, path: String, linesFirst: Bool) -> Result {
        var result = Result()
        if !linesFirst, let items = JSONArrayItems.split(text) {
            if items.count > itemLimit {
                result.warnings.append("holds \(items.count) items; read the first \(itemLimit) only")
            }
            for (index, item) in items.prefix(itemLimit).enumerated() {
                let name = "\(path)#\(index + 1)"
                guard let value = parse(String(item)) else {
                    result.warnings.append("\(label(name)) is not valid JSON; skipped it")
                    continue
                }
                add(value, name: name, to: &result)
            }
            return result
        }
        if !linesFirst, let value = parse(text) {
            let objects = (value as? [Any]) ?? [value]
            for (index, object) in objects.enumerated() {
                let name = objects.count > 1 || value is [Any] ? "\(path)#\(index + 1)" : path
                add(object, name: name, to: &result)
            }
            return result
        }
        var lineNumber = 0
        var parsedAny = false
        var items = 0
        for line in text.parts(separatedBy: 0x0A, omittingEmpty: false) {
            lineNumber += 1
            guard !line.trimmed.isEmpty else { continue }
            items += 1
            guard items <= itemLimit else {
                result.warnings.append("holds over \(itemLimit) items; read the first \(itemLimit) only")
                break
            }
            guard let value = parse(String(line)) else {
                result.warnings.append("line \(lineNumber) is not valid JSON; skipped it")
                continue
            }
            parsedAny = true
            add(value, name: "\(path)#\(lineNumber)", to: &result)
        }
        if !parsedAny, !linesFirst { result.warnings = ["is not valid JSON; skipped"] }
        return result
    }

    /// The most articles read from one batch: a story of 2,000 wire copies is a twenty-fifth of
    /// it, and each item read is held in memory until the story is built.
    static let itemLimit = 50_000

    private static func parse(_ text: String) -> Any? {
        guard let data = text.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    private static func add(_ value: Any, name: String, to result: inout Result) {
        guard let object = value as? [String: Any] else {
            result.warnings.append("\(label(name)) is not an article object; skipped it")
            return
        }
        let body = ["text", "content", "body", "maintext", "article", "articleBody", "description"].lazy
            .compactMap { object[$0] }.first
        let text = (body as? String) ?? (body as? [Any])?.compactMap { $0 as? String }.joined(separator: "\n\n")
        guard var text, !text.trimmed.isEmpty else {
            let why = body == nil ? "has no text, content or body field" : "has a text field that is not text"
            result.warnings.append("\(label(name)) \(why); skipped it")
            return
        }
        if text.utf8.count > DocumentReader.sizeLimit {
            var end = text.utf8.index(text.utf8.startIndex, offsetBy: DocumentReader.sizeLimit)
            while end.samePosition(in: text.unicodeScalars) == nil { end = text.utf8.index(before: end) }
            text = String(text[..<end])
            result.warnings.append("\(label(name)) has over \(DocumentReader.sizeLimit / 1000) KB of text; read that much only")
        }
        let blocks = looksLikeHTML(text) ? HTMLReader.blocks(fromFragment: text) : PlainTextReader.blocks(from: text)
        result.documents.append(
            SourceDocument(path: name, format: .json, metadata: JSONFields.metadata(from: object), blocks: blocks))
    }

    private static func label(_ name: String) -> String {
        guard let hash = name.lastIndex(of: "#") else { return "the object" }
        return "item \(name[name.index(after: hash)...])"
    }

    /// Scrapers often keep the page's paragraph markup in the text field.
    private static func looksLikeHTML(_ text: String) -> Bool {
        // Most text fields hold no markup at all: one byte scan spares lowercasing them.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
        let lowered = text.lowercased()
        return ["<p>", "<p ", "<br", "<div", "</p>", "<h2"].contains { lowered.contains($0) }
    }
}

/// Field lookup by the common names scrapers and front matter use.
enum JSONFields {
    static func metadata(from object: [String: Any]) -> PageMetadata {
        func first(_ keys: [String]) -> Any? {
            for key in keys {
                if let value = object[key] ?? object.first(where: { $0.key.lowercased() == key.lowercased() })?.value {
                    return value
                }
            }
            return nil
        }
        return PageMetadata(
            title: string(first(["title", "headline"])),
            outlet: name(first(["outlet", "source", "site", "site_name", "publisher", "source_domain"])),
            byline: name(first(["byline", "author", "authors", "creator"])).map(Bylines.clean),
            published: first(["published", "date", "publishedAt", "published_at", "date_publish", "datePublished", "pubDate"])
                .flatMap(timestamp),
            url: string(first(["url", "link", "canonical"])))
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.trimmed.isEmpty ? nil : text.trimmed
        case let number as NSNumber where !(value is Bool): return number.stringValue
        default: return nil
        }
    }

    /// A name from a string, an object with `name`, or a list of either.
    static func name(_ value: Any?) -> String? {
        if let text = string(value) { return text.collapsedWhitespace }
        if let object = value as? [String: Any] { return string(object["name"]) ?? string(object["title"]) }
        if let list = value as? [Any] {
            let names = list.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    private static func timestamp(_ value: Any) -> DateStamp? {
        if let text = string(value) { return DateParser.timestamp(text) }
        if let date = value as? Date {
            let parts = Foundation.Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            return DateStamp(year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour, minute: parts.minute, second: parts.second, offsetMinutes: 0)
        }
        return nil
    }
}
