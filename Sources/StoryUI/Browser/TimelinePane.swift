import StoryCore

extension BrowserApp {
    /// Events in time order: date and precision, which outlets report each, a mark where they disagree.
    mutating func drawTimeline(into screen: inout Screen, _ rect: Rect) {
        let focused = focus == .timeline && mode == .main
        drawTitle("2 Timeline", into: &screen, rect, focused: focused, right: "\(model.events.count)")
        let rows = max(1, rect.height - 1)
        if selectedEvent < timelineTop { timelineTop = selectedEvent }
        if selectedEvent >= timelineTop + rows { timelineTop = selectedEvent - rows + 1 }
        let source = model.story.articles.indices.contains(selectedSource) ? model.story.articles[selectedSource].id : ""
        let compact = articleCount > 8
        for (row, index) in (timelineTop..<model.events.count).prefix(rows).enumerated() {
            let event = model.events[index]
            let y = rect.y + 1 + row
            let reporters = model.eventReporters[index]
            let mine = reporters.contains(source) && focus == .sources
            var x = rect.x
            x += screen.put(mine ? "▸" : " ", x: x, y: y, role: .outlet)
            x += screen.put(event.date.iso.padding(toLength: 10, withPad: " ", startingAt: 0), x: x, y: y, role: .date)
            x += screen.put(" \(event.date.precision.rawValue.prefix(1))\(event.date.approximate ? "~" : " ")", x: x, y: y, role: .dim)
            if compact {
                x += screen.put("\(reporters.count)/\(articleCount) ".leftPadded(to: 6), x: x, y: y, role: .outlet)
            } else {
                for article in model.story.articles {
                    x += screen.put(reporters.contains(article.id) ? "●" : "·", x: x, y: y, role: reporters.contains(article.id) ? .outlet : .dim)
                }
                x += screen.put(" ", x: x, y: y)
            }
            let disagreement = !event.alternatives.isEmpty || !event.conflicts.isEmpty
            x += screen.put(disagreement ? "! " : "  ", x: x, y: y, role: .disagreement)
            let summary = matchStems.isEmpty ? [Span(event.summary)] : Styled.highlight([Span(event.summary)], wordMatches)
            Styled.draw(summary, into: &screen, x: x, y: y, width: max(0, rect.x + rect.width - x))
            if index == selectedEvent {
                screen.restyle(x: rect.x, y: y, width: rect.width, role: focused ? .selectionFocused : .selection, keeping: [.disagreement, .match])
            }
        }
        if model.events.isEmpty { screen.put(" no dated events", x: rect.x, y: rect.y + 1, role: .dim) }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
