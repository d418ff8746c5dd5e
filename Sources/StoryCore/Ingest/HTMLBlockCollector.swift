import CLibXML2

/// Walks an HTML body and turns it into text blocks, each with what its markup says about it.
struct HTMLBlockCollector {
    private(set) var blocks: [PageBlock] = []
    /// Bylines and dates found in the body's markup (`<time datetime>`, `class="byline"`).
    private(set) var inlineMetadata = PageMetadata()

    private var buffer = ""
    /// Characters of `buffer` that came from inside links to other pages.
    private var bufferLinkCharacters = 0
    private var bufferHint: PageBlock.Hint = .paragraph

    private struct Context {
        var removal: RemovalReason?
        var hint: PageBlock.Hint = .paragraph
        var insideMain = false
        var hasFigcaption = false
        /// Inside a link with an address: boxes there are a card's teaser, not text of their own.
        var insideLink = false
        /// Inside a link to another page (not an anchor within this one).
        var inAnchor = false
    }

    /// Below this depth an element's text is taken whole: real pages nest a few dozen deep, and a
    /// hostile one nesting 40,000 deep would overflow the stack of a recursive walk.
    static let maxDepth = 256

    /// How much text, link text and prose each box holds.
    private var evidence = PageEvidence()
    /// The boxes holding the story; none when the page has no prose (then every box is read).
    private var story: Set<xmlNodePtr> = []

    mutating func collect(_ root: xmlNodePtr) {
        evidence = PageEvidence(root)
        story = evidence.story
        // A page's own `<article>` or `<main>` around the best-scoring box is the story's box, so
        // that its headline and byline stay with it.
        if let semantic = Self.mainContainer(root), let top = evidence.top, semantic == top || Self.encloses(semantic, top) {
            story = Set([semantic]).union(story.filter { !Self.encloses(semantic, $0) })
        }
        walk(root, Context(insideMain: story.isEmpty), depth: 0)
        flush()
    }

    private static func encloses(_ outer: xmlNodePtr, _ inner: xmlNodePtr) -> Bool {
        var cursor = inner.pointee.parent
        while let node = cursor {
            if node == outer { return true }
            cursor = node.pointee.parent
        }
        return false
    }

    private mutating func walk(_ node: xmlNodePtr, _ inherited: Context, depth: Int) {
        if node.isText {
            if let content = node.pointee.content {
                let text = String(cString: content)
                buffer += text
                if inherited.inAnchor { bufferLinkCharacters += text.unicodeScalars.count }
            }
            return
        }
        if depth >= Self.maxDepth {
            buffer += " " + node.textContent
            return
        }
        guard let name = node.elementName else {
            for child in node.childNodes { walk(child, inherited, depth: depth + 1) }
            return
        }
        if Self.isSilent(node, name: name) { return }
        var context = inherited
        if story.contains(node) { context.insideMain = true }
        // The innermost box names the reason: a `<nav>` inside a `<header>` is navigation.
        if let reason = removal(for: node, name: name, insideMain: context.insideMain) {
            context.removal = reason
        }
        // A comment's or a related story's time and author are theirs, not the page's.
        switch context.removal {
        case .comments, .relatedLinks, .teaser: break
        default: noteMetadata(node, name: name)
        }

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
        if name == "a", let href = node.attribute("href") {
            if !evidence.enclosing.contains(node) { context.insideLink = true }
            if !href.hasPrefix("#") { context.inAnchor = true }
        }
        let isBlock = Self.blockElements.contains(name)
        if isBlock, context.insideLink, context.removal == nil { context.removal = .teaser }
        if isBlock {
            flush()
            // A paragraph inside a caption is still the caption.
            if let hint = Self.hint(for: name), context.hint != .caption { context.hint = hint }
            bufferHint = context.removal.map { .removed($0) } ?? (context.insideMain ? context.hint : .removed(.unrelated))
        }
        for child in node.childNodes { walk(child, context, depth: depth + 1) }
        if isBlock {
            flush()
            bufferHint = inherited.removal.map { .removed($0) } ?? (inherited.insideMain ? inherited.hint : .removed(.unrelated))
        }
    }

