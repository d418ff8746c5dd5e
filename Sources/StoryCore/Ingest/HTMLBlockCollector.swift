import CLibXML2

/// Walks an HTML body and turns it into text blocks, each with what its markup says about it.
struct HTMLBlockCollector {
    private(set) var blocks: [PageBlock] = []
    /// Bylines and dates found in the body's markup (`<time datetime>`, `class="byline"`).
    private(set) var inlineMetadata = PageMetadata()

    private var buffer = ""
    private var bufferHint: PageBlock.Hint = .paragraph

    private struct Context {
        var removal: RemovalReason?
        var hint: PageBlock.Hint = .paragraph
        var insideMain = false
        var hasFigcaption = false
    }

    /// Below this depth an element's text is taken whole: real pages nest a few dozen deep, and a
    /// hostile one nesting 40,000 deep would overflow the stack of a recursive walk.
    static let maxDepth = 256

    mutating func collect(_ root: xmlNodePtr) {
        let main = Self.mainContainer(root)
        walk(root, Context(insideMain: main == nil), main: main, depth: 0)
        flush()
    }

    private mutating func walk(_ node: xmlNodePtr, _ inherited: Context, main: xmlNodePtr?, depth: Int) {
        if node.isText {
            if let content = node.pointee.content { buffer += String(cString: content) }
            return
        }
        if depth >= Self.maxDepth {
            buffer += " " + node.textContent
            return
        }
        guard let name = node.elementName else {
            for child in node.childNodes { walk(child, inherited, main: main, depth: depth + 1) }
            return
        }
        if Self.silent.contains(name) { return }
        var context = inherited
        if node == main { context.insideMain = true }
        // The innermost box names the reason: a `<nav>` inside a `<header>` is navigation.
        if let reason = Self.removal(for: node, name: name, insideMain: context.insideMain) {
            context.removal = reason
        }
        noteMetadata(node, name: name)

        if name == "br" {
            flush()
            return
        }
        if name == "img" {
            // Rendered Markdown and many pages caption an image only by its alt text.
            if !context.hasFigcaption, let alt = node.attribute("alt")?.collapsedWhitespace, Words.count(in: alt) >= 3 {
                flush()
                blocks.append(PageBlock(alt, context.removal.map { .removed($0) } ?? (context.insideMain ? .caption : .removed(.unrelated))))
            }
            return
        }
        if name == "figure" {
            context.hasFigcaption = node.childNodes.contains { $0.elementName == "figcaption" }
        }
        let isBlock = Self.blockElements.contains(name)
        if isBlock {
            flush()
            if let hint = Self.hint(for: name) { context.hint = hint }
            bufferHint = context.removal.map { .removed($0) } ?? (context.insideMain ? context.hint : .removed(.unrelated))
        }
        for child in node.childNodes { walk(child, context, main: main, depth: depth + 1) }
        if isBlock {
            flush()
            bufferHint = inherited.removal.map { .removed($0) } ?? (inherited.insideMain ? inherited.hint : .removed(.unrelated))
        }
    }

    private mutating func flush() {
        let text = buffer.collapsedWhitespace
        buffer = ""
        guard !text.isEmpty else { return }
        blocks.append(PageBlock(text, bufferHint))
    }

    private mutating func noteMetadata(_ node: xmlNodePtr, name: String) {
        if name == "time", inlineMetadata.published == nil,
           let stamp = node.attribute("datetime").flatMap(DateParser.timestamp)
        {
            let role = ((node.attribute("itemprop") ?? "") + " " + (node.attribute("class") ?? "")).lowercased()
            if !role.contains("modified"), !role.contains("updated") { inlineMetadata.published = stamp }
        }
        if inlineMetadata.byline == nil {
            let role = ((node.attribute("itemprop") ?? "") + " " + (node.attribute("rel") ?? "") + " " + (node.attribute("class") ?? "")).lowercased()
            if role.contains("author") || role.contains("byline") {
                let text = Bylines.clean(node.textContent.collapsedWhitespace)
                if !text.isEmpty, text.count < 80 { inlineMetadata.byline = text }
            }
        }
    }

