import StoryCore

/// The selected source, its article text, or the selected event; search results while typing.
struct DetailPane: PaneView {
    func draw(_ app: BrowserApp, into screen: inout Screen, _ rect: Rect) {
        let focused = app.focus == .detail && app.views.isEmpty
        let width = max(1, rect.width - 2)
        let (title, lines, starts) = app.showsSearchResults
            ? ("3 Search", app.searchCache.lines(for: "\(app.query)|\(app.filter)|\(width)") { (app.searchLines(width: width), [:]) }.0, [:])
            : app.detailContent(width: width)
        let visible = max(1, rect.height - 1)
        let top = app.showsSearchResults ? 0 : max(0, min(app.detailTop, lines.count - visible))
        let position = lines.count > visible ? "\(min(100, (top + visible) * 100 / max(1, lines.count)))%" : ""
        BrowserApp.drawTitle(title, into: &screen, rect, focused: focused, right: position)
        // The paragraph `n` stepped to has its matches in the current match's role.
        var current: Range<Int>?
        if case .paragraph(let article, let paragraph)? = app.currentMatch, app.detail == .article(article), let start = starts[paragraph] {
            current = start..<(starts.values.filter { $0 > start }.min() ?? lines.count)
        }
        BrowserApp.drawLines(lines, into: &screen, Rect(x: rect.x + 1, y: rect.y + 1, width: width, height: visible), top: top, search: app.marks, current: current)
        // The wording `]`/`[` stepped to: Enter reads it in its article.
        if case .event = app.detail, !app.showsSearchResults, let wording = app.eventWording, let line = starts[wording], line >= top, line < top + visible {
            screen.restyle(x: rect.x, y: rect.y + 1 + line - top, width: rect.width, role: focused ? .selectionFocused : .selection, keeping: [.match, .matchCurrent])
        }
    }
}

extension BrowserApp {
    /// Whether Detail lists what the query being typed finds.
    var showsSearchResults: Bool { editingQuery || (!query.isEmpty && matchIndex == nil) }

    /// What Detail shows (not while searching): its title, lines, and where each paragraph starts.
    func detailContent(width: Int) -> (String, [StyledLine], [Int: Int]) {
        let (lines, starts) = detailCache.lines(for: "\(detail)|\(width)|\(plainMarks)") {
            switch detail {
            case .source(let index): return (sourceLines(index, width: width), [:])
            case .article(let index): return articleLines(index, width: width)
            case .event(let index): return eventLines(index, width: width)
            }
        }
        switch detail {
        case .source: return ("3 Source", lines, starts)
        case .article: return ("3 Article", lines, starts)
        case .event: return ("3 Event", lines, starts)
        }
    }

    /// The paragraph at the top of the article shown in Detail.
    func paragraphAtDetailTop() -> Int? {
        guard let rect = layout.rect(of: .detail) else { return nil }
        let starts = detailContent(width: max(1, rect.width - 2)).2
        return starts.filter { $0.value >= detailTop }.min { $0.value < $1.value }?.key ?? starts.max { $0.value < $1.value }?.key
    }

