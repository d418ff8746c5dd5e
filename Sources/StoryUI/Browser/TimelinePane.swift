import StoryCore

/// Events in time order: date and precision, which outlets report each, a mark where they disagree.
struct TimelinePane: PaneView {
    func draw(_ app: BrowserApp, into screen: inout Screen, _ rect: Rect) {
        let focused = app.focus == .timeline && app.views.isEmpty
        BrowserApp.drawTitle("2 Timeline", into: &screen, rect, focused: focused, right: app.filter.isEmpty ? "\(app.model.events.count)" : "\(app.shownEvents.count)/\(app.model.events.count)")
        let rows = max(1, rect.height - 1)
        let top = Scroll(top: app.timelineTop).showing(app.shownEvents.firstIndex(of: app.selectedEvent) ?? 0, rows: rows)
        let source = app.model.story.articles.indices.contains(app.selectedSource) ? app.model.story.articles[app.selectedSource].id : ""
        // One dot per source while they fit beside a readable summary; else a count.
        let compact = app.shownSources.count > 8 || rect.width - 14 - app.shownSources.count < 24
        let current: Int? = if case .event(let index)? = app.currentMatch { index } else { nil }
        for (row, index) in app.shownEvents.dropFirst(top).prefix(rows).enumerated() {
            let event = app.model.events[index]
            let y = rect.y + 1 + row
            let reporters = app.model.eventReporters[index]
            // With each family of copies listed once, a family reports what any of its copies does.
            let byFamily = !app.showCopies && !app.model.families.isEmpty
            let families = app.model.sourceFamilies
            let reporting = byFamily ? app.model.eventReporterSources[index] : reporters
            let mine = reporters.contains(source) && app.focus == .sources
            var x = rect.x
            x += screen.put(mine ? "▸" : " ", x: x, y: y, role: .outlet)
            x += screen.put(BrowserApp.dateLabel(event.date).padding(toLength: 10, withPad: " ", startingAt: 0), x: x, y: y, role: .date)
            x += screen.put(event.date.approximate ? "~" : event.date.precision == .week ? "w" : " ", x: x, y: y, role: .dim)
            x += screen.put(" ", x: x, y: y)
            if compact {
                let total = byFamily ? app.model.independentSources : app.articleCount
                x += screen.put("\(reporting.count)/\(total) ".leftPadded(to: 6), x: x, y: y, role: .outlet)
            } else {
                for article in app.shownSources.map({ app.model.story.articles[$0] }) {
                    let reports = reporting.contains(byFamily ? families.source(of: article.id) : article.id)
                    x += screen.put(reports ? "●" : "·", x: x, y: y, role: reports ? .outlet : .dim)
                }
                x += screen.put(" ", x: x, y: y)
            }
            let disagreement = !event.alternatives.isEmpty || !event.conflicts.isEmpty
            x += disagreement ? screen.put("!", x: x, y: y, role: .disagreement) : screen.put(" ", x: x, y: y)
            x += screen.put(" ", x: x, y: y)
            let room = max(0, rect.x + rect.width - x)
            var summary = event.summary
            if DisplayWidth.of(summary) > room, room > 1 { summary = String(DisplayWidth.prefix(Substring(summary), fitting: room - 1).0) + "…" }
            Styled.draw(app.marks.mark([Span(summary)], role: index == current ? .matchCurrent : .match), into: &screen, x: x, y: y, width: room)
            if index == app.selectedEvent {
                screen.restyle(x: rect.x, y: y, width: rect.width, role: focused ? .selectionFocused : .selection, keeping: [.disagreement, .match, .matchCurrent])
            }
        }
        if app.shownEvents.isEmpty { screen.put(app.model.events.isEmpty ? (app.model.story.referenceDate == nil ? " no dated events: no article gives its date" : " no dated events") : " no event matches the app.filter", x: rect.x, y: rect.y + 1, role: .dim) }
    }
}

extension BrowserApp {
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
