import StoryCore

extension BrowserApp {
    /// Draws the whole screen at `width` × `height`. Scroll positions are clamped to what fits.
    public mutating func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            let notice = width >= 18 ? "terminal too small" : "too small"
            screen.put(notice, x: 0, y: 0, role: .warning)
            return screen
        }
        let layout = Layout.make(width: width, height: height, focus: focus, side: sidePane)
        self.layout = layout
        pageHeight = max(1, height - 3)
        switch mode {
        case .main:
            for (pane, rect) in layout.panes {
                let separator = rect.x + rect.width < width
                let inner = Rect(x: rect.x, y: rect.y, width: rect.width - (separator ? 1 : 0), height: rect.height)
                switch pane {
                case .sources: drawSources(into: &screen, inner)
                case .timeline: drawTimeline(into: &screen, inner)
                case .detail: drawDetail(into: &screen, inner)
                }
                if separator {
                    for y in (rect.y + 1)..<(rect.y + rect.height) { screen.put("│", x: rect.x + rect.width - 1, y: y, role: .border) }
                    screen.put(" ", x: rect.x + rect.width - 1, y: rect.y, role: .border)
                }
            }
        case .quotes: drawQuotes(into: &screen, layout.full)
        case .compare(let left, let right): drawCompare(into: &screen, layout.full, left: left, right: right)
        case .help: drawHelp(into: &screen, layout.full)
        }
        drawStatus(into: &screen, layout.status)
        return screen
    }

    /// A pane's title bar, marked when the pane has the focus.
    func drawTitle(_ title: String, into screen: inout Screen, _ rect: Rect, focused: Bool, right: String = "") {
        let role: Role = focused ? .borderFocused : .border
        screen.fill(x: rect.x, y: rect.y, width: rect.width, role: role)
        let rightWidth = DisplayWidth.of(right)
        screen.put(" " + title, x: rect.x, y: rect.y, role: role, limit: max(0, rect.width - rightWidth - 1))
        if rightWidth > 0, rightWidth + 2 < rect.width { screen.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, role: role) }
    }

    /// Draws lines in a rectangle from line `top`, with search matches highlighted.
    func drawLines(_ lines: [StyledLine], into screen: inout Screen, _ rect: Rect, top: Int) {
        for (row, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            let shown = matchStems.isEmpty ? line : Styled.highlight(line, wordMatches)
            Styled.draw(shown, into: &screen, x: rect.x, y: rect.y + row, width: rect.width)
        }
    }

    private func drawStatus(into screen: inout Screen, _ rect: Rect) {
        if editingQuery {
            screen.fill(x: rect.x, y: rect.y, width: rect.width, role: .prompt)
            let count = matches.isEmpty ? (query.isEmpty ? "" : "no matches") : "\(matches.count) match\(matches.count == 1 ? "" : "es")"
            let used = screen.put("/" + query, x: rect.x, y: rect.y, role: .prompt, limit: rect.width - DisplayWidth.of(count) - 2)
            screen.put("▏", x: rect.x + used, y: rect.y, role: .prompt)
            screen.put(count, x: rect.x + rect.width - DisplayWidth.of(count) - 1, y: rect.y, role: .prompt)
            return
        }
        screen.fill(x: rect.x, y: rect.y, width: rect.width, role: .status)
        let story = model.story
        // Counts first: the title is long and the pane headers already say what is shown.
        var left = model.isAnalysed
            ? " \(story.articles.count.counted("source")) · \(model.events.count.counted("event")) · \(model.quotes.statements.count.counted("statement")) · \(story.title ?? "Storyline")"
            : " \(story.articles.count.counted("source")) · analysing quotes and timeline… · \(story.title ?? "Storyline")"
        if let loadingMessage { left = " \(loadingMessage)" }
        switch mode {
        case .main: break
        case .quotes: left = " QUOTES ·" + left
        case .compare: left = " COMPARE ·" + left
        case .help: left = " HELP ·" + left
        }
        var right: String
        if let message {
            right = message
        } else if !query.isEmpty {
            right = "/\(query)  \(matchIndex.map { "\($0 + 1)/" } ?? "")\(matches.count) match\(matches.count == 1 ? "" : "es")  n/N next  Esc clear"
        } else {
            right = mode == .main ? "Tab pane  Enter open  / search  c compare  Q quotes  ? help  q quit" : "j/k scroll  Esc back  q back"
        }
        let rightWidth = min(DisplayWidth.of(right), rect.width / 2 + 10)
        screen.put(left, x: rect.x, y: rect.y, role: .status, limit: max(0, rect.width - rightWidth - 2))
        screen.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, role: .status, limit: rightWidth)
    }
}
