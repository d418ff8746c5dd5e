import StoryCore

/// `+`: one article full screen, paragraphs numbered, quotations and dated expressions marked,
/// what was removed from the page listed with the reason; opened at a paragraph with a quotation
/// marked when reached from a quotation or a timeline mention.
struct ReaderView: StoryView {
    let article: Int
    /// The paragraph to open at, until the first layout has scrolled to it.
    private var target: Int?
    /// Text to mark in the target paragraph (a quotation, an event's sentence).
    let highlight: String?
    let highlightParagraph: Int?
    var scroll = Scroll()
    private var layout: (width: Int, lines: [StyledLine], starts: [Int: Int])?

    var mode: BrowserApp.Mode { .reader(article) }
    var name: String { "READ" }
    var hints: String { "j/k scroll  ]/[ paragraph  y copy  o open URL  Esc back" }

    init(article: Int, paragraph: Int? = nil, highlight: String? = nil) {
        self.article = article
        target = paragraph
        highlightParagraph = paragraph
        self.highlight = highlight
    }

    static let gutter = 5

    func laidOut(_ context: ViewContext) -> (lines: [StyledLine], starts: [Int: Int]) {
        let width = context.contentWidth
        if let layout, layout.width == width { return (layout.lines, layout.starts) }
        let model = context.model
        guard model.story.articles.indices.contains(article) else { return ([], [:]) }
        let item = model.story.articles[article]
        var lines: [StyledLine] = []
        var starts: [Int: Int] = [:]
        lines += BrowserApp.articleHeader(item, width: width, extra: [Span(" · \(item.wordCount.counted("word"))", .dim)])
        if let url = item.url { lines += Styled.wrap([Span(url, .dim)], width: width) }
        let textWidth = width - Self.gutter
        for (paragraph, block) in item.blocks.enumerated() {
            lines.append([])
            starts[paragraph] = lines.count
            var spans: [Span]
            switch block.kind {
            case .heading: spans = [Span(block.text, .heading)]
            case .paragraph, .listItem:
                spans = BrowserApp.marked(block.text, article: item.id, paragraph: paragraph, model: model)
                if block.kind == .listItem { spans.insert(Span("• "), at: 0) }
            }
            if paragraph == highlightParagraph, let highlight { spans = Self.mark(highlight, in: spans) }
            let wrapped = Styled.wrap(spans, width: textWidth)
            for (index, line) in wrapped.enumerated() {
                let number = index == 0 ? "¶\(paragraph + 1)".padding(toLength: Self.gutter, withPad: " ", startingAt: 0) : String(repeating: " ", count: Self.gutter)
                lines.append([Span(number, .dim)] + line)
            }
        }
        if !item.captions.isEmpty {
            lines.append([])
            lines += Styled.wrap([Span("Captions", .heading)], width: width)
            for caption in item.captions { lines += Styled.wrap([Span(caption, .caption)], width: width, indent: 2) }
        }
        if !item.removed.isEmpty {
            lines.append([])
            lines += Styled.wrap([Span("Removed from the page (\(item.removed.count)), with the reason", .heading)], width: width)
            for block in item.removed {
                lines += Styled.wrap([Span("[\(block.reason.rawValue)] ", .dim), Span(block.text, .caption)], width: width, indent: 2)
            }
        }
        return (lines, starts)
    }

    /// Spans with `text` (wherever it falls across them) in the current-match role.
    static func mark(_ text: String, in spans: [Span]) -> [Span] {
        let whole = spans.map(\.text).joined()
        guard !text.isEmpty, let range = whole.range(of: text) else { return spans }
        let lower = whole.distance(from: whole.startIndex, to: range.lowerBound)
        let upper = whole.distance(from: whole.startIndex, to: range.upperBound)
        var result: [Span] = []
        var offset = 0
        for span in spans {
            let count = span.text.count
            let start = max(lower - offset, 0), end = min(upper - offset, count)
            if start >= end || start >= count || end <= 0 {
                result.append(span)
            } else {
                let characters = Array(span.text)
                if start > 0 { result.append(Span(String(characters[..<start]), span.role)) }
                result.append(Span(String(characters[start..<end]), .matchCurrent))
                if end < count { result.append(Span(String(characters[end...]), span.role)) }
            }
            offset += count
        }
        return result
    }

    /// The paragraph at the top of the screen (or the one opened at).
    func currentParagraph(_ context: ViewContext) -> Int? {
        let starts = laidOut(context).starts
        if let highlightParagraph, let line = starts[highlightParagraph], line >= scroll.top, line < scroll.top + context.visibleRows {
            return highlightParagraph
        }
        return starts.filter { $0.value >= scroll.top }.min { $0.value < $1.value }?.key ?? starts.max { $0.value < $1.value }?.key
    }

    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest {
        if scroll.apply(action, rows: context.visibleRows) { return .handled }
        let starts = laidOut(context).starts
        switch action {
        case .nextDifference, .previousDifference:
            let ordered = starts.values.sorted()
            let forward = action == .nextDifference
            if let next = forward ? ordered.first(where: { $0 - 1 > scroll.top }) : ordered.last(where: { $0 - 1 < scroll.top }) {
                scroll.top = max(0, next - 1)
            }
            return .handled
        case .yank:
            let item = context.model.story.articles[article]
            guard let paragraph = currentParagraph(context), item.blocks.indices.contains(paragraph) else { return .handled }
            return .yank("“\(item.blocks[paragraph].text)” — " + Citation.of(item, paragraph: paragraph), what: "paragraph ¶\(paragraph + 1)")
        default:
            return .unhandled
        }
    }

    mutating func settle(_ context: ViewContext) {
        let laid = laidOut(context)
        layout = (context.contentWidth, laid.lines, laid.starts)
        if let paragraph = target, let line = laid.starts[paragraph] {
            scroll.top = max(0, line - 2)
            target = nil
        }
        scroll.clamp(lines: laid.lines.count, rows: context.visibleRows)
    }

    func draw(into screen: inout Screen, _ context: ViewContext) {
        let (lines, _) = laidOut(context)
        let top = max(0, min(scroll.top, lines.count - context.visibleRows))
        let position = lines.count > context.visibleRows ? "\(min(100, (top + context.visibleRows) * 100 / max(1, lines.count)))%" : ""
        let name = context.model.story.articles.indices.contains(article) ? context.model.story.articles[article].displayName : ""
        context.drawTitle("Read — \(name)", into: &screen, right: position)
        context.drawLines(lines, into: &screen, top: top)
    }
}

/// How a copied quotation or paragraph names where it came from.
enum Citation {
    static func of(_ article: Article, paragraph: Int?) -> String {
        var parts = [article.displayName]
        if let title = article.title { parts.append("“\(title)”") }
        if let date = article.published { parts.append(String(date.iso.prefix(10))) }
        if let paragraph, paragraph >= 0 { parts.append("¶\(paragraph + 1)") }
        if let url = article.url { parts.append(url) }
        return parts.joined(separator: ", ")
    }
}
