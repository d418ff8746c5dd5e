import StoryCore

extension BrowserApp {
    /// `Q`: speakers, their statements, and each outlet's wording with word differences marked.
    mutating func drawQuotes(into screen: inout Screen, _ rect: Rect) {
        drawTitle("Quotes — every statement, by speaker", into: &screen, rect, focused: true, right: "\(model.quotes.statements.count)")
        let width = max(1, rect.width - 2)
        var lines: [StyledLine] = []
        var starts: [Int: Int] = [:]
        let bySpeaker = Dictionary(grouping: model.quotes.statements.indices, by: { model.quotes.statements[$0].speaker ?? "" })
        let order = model.quotes.speakers.map(\.id) + (bySpeaker[""] == nil ? [] : [""])
        for id in order {
            guard let numbers = bySpeaker[id] else { continue }
            if !lines.isEmpty { lines.append([]) }
            if let speaker = model.quotes.speakers.first(where: { $0.id == id }) {
                var header = [Span(speaker.name, .speaker)]
                if let role = speaker.role { header.append(Span(" — \(role)", .dim)) }
                if !speaker.aliases.isEmpty { header.append(Span("  also \(speaker.aliases.joined(separator: ", "))", .dim)) }
                lines += Styled.wrap(header, width: width)
            } else {
                lines += Styled.wrap([Span("Speaker not named", .speaker)], width: width)
            }
            for number in numbers {
                starts[number] = lines.count
                lines += statementLines(number, width: width, indent: 2)
            }
        }
        if let pending = pendingStatement, let line = starts[pending] {
            modeTop = line
            pendingStatement = nil
        }
        let visible = max(1, rect.height - 1)
        modeTop = max(0, min(modeTop, lines.count - visible))
        drawLines(lines, into: &screen, Rect(x: rect.x + 1, y: rect.y + 1, width: width, height: visible), top: modeTop)
    }

    /// `c`: two sources side by side, sentence by sentence, scrolling together.
    mutating func drawCompare(into screen: inout Screen, _ rect: Rect, left: Int, right: Int) {
        let articles = model.story.articles
        guard articles.indices.contains(left), articles.indices.contains(right) else { mode = .main; return }
        let pairs = comparePairs
        let gutter = 2
        let column = max(4, (rect.width - gutter - 1) / 2)
        drawTitle("", into: &screen, rect, focused: true)
        screen.put(" " + articles[left].displayName, x: rect.x + gutter, y: rect.y, role: .borderFocused, limit: column)
        screen.put(" " + articles[right].displayName, x: rect.x + gutter + column + 1, y: rect.y, role: .borderFocused, limit: column)
        var rows: [(marker: Span, left: [StyledLine], right: [StyledLine])] = []
        for pair in pairs {
            var leftSpans: [Span] = []
            var rightSpans: [Span] = []
            let marker: Span
            switch pair.relation {
            case .same, .paraphrase:
                marker = pair.relation == .same ? Span("=", .same) : Span("~", .paraphrase)
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
                        leftSpans += [Span(text, .removed), Span(" ")]
                        ownWords = ownWords.dropFirst(text.split(separator: " ").count)
                    case .added(let text): rightSpans += [Span(text, .added), Span(" ")]
                    }
                }
            case .leftOnly:
                marker = Span("-", .leftOnly)
                leftSpans = [Span(pair.left ?? "", .leftOnly)]
            case .rightOnly:
                marker = Span("+", .rightOnly)
                rightSpans = [Span(pair.right ?? "", .rightOnly)]
            }
            rows.append((marker, Styled.wrap(leftSpans, width: column - 1), Styled.wrap(rightSpans, width: column - 1)))
        }
        var lines: [(Span?, StyledLine, StyledLine)] = []
        for row in rows {
            let height = max(row.left.count, row.right.count, 1)
            for index in 0..<height {
                lines.append((index == 0 ? row.marker : nil, index < row.left.count ? row.left[index] : [], index < row.right.count ? row.right[index] : []))
            }
            lines.append((nil, [], []))
        }
        let visible = max(1, rect.height - 1)
        modeTop = max(0, min(modeTop, lines.count - visible))
        for (offset, line) in lines.dropFirst(modeTop).prefix(visible).enumerated() {
            let y = rect.y + 1 + offset
            if let marker = line.0 { screen.put(marker.text, x: rect.x, y: y, role: marker.role) }
            Styled.draw(matchStems.isEmpty ? line.1 : Styled.highlight(line.1, wordMatches), into: &screen, x: rect.x + gutter, y: y, width: column - 1)
            screen.put("│", x: rect.x + gutter + column - 1, y: y, role: .border)
            Styled.draw(matchStems.isEmpty ? line.2 : Styled.highlight(line.2, wordMatches), into: &screen, x: rect.x + gutter + column + 1, y: y, width: column - 1)
        }
    }

    /// `?`: every key, from the same table that dispatches them.
    mutating func drawHelp(into screen: inout Screen, _ rect: Rect) {
        drawTitle("Help — keys", into: &screen, rect, focused: true)
        var lines: [StyledLine] = []
        for binding in KeyMap.bindings {
            let keys = binding.keys.map(\.label).joined(separator: " ")
            lines.append([Span(keys.padding(toLength: 22, withPad: " ", startingAt: 0), .heading), Span(binding.action.summary)])
        }
        lines.append([])
        lines.append([Span("Mouse".padding(toLength: 22, withPad: " ", startingAt: 0), .heading), Span("click focuses and selects; the wheel scrolls")])
        lines.append([Span("Search syntax".padding(toLength: 22, withPad: " ", startingAt: 0), .heading), Span("\"phrase\"  word*  -word  outlet:NAME  speaker:NAME  date:YYYY-MM-DD")])
        lines.append([Span("Theme".padding(toLength: 22, withPad: " ", startingAt: 0), .heading), Span(themeName)])
        let visible = max(1, rect.height - 1)
        modeTop = max(0, min(modeTop, lines.count - visible))
        drawLines(lines, into: &screen, Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: visible), top: modeTop)
    }

    // MARK: Mouse

    mutating func click(x: Int, y: Int) {
        guard mode == .main, let layout else { return }
        guard let (pane, rect) = layout.panes.first(where: { $0.1.contains(x: x, y: y) }) else { return }
        focus(pane)
        let row = y - rect.y - 1
        guard row >= 0 else { return }
        switch pane {
        case .sources:
            let index = sourcesTop + row / 2
            if index < articleCount {
                selectedSource = index
                if case .article = detail {} else { detail = .source(index) }
            }
        case .timeline:
            let index = timelineTop + row
            if index < model.events.count {
                selectedEvent = index
                detail = .event(index)
                detailTop = 0
            }
        case .detail:
            break
        }
    }

    mutating func wheel(x: Int, y: Int, by delta: Int) {
        if mode != .main {
            modeTop = max(0, modeTop + delta)
            return
        }
        guard let layout, let (pane, _) = layout.panes.first(where: { $0.1.contains(x: x, y: y) }) else { return }
        switch pane {
        case .detail: detailTop = max(0, detailTop + delta)
        case .sources: selectedSource = clamp(selectedSource + delta.signum(), articleCount)
        case .timeline: if !model.events.isEmpty { selectedEvent = clamp(selectedEvent + delta.signum(), model.events.count); detail = .event(selectedEvent) }
        }
    }
}
