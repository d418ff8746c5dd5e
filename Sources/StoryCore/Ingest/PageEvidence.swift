import CLibXML2

/// What a page's boxes hold, measured: how much text, how much of it is link text, how many
/// paragraphs of running prose. The story's container is chosen on this evidence — prose scored
/// into the boxes around it, discounted by link density, with semantic markup and class words as
/// weaker evidence — so that no single class word (`sidebar` on the body, `tag-news` on the
/// article) can decide what a page is about.
struct PageEvidence {
    struct Box {
        /// Characters of text below the box (scripts and other silent elements left out).
        var text = 0
        /// Characters of that text inside links.
        var linkText = 0
        /// Paragraphs of prose below the box.
        var paragraphs = 0
        /// Prose scored into the box from the paragraphs below it.
        var score = 0.0
        var isCandidate = false

        var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }
    }

    private(set) var boxes: [xmlNodePtr: Box] = [:]
    /// The best-scoring box, when the page has prose.
    private(set) var top: xmlNodePtr?
    /// The box holding the story and the siblings that continue it; empty when the page has no
    /// prose at all (then every box is read).
    private(set) var story: Set<xmlNodePtr> = []
    /// The story's boxes and every box around them: markup on these never makes them furniture.
    private(set) var enclosing: Set<xmlNodePtr> = []

    init(_ root: xmlNodePtr) {
        measure(root, depth: 0, insideLink: false)
        chooseStory()
    }

    /// No page measured yet.
    init() {}

    subscript(node: xmlNodePtr) -> Box? { boxes[node] }

    /// Whether the bytes at `pointer` (NUL-terminated) begin a comma of Chinese or Japanese
    /// prose, `，` or `、`, or the Arabic `،`: prose written with them has no ASCII commas.
    static func isWideComma(_ pointer: UnsafePointer<UInt8>) -> Bool {
        switch pointer.pointee {
        case 0xEF: return pointer[1] == 0xBC && pointer[2] == 0x8C
        case 0xE3: return pointer[1] == 0x80 && pointer[2] == 0x81
        case 0xD8: return pointer[1] == 0x8C
        default: return false
        }
    }

    /// Counts text and link text below each element, and scores each paragraph of prose into the
    /// boxes above it: a paragraph scores more for its commas and its length.
    @discardableResult
    private mutating func measure(_ node: xmlNodePtr, depth: Int, insideLink: Bool) -> (text: Int, link: Int, commas: Int) {
        if node.isText {
            guard let content = node.pointee.content else { return (0, 0, 0) }
            var length = 0
            var commas = 0
            var pointer = content
            while pointer.pointee != 0 {
                let byte = pointer.pointee
                // Characters, not bytes: UTF-8 continuation bytes are not counted.
                if byte & 0xC0 != 0x80, byte > 0x20 { length += 1 }
                if byte == UInt8(ascii: ",") || Self.isWideComma(UnsafePointer(pointer)) { commas += 1 }
                pointer += 1
            }
            return (length, insideLink ? length : 0, commas)
        }
        guard let name = node.elementName, depth < HTMLBlockCollector.maxDepth, !HTMLBlockCollector.isSilent(node, name: name) else {
            return (0, 0, 0)
        }
        let isLink = insideLink || name == "a"
        var text = 0, link = 0, commas = 0, paragraphs = 0
        var hasBlockChild = false
        // Text broken only by `<br>`: each run between breaks is a paragraph of this box.
        var run = (text: 0, link: 0, commas: 0)
        var runs: [(text: Int, link: Int, commas: Int)] = []
        var hasBreak = false
        for child in node.childNodes {
            let (childText, childLink, childCommas) = measure(child, depth: depth + 1, insideLink: isLink)
            text += childText
            link += childLink
            commas += childCommas
            let childName = child.elementName
            if let childName {
                paragraphs += boxes[child]?.paragraphs ?? 0
                if HTMLBlockCollector.blockElements.contains(childName) { hasBlockChild = true }
            }
            if childName == "br" || (childName.map(HTMLBlockCollector.blockElements.contains) ?? false) {
                hasBreak = hasBreak || childName == "br"
                runs.append(run)
                run = (0, 0, 0)
            } else {
                run = (run.text + childText, run.link + childLink, run.commas + childCommas)
            }
        }
        runs.append(run)
        if hasBreak {
            for run in runs where run.text >= 25 && Double(run.link) < Double(run.text) * 0.5 {
                paragraphs += 1
                score(into: node, points: 1 + Double(run.commas) + min(Double(run.text) / 100, 3))
            }
        }
        var box = boxes[node] ?? Box()
        box.text = text
        box.linkText = link
        // A paragraph: a `<p>`, `<pre>`, `<td>` or `<blockquote>`, or a box holding text and no
        // boxes (pages built of `<div>`s), long enough to be a sentence and mostly not links.
        let isParagraph = Self.paragraphElements.contains(name) || (!hasBlockChild && Self.leafBoxes.contains(name))
        if isParagraph, !hasBreak, text >= 25, Double(link) < Double(text) * 0.5 {
            box.paragraphs = paragraphs + 1
            boxes[node] = box
            if let parent = node.pointee.parent { score(into: parent, points: 1 + Double(commas) + min(Double(text) / 100, 3)) }
        } else {
            box.paragraphs = paragraphs
            boxes[node] = box
        }
        return (text, link, commas)
    }

    /// Adds a paragraph's points to the box holding it, half to that box's parent, and less further up.
    private mutating func score(into holder: xmlNodePtr, points: Double) {
        var ancestor: xmlNodePtr? = holder
        var level = 0
        while let node = ancestor, level < 4, node.elementName != nil {
            if boxes[node] == nil || boxes[node]?.isCandidate == false {
                var box = boxes[node] ?? Box()
                box.isCandidate = true
                box.score = Self.prior(node)
                boxes[node] = box
            }
            boxes[node]?.score += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
            ancestor = node.pointee.parent
            level += 1
        }
    }

    /// What a box's own markup says before its content is weighed: article and main elements,
    /// `articleBody` and the role `main` lean towards story, list and heading elements away; class
    /// and id words lean either way, and no more than one paragraph's worth of text does.
    private static func prior(_ node: xmlNodePtr) -> Double {
        var score = 0.0
        switch node.elementName ?? "" {
        case "article", "main": score += 10
        case "div", "section": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" || node.attribute("role")?.lowercased() == "main" { score += 15 }
        let words = ClassWords.words(of: node)
        if words.contains(where: ClassWords.story.contains) { score += 10 }
        if words.contains(where: { ClassWords.furniture[String($0)] != nil }) { score -= 10 }
        return score
    }

    /// The best-scoring box once its links are discounted, and its siblings that score near it or
    /// are paragraphs of prose themselves.
    private mutating func chooseStory() {
        var best: (node: xmlNodePtr, score: Double)?
        for (node, box) in boxes where box.isCandidate {
            let score = box.score * (1 - box.linkDensity)
            let better = score > (best?.score ?? 0) || (score == best?.score && box.text > (best.flatMap { boxes[$0.node]?.text } ?? 0))
            if better, !Self.isNeverStory(node) { best = (node, score) }
        }
        guard let top = best else { return }
        self.top = top.node
        story.insert(top.node)
        // The story may go on in boxes beside it, or beside the boxes around it (a CMS's content
        // elements, each in a frame of its own): those that score near it or hold prose join it.
        let threshold = max(10, top.score * 0.2)
        var level: xmlNodePtr? = top.node
        for _ in 0..<3 {
            guard let current = level, let parent = current.pointee.parent, parent.elementName != nil else { break }
            for sibling in parent.childNodes where sibling != current {
                guard let box = boxes[sibling], sibling.elementName != nil, !Self.isNeverStory(sibling) else { continue }
                let score = box.score * (1 - box.linkDensity)
                let isProse = box.paragraphs > 0 && box.text >= 80 && box.linkDensity < 0.25
                if (box.isCandidate && score >= threshold) || isProse { story.insert(sibling) }
            }
            level = parent
        }
        for node in story {
            var cursor: xmlNodePtr? = node
            while let current = cursor, current.elementName != nil {
                enclosing.insert(current)
                cursor = current.pointee.parent
            }
        }
    }

    /// Boxes that never hold the story however much prose they have: a cookie notice, a dialog,
    /// comments or reviews, related stories, anything hidden — by their own markup or that of
    /// the three boxes around them.
    static func isNeverStory(_ node: xmlNodePtr) -> Bool {
        var cursor: xmlNodePtr? = node
        for _ in 0..<4 {
            guard let current = cursor, let name = current.elementName else { return false }
            if name == "aside" { return true }
            if let role = current.attribute("role")?.lowercased(), role == "dialog" || role == "alertdialog" { return true }
            if current.attribute("hidden") != nil || current.attribute("aria-hidden")?.lowercased() == "true" { return true }
            if ClassWords.words(of: current).contains(where: ClassWords.neverStory.contains) { return true }
            cursor = current.pointee.parent
        }
        return false
    }

    private static let paragraphElements: Set<String> = ["p", "pre", "td", "blockquote"]
    private static let leafBoxes: Set<String> = ["div", "section", "article", "main", "span", "font", "center", "dd", "li"]
}
