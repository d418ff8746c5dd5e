import StoryCore

extension BrowserApp {
    /// Draws the whole screen at `width` × `height`; changes nothing.
    public func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            let notice = width >= 18 ? "terminal too small" : "too small"
            screen.put(notice, x: 0, y: 0, role: .warning)
            return screen
        }
        let layout = layout(width: width, height: height)
        if let view = views.last {
            view.draw(into: &screen, context(layout.full))
        } else {
            for (pane, rect) in layout.panes {
                let separator = rect.x + rect.width < width
                let inner = Rect(x: rect.x, y: rect.y, width: rect.width - (separator ? 1 : 0), height: rect.height)
                Self.paneViews[pane]!.draw(self, into: &screen, inner)
                if separator {
                    for y in (rect.y + 1)..<(rect.y + rect.height) { screen.put("│", x: rect.x + rect.width - 1, y: y, role: .border) }
                    screen.put(" ", x: rect.x + rect.width - 1, y: rect.y, role: .border)
                }
            }
        }
        drawStatus(into: &screen, layout.status)
        return screen
    }

    static let paneViews: [Pane: any PaneView] = [.sources: SourcesPane(), .timeline: TimelinePane(), .detail: DetailPane()]

    /// Brings every scroll position within what the current size shows, and lets the view on top
    /// do the same; run after every key, resize and new model, so that drawing changes nothing.
    mutating func settle() {
        let layout = self.layout
        if var view = views.last {
            view.settle(context(layout.full))
            views[views.count - 1] = view
        }
        if let rect = layout.rect(of: .sources) {
            let rows = max(1, (rect.height - 1) / 2)
            sourcesTop = Scroll(top: sourcesTop).showing(shownSources.firstIndex(of: selectedSource) ?? 0, rows: rows)
        }
        if let rect = layout.rect(of: .timeline) {
            timelineTop = Scroll(top: timelineTop).showing(shownEvents.firstIndex(of: selectedEvent) ?? 0, rows: max(1, rect.height - 1))
        }
        if let rect = layout.rect(of: .detail), !showsSearchResults {
            let (_, lines, starts) = detailContent(width: max(1, rect.width - 2))
            if let paragraph = pendingParagraph, let line = starts[paragraph] {
                detailTop = max(0, line - 1)
                pendingParagraph = nil
            }
            detailTop = max(0, min(detailTop, lines.count - max(1, rect.height - 1)))
        }
    }

    /// A pane's title bar, marked when the pane has the focus.
    static func drawTitle(_ title: String, into screen: inout Screen, _ rect: Rect, focused: Bool, right: String = "") {
        let role: Role = focused ? .borderFocused : .border
        screen.fill(x: rect.x, y: rect.y, width: rect.width, role: role)
        let rightWidth = DisplayWidth.of(right)
        screen.put(" " + title, x: rect.x, y: rect.y, role: role, limit: max(0, rect.width - rightWidth - 1))
        if rightWidth > 0, rightWidth + 2 < rect.width { screen.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, role: role) }
    }

    /// Draws lines in a rectangle from line `top`, with search matches marked.
    static func drawLines(_ lines: [StyledLine], into screen: inout Screen, _ rect: Rect, top: Int, search: SearchMarks, current: Range<Int>? = nil) {
        for (row, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            let isCurrent = current?.contains(top + row) ?? false
            Styled.draw(search.mark(line, role: isCurrent ? .matchCurrent : .match), into: &screen, x: rect.x, y: rect.y + row, width: rect.width)
        }
    }

    private func drawStatus(into screen: inout Screen, _ rect: Rect) {
        if let kind = promptKind {
            drawPrompt(kind, into: &screen, rect)
            return
        }
        screen.fill(x: rect.x, y: rect.y, width: rect.width, role: .status)
        let story = model.story
        // What matters most stays whole at every width: the view, the counts, the filter, the
        // skipped files and "? help"; the story's title takes what is left.
        var left: [String] = []
        if let view = views.last { left.append(view.name) }
        if mode == .stories, let library {
            left += [library.groups.groups.count.counted("story").replacingOccurrences(of: "storys", with: "stories"), library.story.articles.count.counted("article")]
        } else if let loadingMessage {
            left.append(loadingMessage)
        } else if model.isAnalysed {
            let sources = filter.isEmpty ? story.articles.count.counted("source") : "\(shownSources.count)/\(story.articles.count) sources"
            let events = filter.isEmpty ? model.events.count.counted("event") : "\(shownEvents.count)/\(model.events.count) events"
            left += [sources, events, model.quotes.statements.count.counted("statement")]
        } else {
            left += [story.articles.count.counted("source"), "analysing quotes and timeline…"]
        }
        if !story.warnings.isEmpty { left.append("\(story.warnings.count) skipped (W)") }
        if !filter.isEmpty { left.append("filter: \(filter)") }
        if sourceOrder != .given { left.append("by \(sourceOrder.rawValue)") }
        let right: String
        if let message {
            right = message
        } else if !query.isEmpty {
            right = "/\(query)  \(matchIndex.map { "\($0 + 1)/" } ?? "")\(matches.count)  n/N  Esc clear  ? help"
        } else {
            let hints = views.last?.hints ?? "Tab pane  Enter open  + read  / search  & filter  c compare  Q quotes"
            let full = hints + "  ? help  q quit"
            let essential = " · ".joined(left).count + 20
            right = full.count + essential <= rect.width ? full : "? help  q quit"
        }
        let rightWidth = min(DisplayWidth.of(right), max(0, rect.width - 2))
        let room = max(0, rect.width - rightWidth - 3)
        var text = " " + left.joined(separator: " · ")
        if let title = story.title, loadingMessage == nil, mode != .stories, DisplayWidth.of(text) + 6 < room { text += " · " + title }
        if DisplayWidth.of(text) > room { text = String(DisplayWidth.prefix(Substring(text), fitting: max(0, room - 1)).0) + "…" }
        screen.put(text, x: rect.x, y: rect.y, role: .status, limit: room)
        screen.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, role: .status, limit: rightWidth)
    }

    /// The prompt: its text scrolled to keep the cursor in sight, and the match counts.
    private func drawPrompt(_ kind: PromptKind, into screen: inout Screen, _ rect: Rect) {
        screen.fill(x: rect.x, y: rect.y, width: rect.width, role: .prompt)
        let editor = kind == .search ? prompt : filterPrompt
        let count = kind == .search
            ? matchSummary
            : filter.isEmpty ? "outlet:  speaker:  date:2025-03..2025-05  words" : "\(shownSources.count) sources · \(shownEvents.count) events"
        let sigil = kind == .search ? "/" : "&"
        let room = max(4, rect.width - DisplayWidth.of(count) - 4)
        let before = String(editor.characters[..<editor.cursor])
        let after = String(editor.characters[editor.cursor...])
        // Shows the end of what comes before the cursor when the line is longer than the room.
        var shownBefore = Substring(before)
        while DisplayWidth.of(shownBefore) > room - 2, !shownBefore.isEmpty { shownBefore = shownBefore.dropFirst() }
        var x = rect.x + screen.put(sigil + shownBefore, x: rect.x, y: rect.y, role: .prompt, limit: room)
        x += screen.put(after.isEmpty ? " " : String(after.prefix(1)), x: x, y: rect.y, role: .selectionFocused)
        screen.put(after.dropFirst(), x: x, y: rect.y, role: .prompt, limit: max(0, rect.x + room - x))
        screen.put(count, x: rect.x + rect.width - DisplayWidth.of(count) - 1, y: rect.y, role: .prompt)
    }
}

private extension String {
    func joined(_ parts: [String]) -> String { parts.joined(separator: self) }
}
