import StoryCore

/// `c`: two sources side by side, sentence by sentence, scrolling together. `]`/`[` step through
/// the differences, `x` swaps the sides, `{`/`}` change the left or right source.
struct CompareView: StoryView {
    private(set) var left: Int
    private(set) var right: Int
    private(set) var pairs: [SentencePair]
    var scroll = Scroll()
    /// The difference `]`/`[` stepped to last: a pair index.
    private(set) var currentPair: Int?
    private var layout: (width: Int, rows: [Row], pairStarts: [Int])?

    struct Row {
        var marker: Span?
        var left: StyledLine
        var right: StyledLine
    }

    var mode: BrowserApp.Mode { .compare(left: left, right: right) }
    var name: String { "COMPARE" }
    var hints: String { "]/[ next/prev difference  x swap  {/} change side  Esc back" }

    init(left: Int, right: Int, model: BrowserModel) {
        self.left = left
        self.right = right
        pairs = Self.align(left, right, model)
    }

    private static func align(_ left: Int, _ right: Int, _ model: BrowserModel) -> [SentencePair] {
        let articles = model.story.articles
        // Before the analysis is in, the model has no word counts yet: count them for this comparison.
        let terms = model.isAnalysed ? model.terms : StoryTerms.of(model.story)
        return SentenceAligner.align(articles[left], articles[right], terms: terms)
    }

    private func column(_ context: ViewContext) -> Int { max(4, (context.rect.width - 3) / 2) }

    func laidOut(_ context: ViewContext) -> (rows: [Row], pairStarts: [Int]) {
        let column = column(context)
        if let layout, layout.width == column { return (layout.rows, layout.pairStarts) }
        var rows: [Row] = []
        var starts: [Int] = []
        for pair in pairs {
            var leftSpans: [Span] = []
            var rightSpans: [Span] = []
            let marker: Span
            switch pair.relation {
            case .same, .paraphrase:
                marker = pair.relation == .same ? Span("=", .same) : Span("≈", .paraphrase)
                let role: Role = pair.relation == .same ? .same : .paraphrase
                // Each side keeps its own spelling of the words they share.
                var ownWords = (pair.left ?? "").split(separator: " ").map(String.init)[...]
                for change in pair.changes {
                    switch change {
                    case .same(let text):
                        let count = text.split(separator: " ").count
                        leftSpans.append(Span(ownWords.prefix(count).joined(separator: " ") + " ", role))
                        ownWords = ownWords.dropFirst(count)
                        rightSpans.append(Span(text + " ", role))
                    case .removed(let text):
                        leftSpans += [Span(context.plainMarks ? "[-\(text)-]" : text, .removed), Span(" ")]
                        ownWords = ownWords.dropFirst(text.split(separator: " ").count)
                    case .added(let text):
                        rightSpans += [Span(context.plainMarks ? "{+\(text)+}" : text, .added), Span(" ")]
                    }
                }
            case .leftOnly:
                marker = Span("-", .leftOnly)
                leftSpans = [Span(pair.left ?? "", .leftOnly)]
            case .rightOnly:
                marker = Span("+", .rightOnly)
                rightSpans = [Span(pair.right ?? "", .rightOnly)]
            }
            let leftLines = Styled.wrap(leftSpans, width: column - 1)
            let rightLines = Styled.wrap(rightSpans, width: column - 1)
            starts.append(rows.count)
            for index in 0..<max(leftLines.count, rightLines.count, 1) {
                rows.append(Row(
                    marker: index == 0 ? marker : nil,
                    left: index < leftLines.count ? leftLines[index] : [], right: index < rightLines.count ? rightLines[index] : []))
            }
            rows.append(Row(marker: nil, left: [], right: []))
        }
        return (rows, starts)
    }

    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest {
        if scroll.apply(action, rows: context.visibleRows) { return .handled }
        let count = context.model.story.articles.count
        switch action {
        case .nextDifference, .previousDifference:
            let forward = action == .nextDifference
            let differing = pairs.indices.filter { pairs[$0].relation != .same }
            guard !differing.isEmpty else { return .message("the two sources say the same, sentence for sentence") }
            let from = currentPair ?? (forward ? -1 : pairs.count)
            guard let next = forward ? differing.first(where: { $0 > from }) : differing.last(where: { $0 < from }) else {
                return .message(forward ? "no more differences below" : "no more differences above")
            }
            currentPair = next
            scroll.top = laidOut(context).pairStarts[next]
        case .swapSides:
            self = CompareView(left: right, right: left, model: context.model)
            return .message("swapped: \(context.model.story.articles[left].displayName) on the left")
        case .changeLeft, .changeRight:
            guard count > 2 else { return .message("only two sources: nothing else to compare with") }
            var newLeft = left, newRight = right
            if action == .changeLeft {
                repeat { newLeft = (newLeft + 1) % count } while newLeft == right
            } else {
                repeat { newRight = (newRight + 1) % count } while newRight == left
            }
            self = CompareView(left: newLeft, right: newRight, model: context.model)
        case .open, .read:
            return .read(article: left, paragraph: nil, highlight: nil)
        default:
            return .unhandled
        }
        return .handled
    }

    mutating func settle(_ context: ViewContext) {
        let laid = laidOut(context)
        layout = (column(context), laid.rows, laid.pairStarts)
        scroll.clamp(lines: laid.rows.count, rows: context.visibleRows)
    }

    func draw(into screen: inout Screen, _ context: ViewContext) {
        let articles = context.model.story.articles
        let rect = context.rect
        let gutter = 2
        let column = column(context)
        context.drawTitle("", into: &screen)
        screen.put(" " + articles[left].displayName, x: rect.x + gutter, y: rect.y, role: .borderFocused, limit: column)
        screen.put(" " + articles[right].displayName, x: rect.x + gutter + column + 1, y: rect.y, role: .borderFocused, limit: column)
        let (rows, starts) = laidOut(context)
        let top = max(0, min(scroll.top, rows.count - context.visibleRows))
        let current = currentPair.map { starts[$0] }
        for (offset, row) in rows.dropFirst(top).prefix(context.visibleRows).enumerated() {
            let y = rect.y + 1 + offset
            if let marker = row.marker {
                screen.put(marker.text, x: rect.x, y: y, role: marker.role)
                if top + offset == current { screen.put("▶", x: rect.x + 1, y: y, role: .matchCurrent) }
            }
            Styled.draw(context.search.mark(row.left), into: &screen, x: rect.x + gutter, y: y, width: column - 1)
            screen.put("│", x: rect.x + gutter + column - 1, y: y, role: .border)
            Styled.draw(context.search.mark(row.right), into: &screen, x: rect.x + gutter + column + 1, y: y, width: column - 1)
        }
    }
}
