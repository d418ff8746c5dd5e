import StoryCore

/// `Q`: every statement by speaker, as a list with a cursor: speaker → statement → each outlet's
/// wording. `Enter` on a wording reads that article at that paragraph, the quotation marked.
struct QuotesView: StoryView {
    /// A row the cursor can rest on.
    enum Item: Equatable {
        case speaker(String?)
        case statement(Int)
        /// A statement's mention, by its place in `statement.mentions`.
        case wording(statement: Int, mention: Int)
    }

    var cursor = 0
    var scroll = Scroll()
    /// Statements shown (the filter's), or nil for all.
    var statements: Set<Int>?
    /// The lines of each item at the width they were laid out for, worked out once per width.
    private var layout: (width: Int, items: [Item], starts: [Int], lines: [StyledLine])?

    var mode: BrowserApp.Mode { .quotes }
    var name: String { "QUOTES" }
    var hints: String { "j/k move  Enter read it  Esc back" }

    init(statements: Set<Int>? = nil, showing statement: Int? = nil, model: BrowserModel) {
        self.statements = statements
        if let statement {
            let items = Self.items(model, statements: statements)
            cursor = items.firstIndex(of: .statement(statement)) ?? 0
        }
    }

    static func items(_ model: BrowserModel, statements shown: Set<Int>?) -> [Item] {
        let all = model.quotes.statements
        let numbers = all.indices.filter { shown?.contains($0) ?? true }
        let bySpeaker = Dictionary(grouping: numbers, by: { all[$0].speaker ?? "" })
        var items: [Item] = []
        for id in model.quotes.speakers.map(\.id) + [""] {
            guard let numbers = bySpeaker[id] else { continue }
            items.append(.speaker(id.isEmpty ? nil : id))
            for number in numbers {
                items.append(.statement(number))
                for (index, mention) in wordings(all[number]) { _ = mention; items.append(.wording(statement: number, mention: index)) }
            }
        }
        return items
    }

    /// Each distinct wording once (a wire quote in hundreds of reprints is a few rows), at most 30.
    static func wordings(_ statement: Statement) -> [(Int, StatementMention)] {
        var seen: Set<String> = []
        var result: [(Int, StatementMention)] = []
        for (index, mention) in statement.mentions.enumerated() where seen.insert(mention.text).inserted {
            result.append((index, mention))
            if result.count == 30 { break }
        }
        return result
    }

    func laidOut(_ context: ViewContext) -> (items: [Item], starts: [Int], lines: [StyledLine]) {
        if let layout, layout.width == context.contentWidth { return (layout.items, layout.starts, layout.lines) }
        let model = context.model
        let width = context.contentWidth
        var lines: [StyledLine] = []
        var starts: [Int] = []
        let items = Self.items(model, statements: statements)
        for item in items {
            switch item {
            case .speaker(let id):
                if !lines.isEmpty { lines.append([]) }
                starts.append(lines.count)
                if let speaker = model.quotes.speakers.first(where: { $0.id == id }) {
                    var header = [Span(speaker.name, .speaker), Span(" (\(speaker.kind.rawValue))", .dim)]
                    if let role = speaker.role { header.append(Span(" — \(role)", .dim)) }
                    if !speaker.aliases.isEmpty { header.append(Span("  also \(speaker.aliases.joined(separator: ", "))", .dim)) }
                    lines += Styled.wrap(header, width: width)
                } else {
                    lines += Styled.wrap([Span("Speaker not named", .speaker)], width: width)
                }
            case .statement(let number):
                starts.append(lines.count)
                let statement = model.quotes.statements[number]
                let said = statement.kind == .indirect ? Span(statement.text) : Span("“\(statement.text)”", .quote)
                let who = statement.speaker == nil ? [Span((statement.describedSpeaker ?? "unknown") + ": ", .dim)] : []
                let carriers = Span(" · " + model.statementCarriers[number], .dim)
                lines += Styled.wrap([Span("• ")] + who + [said, carriers], width: width, indent: 2)
            case .wording(let number, let index):
                starts.append(lines.count)
                let statement = model.quotes.statements[number]
                let mention = statement.mentions[index]
                let carriers = statement.mentions.filter { $0.text == mention.text }.count
                var spans = [Span(model.outletName(mention.article), .outlet)]
                if carriers > 1 { spans.append(Span(" and \(carriers - 1) more", .outlet)) }
                spans.append(Span(" ¶\(mention.paragraph + 1) \(mention.relation.rawValue): ", .dim))
                spans += BrowserApp.wordingSpans(statement: statement, mention: mention, plainMarks: context.plainMarks)
                lines += Styled.wrap(spans, width: width, indent: 6)
            }
        }
        return (items, starts, lines)
    }

