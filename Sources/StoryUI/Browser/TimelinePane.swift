import StoryCore

extension BrowserApp {
    /// Events in time order: date and precision, which outlets report each, a mark where they disagree.
    func drawTimeline(into screen: inout Screen, _ rect: Rect) {
        let focused = focus == .timeline && views.isEmpty
        Self.drawTitle("2 Timeline", into: &screen, rect, focused: focused, right: filter.isEmpty ? "\(model.events.count)" : "\(shownEvents.count)/\(model.events.count)")
        let rows = max(1, rect.height - 1)
        let top = Scroll(top: timelineTop).showing(shownEvents.firstIndex(of: selectedEvent) ?? 0, rows: rows)
        let source = model.story.articles.indices.contains(selectedSource) ? model.story.articles[selectedSource].id : ""
        // One dot per source while they fit beside a readable summary; else a count.
        let compact = shownSources.count > 8 || rect.width - 14 - shownSources.count < 24
        let current: Int? = if case .event(let index)? = currentMatch { index } else { nil }
        for (row, index) in shownEvents.dropFirst(top).prefix(rows).enumerated() {
            let event = model.events[index]
            let y = rect.y + 1 + row
            let reporters = model.eventReporters[index]
            let mine = reporters.contains(source) && focus == .sources
            var x = rect.x
            x += screen.put(mine ? "▸" : " ", x: x, y: y, role: .outlet)
            x += screen.put(Self.dateLabel(event.date).padding(toLength: 10, withPad: " ", startingAt: 0), x: x, y: y, role: .date)
            x += screen.put(event.date.approximate ? "~" : event.date.precision == .week ? "w" : " ", x: x, y: y, role: .dim)
            x += screen.put(" ", x: x, y: y)
            if compact {
                x += screen.put("\(reporters.count)/\(articleCount) ".leftPadded(to: 6), x: x, y: y, role: .outlet)
            } else {
                for article in shownSources.map({ model.story.articles[$0] }) {
                    x += screen.put(reporters.contains(article.id) ? "●" : "·", x: x, y: y, role: reporters.contains(article.id) ? .outlet : .dim)
                }
                x += screen.put(" ", x: x, y: y)
            }
            let disagreement = !event.alternatives.isEmpty || !event.conflicts.isEmpty
            x += disagreement ? screen.put("!", x: x, y: y, role: .disagreement) : screen.put(" ", x: x, y: y)
            x += screen.put(" ", x: x, y: y)
            let room = max(0, rect.x + rect.width - x)
            var summary = event.summary
            if DisplayWidth.of(summary) > room, room > 1 { summary = String(DisplayWidth.prefix(Substring(summary), fitting: room - 1).0) + "…" }
            Styled.draw(marks.mark([Span(summary)], role: index == current ? .matchCurrent : .match), into: &screen, x: x, y: y, width: room)
            if index == selectedEvent {
                screen.restyle(x: rect.x, y: y, width: rect.width, role: focused ? .selectionFocused : .selection, keeping: [.disagreement, .match, .matchCurrent])
            }
        }
        if shownEvents.isEmpty { screen.put(model.events.isEmpty ? " no dated events" : " no event matches the filter", x: rect.x, y: rect.y + 1, role: .dim) }
    }

    /// A date as precisely as it is known: `2025-03-14`, `2025-03`, `2025`, `2020s`.
    static func dateLabel(_ date: StoryDate) -> String {
        date.precision == .decade ? "\(date.year / 10 * 10)s" : date.iso
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
