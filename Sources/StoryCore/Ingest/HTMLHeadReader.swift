import CLibXML2
import Foundation

/// Page metadata from `<title>`, `<meta>` tags and JSON-LD `NewsArticle` objects.
enum HTMLHeadReader {
    static func metadata(root: xmlNodePtr) -> PageMetadata {
        var meta: [String: String] = [:]
        var pageTitle: String?
        var canonical: String?
        var jsonLD: [PageMetadata] = []
        var otherLDDate: DateStamp?
        var scriptDate: DateStamp?
        visit(root) { node, name in
            switch name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
                if let key, let content = node.attribute("content")?.collapsedWhitespace, !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" { canonical = node.attribute("href") }
            case "title":
                if pageTitle == nil { pageTitle = node.textContent.collapsedWhitespace }
            case "script":
                let type = node.attribute("type")?.lowercased()
                if type == "application/ld+json" || type == nil && JSONLDReader.looksLikeJSONLD(node.textContent) {
                    let found = JSONLDReader.read(node.textContent)
                    jsonLD.append(contentsOf: found.articles)
                    if otherLDDate == nil { otherLDDate = found.otherDate }
                } else if scriptDate == nil {
                    // A page's own data for its scripts names the publication time too.
                    scriptDate = ScriptData.publicationDate(in: node.textContent)
                }
            default:
                break
            }
        }
        let fromMeta = PageMetadata(
            title: meta["og:title"] ?? meta["twitter:title"] ?? meta["headline"],
            outlet: meta["og:site_name"] ?? meta["application-name"] ?? meta["publisher"],
            byline: meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
                ?? meta["byl"].map { Bylines.clean($0) } ?? meta["dc.creator"],
            published: MetaDates.stated(in: meta, names: MetaDates.publication),
            url: meta["og:url"] ?? canonical)
        var fromLD = jsonLD.first ?? PageMetadata()
        // A page's own object dated when no article object is (`WebPage`, `VideoObject`, `Recipe`).
        if fromLD.published == nil, fromMeta.published == nil { fromLD.published = otherLDDate }
        var result = fromLD.filled(from: fromMeta)
        // Generic `date` tags are often a page's last edit: they lose to a date line in the header.
        result.weakPublished = MetaDates.stated(in: meta, names: MetaDates.generic) ?? scriptDate
        result.updated = MetaDates.stated(in: meta, names: MetaDates.modification)
        if var pageTitle {
            // `Headline | 02.11.2021`: a segment of the title that is only a date dates the page.
            let segments = pageTitle.split(separator: "|").map { $0.trimmed }
            if segments.count >= 2, let dated = segments.firstIndex(where: Self.isOnlyDate) {
                if result.weakPublished == nil { result.weakPublished = DateParser.timestamp(segments[dated]) }
                pageTitle = segments.enumerated().filter { $0.offset != dated }.map(\.element).joined(separator: " | ")
            }
            let (title, site) = TitleCleaner.splitSiteSuffix(pageTitle, outlet: result.outlet)
            if result.title == nil { result.title = title }
            if result.outlet == nil { result.outlet = site }
        }
        return result
    }

    private static func isOnlyDate(_ segment: String) -> Bool {
        guard let match = DateParser.firstStamped(in: segment), match.stamp != nil else { return false }
        return segment[..<match.range.lowerBound].trimmed.isEmpty && segment[match.range.upperBound...].trimmed.isEmpty
    }

    private static func visit(_ node: xmlNodePtr, _ body: (xmlNodePtr, String) -> Void) {
        if let name = node.elementName { body(node, name) }
        node.forEachDescendant { descendant in
            guard descendant.pointee.type == XML_ELEMENT_NODE, let name = descendant.elementName else { return false }
            body(descendant, name)
            return true
        }
    }
}

/// The publication time in the data a page hands its scripts (`"published_at":"2019-03-02T06:22"`).
enum ScriptData {
    static let keys = ["datePublished", "publishedDate", "published_at", "publishDate", "firstPublished", "publishedAt"]

    static func publicationDate(in script: String) -> DateStamp? {
        guard script.utf8.count < 2_000_000, keys.contains(where: { Words.has(script, "\"\($0)\"") }) else { return nil }
        let pattern = #"\"(datePublished|publishedDate|published_at|publishDate|firstPublished|publishedAt)\"\s*:\s*\"([0-9]{4}-[0-9]{2}-[0-9]{2}[^\"]{0,20})\""#
        guard let range = script.range(of: pattern, options: .regularExpression) else { return nil }
        let found = script[range]
        guard let colon = found.firstIndex(of: ":") else { return nil }
        return DateParser.timestamp(String(found[colon...]))
    }
}

/// The meta tags that date a page, by what they claim.
enum MetaDates {
    /// Names whose only meaning is the publication time.
    static let publication = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate", "publishdate",
        "publication_date", "parsely-pub-date", "sailthru.date", "sw-pubdate", "dcterms.created", "datecreated",
        "uploaddate", "shareaholic:article_published_time", "vr:published-time", "cxenseparse:recs:publishtime",
    ]
    /// Names of the last change: a page's date only when nothing else dates it.
    static let modification = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"]

    /// Names that may hold any date of the page.
    static let generic = ["dc.date.issued", "dc.date", "dc:date", "dcterms.date", "dcterms.issued", "date"]

    static func stated(in meta: [String: String], names: [String]) -> DateStamp? {
        names.lazy.compactMap { meta[$0] }.compactMap { DateParser.timestamp($0) }.first
    }
}

/// `NewsArticle` (or any `*Article`) objects in a JSON-LD script, anywhere in its `@graph` or as
/// a page's `mainEntity`; and the date of any other object, for a page no article object dates.
enum JSONLDReader {
    struct Found {
        var articles: [PageMetadata] = []
        var otherDate: DateStamp?
    }

    /// A script with no type that holds JSON-LD all the same.
    static func looksLikeJSONLD(_ text: String) -> Bool {
        text.utf8.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") && Words.has(text, "schema.org") && Words.has(text, "@context")
    }

    static func read(_ json: String) -> Found {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return Found() }
        var found = Found()
        collect(value, into: &found, depth: 0)
        return found
    }

    private static func collect(_ value: Any, into found: inout Found, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, into: &found, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { collect(graph, into: &found, depth: depth + 1) }
        if let entity = object["mainEntity"] { collect(entity, into: &found, depth: depth + 1) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        let date = ["datePublished", "dateCreated", "uploadDate"].lazy
            .compactMap { JSONFields.string(object[$0]).flatMap(DateParser.timestamp) }.first
        guard types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) else {
            if found.otherDate == nil, !types.isEmpty { found.otherDate = date }
            return
        }
        found.articles.append(
            PageMetadata(
                title: (JSONFields.string(object["headline"]) ?? JSONFields.string(object["name"])).map(HTMLEntities.decode),
                outlet: JSONFields.name(object["publisher"]).map(HTMLEntities.decode),
                byline: JSONFields.name(object["author"]).map(HTMLEntities.decode),
                published: date,
                url: JSONFields.string(object["url"])))
    }
}

/// Character references left in text that was never parsed as HTML (`&#038;`, `&quot;`), as
/// JSON-LD strings carry them.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";"), let scalar = scalar(named: after[..<semicolon]) else {
                output.append("&")
                rest = after
                continue
            }
            output.unicodeScalars.append(scalar)
            rest = after[after.index(after: semicolon)...]
        }
        return output + rest
    }

    private static func scalar(named name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter || $0.isNumber }),
              let entry = htmlEntityLookup(String(name))
        else { return nil }
        return Unicode.Scalar(entry.pointee.value)
    }
}