    mutating func perform(_ action: Action, _ context: ViewContext) -> ViewRequest {
        let (items, starts, _) = laidOut(context)
        guard !items.isEmpty else { return action == .open ? .handled : .unhandled }
        switch action {
        case .down: cursor += 1
        case .up: cursor -= 1
        case .first: cursor = 0
        case .last: cursor = items.count - 1
        case .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            // Pages move the cursor by as many rows as they scroll.
            let rows = context.visibleRows
            let step = action == .pageDown || action == .pageUp ? rows : max(1, rows / 2)
            let target = (starts[clampedCursor(items.count)] + (action == .pageDown || action == .halfPageDown ? step : -step))
            cursor = starts.lastIndex { $0 <= max(0, target) } ?? 0
            _ = scroll.apply(action, rows: rows)
        case .nextDifference, .previousDifference:
            // The next speaker.
            let forward = action == .nextDifference
            let range = forward ? Array((clampedCursor(items.count) + 1)..<items.count) : Array((0..<clampedCursor(items.count)).reversed())
            if let next = range.first(where: { if case .speaker = items[$0] { return true } else { return false } }) { cursor = next }
        case .open, .read:
            switch items[clampedCursor(items.count)] {
            case .speaker: cursor += 1
            case .statement(let number):
                guard let mention = context.model.quotes.statements[number].mentions.first,
                      let article = context.model.articleIndex(mention.article) else { return .handled }
                return .read(article: article, paragraph: mention.paragraph, highlight: mention.text)
            case .wording(let number, let index):
                let mention = context.model.quotes.statements[number].mentions[index]
                guard let article = context.model.articleIndex(mention.article) else { return .handled }
                return .read(article: article, paragraph: mention.paragraph, highlight: mention.text)
            }
        case .yank:
            return yank(items[clampedCursor(items.count)], context)
        default: return .unhandled
        }
        cursor = clampedCursor(items.count)
        return .handled
    }

    private func yank(_ item: Item, _ context: ViewContext) -> ViewRequest {
        let model = context.model
        switch item {
        case .speaker: return .message("nothing to copy here: move to a statement")
        case .statement(let number), .wording(let number, _):
            let statement = model.quotes.statements[number]
            var mention = statement.mentions.first
            if case .wording(_, let index) = item { mention = statement.mentions[index] }
            guard let mention, let article = model.articleIndex(mention.article) else { return .handled }
            let speaker = statement.speaker.flatMap { model.speakerNames[$0] } ?? statement.describedSpeaker
            let text = (speaker.map { "\($0): " } ?? "") + "“\(mention.text)” — " + Citation.of(model.story.articles[article], paragraph: mention.paragraph)
            return .yank(text, what: "quotation")
        }
    }

    private func clampedCursor(_ count: Int) -> Int { max(0, min(cursor, count - 1)) }

    /// The statement under the cursor, for `n` to start from.
    func statement(_ context: ViewContext) -> Int? {
        let items = laidOut(context).items
        guard !items.isEmpty else { return nil }
        switch items[clampedCursor(items.count)] {
        case .statement(let number), .wording(let number, _): return number
        case .speaker: return nil
        }
    }

    mutating func show(statement: Int, _ context: ViewContext) {
        if let place = laidOut(context).items.firstIndex(of: .statement(statement)) { cursor = place }
        settle(context)
    }

    mutating func settle(_ context: ViewContext) {
        let laid = laidOut(context)
        layout = (context.contentWidth, laid.items, laid.starts, laid.lines)
        guard !laid.items.isEmpty else { cursor = 0; scroll.top = 0; return }
        cursor = clampedCursor(laid.items.count)
        let start = laid.starts[cursor]
        let end = cursor + 1 < laid.starts.count ? laid.starts[cursor + 1] - 1 : laid.lines.count - 1
        let rows = context.visibleRows
        scroll.top = scroll.showing(end, rows: rows)
        scroll.top = scroll.showing(start, rows: rows)
        scroll.clamp(lines: laid.lines.count, rows: rows)
    }

    func draw(into screen: inout Screen, _ context: ViewContext) {
        let (items, starts, lines) = laidOut(context)
        let count = statements?.count ?? context.model.quotes.statements.count
        context.drawTitle("Quotes — every statement, by speaker", into: &screen, right: "\(count)")
        guard !items.isEmpty else {
            screen.put(" no quotations", x: context.rect.x, y: context.rect.y + 1, role: .dim)
            return
        }
        let top = max(0, min(scroll.top, lines.count - context.visibleRows))
        context.drawLines(lines, into: &screen, top: top)
        let current = clampedCursor(items.count)
        let end = current + 1 < starts.count ? starts[current + 1] : lines.count
        for line in starts[current]..<end where line >= top && line < top + context.visibleRows && !lines[line].isEmpty {
            screen.restyle(x: context.rect.x, y: context.rect.y + 1 + line - top, width: context.rect.width, role: .selectionFocused, keeping: [.match, .matchCurrent, .removed, .added])
        }
    }
}