    private mutating func flush() {
        var text = buffer.collapsedWhitespace
        // `&shy;` comes through the parser as a soft hyphen, after the text was cleaned of them.
        if Words.has(text, "\u{AD}") { text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{AD}" })) }
        let linkShare = Double(bufferLinkCharacters) / Double(max(1, buffer.unicodeScalars.count))
        buffer = ""
        bufferLinkCharacters = 0
        guard !text.isEmpty else { return }
        // A block that is all link (`Read more: <a>…</a>`, next and previous posts, a list of
        // related stories) points to other pages; it is not text of this one.
        if linkShare >= LinkText.pointsElsewhere, bufferHint != .caption, !bufferHint.isRemoved {
            blocks.append(PageBlock(text, .removed(.relatedLinks)))
            return
        }
        blocks.append(PageBlock(text, bufferHint))
    }

    private mutating func noteMetadata(_ node: xmlNodePtr, name: String) {
        if inlineMetadata.published == nil {
            let role = ((node.attribute("itemprop") ?? "") + " " + (node.attribute("property") ?? "") + " "
                + (node.attribute("class") ?? "")).lowercased()
            // `<time datetime>` unless it says it is an update; any element marked as the
            // publication date (`itemprop="datePublished" content=…`, `abbr class="published"
            // title=…`), whatever else its classes say.
            let marked = Words.has(role, "datepublished") || Words.has(role, "datecreated") || Words.has(role, "published")
            let isUpdate = (Words.has(role, "modified") || Words.has(role, "updated")) && !marked
            if name == "time" || marked, !isUpdate,
               let stamp = ["datetime", "content", "title"].lazy.compactMap({ node.attribute($0) }).compactMap(DateParser.timestamp).first
            {
                inlineMetadata.published = stamp
            }
            // `<span class="date">02.02.2022</span>`: an element named for a date whose whole
            // text is one, where no line and no tag dates the page.
            if inlineMetadata.elementDate == nil, !isUpdate, ClassWords.parts(Substring(role)).contains(where: ClassWords.dateWords.contains),
               let stamp = Self.wholeDate(node.textContent)
            {
                inlineMetadata.elementDate = stamp
            }
        }
        if inlineMetadata.byline == nil {
            let role = ((node.attribute("itemprop") ?? "") + " " + (node.attribute("rel") ?? "") + " " + (node.attribute("class") ?? "")).lowercased()
            if Words.has(role, "author") || Words.has(role, "byline") {
                let text = Bylines.clean(node.textContent.collapsedWhitespace)
                if !text.isEmpty, text.count < 80 { inlineMetadata.byline = text }
            }
        }
    }

    /// The date a short text is and nothing more (`02.02.2022`, `3 March 2024, 10:15`).
    private static func wholeDate(_ text: String) -> DateStamp? {
        let text = text.collapsedWhitespace
        guard text.utf8.count <= 40, let match = DateParser.firstStamped(in: text), let stamp = match.stamp,
              Words.count(in: String(text[..<match.range.lowerBound])) <= 1, Words.count(in: String(text[match.range.upperBound...])) <= 2
        else { return nil }
        return stamp
    }

    /// The element holding the story: the `<article>` or `<main>` with the most paragraph text.
    private static func mainContainer(_ root: xmlNodePtr) -> xmlNodePtr? {
        var best: (node: xmlNodePtr, length: Int)?
        func visit(_ node: xmlNodePtr, depth: Int) {
            guard depth < maxDepth, let name = node.elementName, !isSilent(node, name: name) else { return }
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
            guard let name = node.elementName, !isSilent(node, name: name) else { return }
            if name == "p" || depth >= maxDepth { total += node.textContent.count; return }
            for child in node.childNodes { visit(child, depth: depth + 1) }
        }
        visit(node, depth: 0)
        return total
    }

    /// Why a box is page furniture, if it is. The boxes around the story never are, whatever their
    /// markup; elsewhere furniture elements are, and so are boxes whose class words say so — a
    /// decisive word (comments, a cookie notice) on its own, any other only when the box's content
    /// agrees: mostly links, no paragraph of prose, or little text.
    private func removal(for node: xmlNodePtr, name: String, insideMain: Bool) -> RemovalReason? {
        if evidence.enclosing.contains(node) || story.contains(node) { return nil }
        switch name {
        case "nav": return .navigation
        case "footer": return insideMain ? .metadata : .copyright
        case "aside": return .relatedLinks
        case "form": return .comments
        case "header" where !insideMain: return .masthead
        default: break
        }
        if ClassWords.isAuthorBox(node) { return .byline }
        let box = evidence[node]
        let looksLikeFurniture = box.map { $0.linkDensity >= 0.3 || $0.paragraphs == 0 || $0.text < 200 } ?? true
        for word in ClassWords.words(of: node) {
            guard let reason = ClassWords.furniture[String(word)] else { continue }
            if looksLikeFurniture || ClassWords.decisive.contains(String(word)) { return reason }
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

    /// Whether an element's text is never page text. A `<noscript>` is read when it holds
    /// paragraphs of prose: some sites serve the whole page there, for readers without scripts.
    static func isSilent(_ node: xmlNodePtr, name: String) -> Bool {
        guard silent.contains(name) else { return false }
        guard name == "noscript" else { return true }
        var paragraphs = 0
        node.forEachDescendant { descendant in
            if descendant.elementName == "p", descendant.textContent.utf8.count >= 80 { paragraphs += 1 }
            return paragraphs < 2
        }
        return paragraphs < 2
    }

    /// Elements whose text is never page text.
    static let silent: Set<String> = [
        // `rt` and `rp`: a ruby annotation's reading (`災害<rt>さいがい</rt>`) is not the text.
        "rt", "rp",
        "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "button", "select",
        "textarea", "input", "video", "audio", "map",
    ]

    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre", "table", "tr", "td",
        "th", "form", "address", "hr", "body", "html",
    ]

}

/// How much of a block may be link text before the block is only a pointer to other pages.
enum LinkText {
    static let pointsElsewhere = 0.8
}