    private func sourceLines(_ index: Int, width: Int) -> [StyledLine] {
        guard model.story.articles.indices.contains(index) else { return [] }
        let article = model.story.articles[index]
        var spans: [[Span]] = []
        spans.append([Span(article.title ?? "(untitled)", .title)])
        var facts = [Span(article.displayName, .outlet)]
        if let byline = article.byline { facts.append(Span(" · by \(byline)")) }
        facts.append(Span(" · "))
        facts.append(Span(article.published?.iso ?? "undated", .date))
        spans.append(facts)
        let file = article.path.split(separator: "/").last.map(String.init) ?? article.path
        spans.append([Span("\(article.wordCount.counted("word")) · \(article.prose.count.counted("paragraph")) · \(article.format.rawValue) · \(file)", .dim)])
        if let url = article.url { spans.append([Span(url, .dim)]) }
        if let coverage = model.coverage[article.id] {
            spans.append([])
            spans.append([Span("Carries \(Int((coverage.share * 100).rounded()))% of what several outlets report", .heading)])
            spans.append([Span("\(coverage.events.count) of \(coverage.sharedEventCount) shared events, \(coverage.statements.count) of \(coverage.sharedStatementCount) shared statements")])
            let missing = model.coverage.missingEvents(of: article.id).prefix(6).compactMap { id in model.events.first { $0.id == id } }
            if !missing.isEmpty {
                spans.append([Span("Leaves out:", .dim)])
                for event in missing { spans.append([Span("  \(event.date.iso) ", .date), Span(event.summary)]) }
            }
        }
        if !article.removed.isEmpty {
            var counts: [String: Int] = [:]
            for block in article.removed { counts[block.reason.rawValue, default: 0] += 1 }
            spans.append([])
            spans.append([Span("Removed from the page: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "), .dim)])
        }
        spans.append([])
        spans.append([Span("Enter: the article here · +: read it full screen · c: compare · y: copy the citation · o: open its address", .dim)])
        return spans.flatMap { Styled.wrap($0, width: width).ifEmpty([[]]) }
    }

    /// An article's title, then its outlet, byline and date; `extra` after them.
    static func articleHeader(_ article: Article, width: Int, extra: [Span] = []) -> [StyledLine] {
        var facts = [Span(article.displayName, .outlet)]
        if let byline = article.byline { facts.append(Span(" · by \(byline)")) }
        facts += [Span(" · "), Span(article.published?.iso ?? "undated", .date)] + extra
        return Styled.wrap([Span(article.title ?? "(untitled)", .title)], width: width) + Styled.wrap(facts, width: width)
    }

    /// The article's text, quotations and date expressions marked; with where each paragraph starts.
    private func articleLines(_ index: Int, width: Int) -> ([StyledLine], [Int: Int]) {
        guard model.story.articles.indices.contains(index) else { return ([], [:]) }
        let article = model.story.articles[index]
        var lines: [StyledLine] = []
        var starts: [Int: Int] = [:]
        lines += Self.articleHeader(article, width: width)
        var paragraph = 0
        for block in article.blocks {
            lines.append([])
            switch block.kind {
            case .heading:
                starts[paragraph] = lines.count
                lines += Styled.wrap([Span(block.text, .heading)], width: width)
                paragraph += 1
            case .paragraph, .listItem:
                starts[paragraph] = lines.count
                let spans = Self.marked(block.text, article: article.id, paragraph: paragraph, model: model)
                lines += block.kind == .listItem ? Styled.wrap([Span("• ")] + spans, width: width, indent: 2) : Styled.wrap(spans, width: width)
                paragraph += 1
            }
        }
        for caption in article.captions {
            lines.append([])
            lines += Styled.wrap([Span("Caption: " + caption, .caption)], width: width)
        }
        return (lines, starts)
    }

    /// A paragraph with its quotations and dated expressions in their roles.
    static func marked(_ text: String, article: String, paragraph: Int, model: BrowserModel) -> [Span] {
        var marks: [(Range<String.Index>, Role)] = []
        for number in model.statementsAt[article]?[paragraph] ?? [] {
            for mention in model.quotes.statements[number].mentions where mention.article == article && mention.paragraph == paragraph && mention.kind != .indirect {
                if let range = text.range(of: mention.text) { marks.append((range, .quote)) }
            }
        }
        for expression in model.datesAt[article]?[paragraph] ?? [] {
            if let range = text.range(of: expression), !marks.contains(where: { $0.0.overlaps(range) }) { marks.append((range, .date)) }
        }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var spans: [Span] = []
        var position = text.startIndex
        for (range, role) in marks where range.lowerBound >= position {
            if position < range.lowerBound { spans.append(Span(String(text[position..<range.lowerBound]))) }
            spans.append(Span(String(text[range]), role))
            position = range.upperBound
        }
        if position < text.endIndex { spans.append(Span(String(text[position...]))) }
        return spans
    }

    /// An event: each outlet's sentence, its quotations with every wording, and what outlets disagree on.
    /// An event's lines, with where each wording starts (by its place in `eventWordings`).
    private func eventLines(_ index: Int, width: Int) -> ([StyledLine], [Int: Int]) {
        guard model.events.indices.contains(index) else { return ([], [:]) }
        var starts: [Int: Int] = [:]
        let event = model.events[index]
        var blocks: [[Span]] = []
        blocks.append([Span(event.date.iso, .date), Span(" · \(event.date.precision.rawValue)\(event.date.approximate ? " (approximate)" : "")", .dim)])
        blocks.append([Span(event.summary, .title)])
        let carried = model.sourceFamilies.count(event.mentions.map(\.article))
        if carried.reprints > 0 {
            blocks.append([Span("Reported by \(carried.sources.counted("independent source")), and \(carried.reprints.counted("reprint")) of them", .dim)])
        }
        for alternative in event.alternatives {
            let names = alternative.articles.map(model.outletName).joined(separator: ", ")
            blocks.append([Span("! Outlets disagree: \(names) give\(alternative.articles.count == 1 ? "s" : "") \(alternative.date.iso)", .disagreement)])
        }
        for conflict in event.conflicts {
            let values = conflict.values.map { "\($0.value) (\($0.articles.map(model.outletName).joined(separator: ", ")))" }.joined(separator: " vs ")
            blocks.append([Span("! \(conflict.what): \(values)", .disagreement)])
        }
        var lines: [StyledLine] = blocks.flatMap { Styled.wrap($0, width: width) }
        // Wordings repeated across outlets are shown once, and at most 60 of them: a wire story
        // reprinted by two thousand outlets is one line of outlets, not two thousand paragraphs.
        let wordings = model.eventWordings[index]
        for (shown, wording) in wordings.enumerated() {
            if shown == 60 {
                lines.append([])
                lines += Styled.wrap([Span("… and \(wordings.count - 60) more wordings", .dim)], width: width)
                break
            }
            let mention = wording.mention
            let others = Set(wording.articles).subtracting([mention.article]).count
            lines.append([])
            starts[shown] = lines.count
            lines += Styled.wrap([
                Span(model.outletName(mention.article), .outlet), Span(others > 0 ? " and \(others) more" : "", .outlet),
                Span(" · "), mention.lead ? Span(mention.leadName, .dim) : Span(mention.expression, .date), Span(mention.fromCaption ? " · caption" : "", .dim),
            ], width: width)
            lines += Styled.wrap(Self.marked(mention.text, article: mention.article, paragraph: mention.paragraph, model: model), width: width, indent: 2)
        }
        let sorted = model.eventStatements[index]
        if !sorted.isEmpty {
            lines.append([])
            lines += Styled.wrap([Span("Said", .heading)], width: width)
            // The statements of the event's paragraphs; in a story of thousands of reprints, the first dozen.
            for number in sorted.prefix(Self.statementsShownPerEvent) { lines += statementLines(number, width: width) }
            if sorted.count > Self.statementsShownPerEvent {
                lines += Styled.wrap([Span("… and \(sorted.count - Self.statementsShownPerEvent) more statements (Q lists every quotation)", .dim)], width: width)
            }
        }
        return (lines, starts)
    }

    /// A statement with its speaker and every outlet's wording, word differences marked.
    func statementLines(_ number: Int, width: Int, indent: Int = 0) -> [StyledLine] {
        let statement = model.quotes.statements[number]
        let speaker = statement.speaker.flatMap { model.speakerNames[$0] } ?? statement.describedSpeaker ?? "Speaker unknown"
        let said = statement.kind == .indirect ? Span(statement.text) : Span("“\(statement.text)”", .quote)
        var lines = Styled.wrap([Span(speaker, .speaker), Span(": "), said], width: width, indent: indent)
        // A handful of outlets: each one's wording. A wire quote in hundreds of reprints: each
        // distinct wording once, with how many more outlets carry it, and the first few of them
        // (the quotes view, `Q`, lists more), so the pane (and the frame that draws it) stays
        // the same size however big the story.
        let collapse = statement.mentions.count > Self.mentionsShownInFull
        var carriers: [String: Int] = [:]
        if collapse { for mention in statement.mentions { carriers[mention.text, default: 0] += 1 } }
        var shown: Set<String> = []
        for mention in statement.mentions {
            if collapse {
                guard shown.insert(mention.text).inserted else { continue }
                if shown.count > Self.wordingsShown {
                    lines += Styled.wrap([Span("… and \(carriers.count - Self.wordingsShown) more wordings (Q lists them)", .dim)], width: width, indent: indent + 2)
                    break
                }
            }
            let others = (carriers[mention.text] ?? 1) - 1
            var spans = [Span(model.outletName(mention.article), .outlet)]
            if others > 0 { spans.append(Span(" and \(others) more", .outlet)) }
            spans.append(Span(" \(mention.relation.rawValue): ", .dim))
            spans += Self.wordingSpans(statement: statement, mention: mention, plainMarks: plainMarks || themeName == "mono")
            lines += Styled.wrap(spans, width: width, indent: indent + 2)
        }
        return lines
    }

    /// One outlet's wording of a statement, its differences from the statement marked.
    static func wordingSpans(statement: Statement, mention: StatementMention, plainMarks: Bool) -> [Span] {
        if mention.relation == .verbatim || mention.kind == .indirect {
            return [Span(mention.text, mention.kind == .indirect ? .normal : .quote)]
        }
        var spans: [Span] = []
        for change in WordDiff.changes(from: statement.text, to: mention.text) {
            switch change {
            case .same(let text): spans.append(Span(text + " ", .quote))
            case .removed(let text): spans += [Span(plainMarks ? "[-\(text)-]" : text, .removed), Span(" ")]
            case .added(let text): spans += [Span(plainMarks ? "{+\(text)+}" : text, .added), Span(" ")]
            }
        }
        return spans
    }

    static let mentionsShownInFull = 12
    static let wordingsShown = 5
    static let statementsShownPerEvent = 12

    /// Results as the query is typed: how many of each kind (as the prompt says), then the best paragraphs.
    func searchLines(width: Int) -> [StyledLine] {
        guard !query.isEmpty else { return Styled.wrap([Span("Type to search every source, event and quotation.", .dim)], width: width) }
        var lines = Styled.wrap([Span(matchSummary, .heading)], width: width)
        lines += Styled.wrap([Span("Enter, then n/N: each match in reading order", .dim)], width: width)
        for hit in searchHits {
            lines.append([])
            let place = hit.paragraph < 0 ? "title" : "¶\(hit.paragraph + 1)"
            lines += Styled.wrap([Span(model.outletName(hit.article), .outlet), Span(" \(place)", .dim)], width: width)
            lines += Styled.wrap([Span(hit.snippet)], width: width, indent: 2)
        }
        return lines
    }
}

extension Array {
    func ifEmpty(_ replacement: Self) -> Self { isEmpty ? replacement : self }
}