    /// The element holding the story: the `<article>` or `<main>` with the most paragraph text.
    private static func mainContainer(_ root: xmlNodePtr) -> xmlNodePtr? {
        var best: (node: xmlNodePtr, length: Int)?
        func visit(_ node: xmlNodePtr, depth: Int) {
            guard depth < maxDepth, let name = node.elementName, !silent.contains(name) else { return }
            let itemprop = node.attribute("itemprop")?.lowercased()
            if name == "article" || name == "main" || node.attribute("role") == "main" || itemprop == "articlebody" {
                let length = paragraphLength(node)
                if length > (best?.length ?? 0) { best = (node, length) }
            }
            for child in node.childNodes { visit(child, depth: depth + 1) }
        }
        visit(root, depth: 0)
        return best?.node
    }

    private static func paragraphLength(_ node: xmlNodePtr) -> Int {
        var total = 0
        func visit(_ node: xmlNodePtr, depth: Int) {
            guard let name = node.elementName, !silent.contains(name) else { return }
            if name == "p" || depth >= maxDepth { total += node.textContent.count; return }
            for child in node.childNodes { visit(child, depth: depth + 1) }
        }
        visit(node, depth: 0)
        return total
    }

    private static func removal(for node: xmlNodePtr, name: String, insideMain: Bool) -> RemovalReason? {
        switch name {
        case "nav": return .navigation
        case "footer": return insideMain ? .metadata : .copyright
        case "aside": return .relatedLinks
        case "form": return .comments
        case "header" where !insideMain: return .masthead
        default: break
        }
        let words = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "") + " " + (node.attribute("role") ?? ""))
            .lowercased().split(whereSeparator: { !$0.isLetter })
        for word in words {
            if let reason = classWords[String(word)] { return reason }
        }
        return nil
    }

    private static func hint(for name: String) -> PageBlock.Hint? {
        switch name {
        case "h1": return .heading(level: 1)
        case "h2": return .heading(level: 2)
        case "h3": return .heading(level: 3)
        case "h4", "h5", "h6": return .heading(level: 4)
        case "li", "dd": return .listItem
        case "figcaption": return .caption
        case "p", "blockquote", "pre": return .paragraph
        default: return nil
        }
    }

    /// Elements whose text is never page text.
    private static let silent: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "button", "select",
        "textarea", "input", "video", "audio", "map",
    ]

    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre", "table", "tr", "td",
        "th", "form", "address", "hr", "body", "html",
    ]

    /// Words in class names and ids that mark a box as not being story text.
    private static let classWords: [String: RemovalReason] = [
        "related": .relatedLinks, "recommended": .relatedLinks, "recirculation": .relatedLinks, "teaser": .teaser,
        "teasers": .teaser, "more": .relatedLinks, "trending": .relatedLinks, "popular": .relatedLinks,
        "share": .share, "sharing": .share, "social": .share, "newsletter": .newsletter, "subscribe": .newsletter,
        "subscription": .newsletter, "signup": .newsletter, "cookie": .cookieNotice, "cookies": .cookieNotice,
        "consent": .cookieNotice, "gdpr": .cookieNotice, "comment": .comments, "comments": .comments,
        "ad": .advertisement, "ads": .advertisement, "advert": .advertisement, "advertisement": .advertisement,
        "sponsored": .advertisement, "promo": .promotion, "breadcrumb": .breadcrumb, "breadcrumbs": .breadcrumb,
        "tags": .tags, "tag": .tags, "skip": .navigation, "menu": .navigation, "navbar": .navigation,
        "sidebar": .relatedLinks, "footer": .copyright, "copyright": .copyright, "masthead": .masthead,
        "byline": .byline, "dateline": .dateline, "timestamp": .dateline,
    ]
}
