import CLibXML2
import Foundation

/// Page metadata from `<title>`, `<meta>` tags and JSON-LD `NewsArticle` objects.
enum HTMLHeadReader {
    static func metadata(root: xmlNodePtr) -> PageMetadata {
        var meta: [String: String] = [:]
        var pageTitle: String?
        var canonical: String?
        var jsonLD: [PageMetadata] = []
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
                if node.attribute("type")?.lowercased() == "application/ld+json" {
                    jsonLD.append(contentsOf: JSONLDReader.articles(in: node.textContent))
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
            published: [
                "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                "dc.date", "dc.date.issued", "date", "parsely-pub-date", "sailthru.date",
            ].lazy.compactMap { meta[$0] }.compactMap { DateParser.timestamp($0) }.first,
            url: meta["og:url"] ?? canonical)
        let fromLD = jsonLD.first ?? PageMetadata()
        var result = fromLD.filled(from: fromMeta)
        if let pageTitle {
            let (title, site) = TitleCleaner.splitSiteSuffix(pageTitle, outlet: result.outlet)
            if result.title == nil { result.title = title }
            if result.outlet == nil { result.outlet = site }
        }
        return result
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

/// `NewsArticle` (or any `*Article`) objects in a JSON-LD script, anywhere in its `@graph`.
enum JSONLDReader {
    static func articles(in json: String) -> [PageMetadata] {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return [] }
        var found: [PageMetadata] = []
        collect(value, into: &found)
        return found
    }

    private static func collect(_ value: Any, into found: inout [PageMetadata]) {
        if let array = value as? [Any] {
            for item in array { collect(item, into: &found) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { collect(graph, into: &found) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        guard types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) else { return }
        found.append(
            PageMetadata(
                title: JSONFields.string(object["headline"]) ?? JSONFields.string(object["name"]),
                outlet: JSONFields.name(object["publisher"]),
                byline: JSONFields.name(object["author"]),
                published: JSONFields.string(object["datePublished"]).flatMap(DateParser.timestamp),
                url: JSONFields.string(object["url"])))
    }
}
