import StoryCore

/// Outlets with their date, title and a bar for how much of the story each carries.
struct SourcesPane: PaneView {
    func draw(_ app: BrowserApp, into screen: inout Screen, _ rect: Rect) {
        let focused = app.focus == .sources && app.views.isEmpty
        BrowserApp.drawTitle("1 Sources", into: &screen, rect, focused: focused, right: app.filter.isEmpty ? "\(app.articleCount)" : "\(app.shownSources.count)/\(app.articleCount)")
        let rows = max(1, (rect.height - 1) / 2)
        let position = app.shownSources.firstIndex(of: app.selectedSource) ?? 0
        let top = Scroll(top: app.sourcesTop).showing(position, rows: rows)
        let reporting = app.eventArticles()
        for (row, index) in app.shownSources.dropFirst(top).prefix(rows).enumerated() {
            let article = app.model.story.articles[index]
            let y = rect.y + 1 + row * 2
            let date = article.published.map { String($0.iso.prefix(10)) } ?? "undated"
            let marker = app.comparePick == index ? "◆" : reporting.contains(article.id) ? "●" : " "
            // The name whole where it can be: the date moves beside the bar when both do not fit.
            let name = article.displayName
            let dateOnTop = DisplayWidth.of(name) + 12 <= rect.width
            let room = rect.width - 1 - (dateOnTop ? 11 : 0)
            screen.put(marker, x: rect.x, y: y, role: .outlet)
            screen.put(BrowserApp.fitted(name, width: room), x: rect.x + 1, y: y, role: .outlet, limit: room)
            if dateOnTop { screen.put(date, x: rect.x + rect.width - 10, y: y, role: .date) }
            let share = app.model.coverage[article.id]?.share ?? 0
            let filled = Int((share * 6).rounded())
            screen.put(" " + String(repeating: "█", count: filled), x: rect.x, y: y + 1, role: .bar)
            screen.put(String(repeating: "░", count: 6 - filled), x: rect.x + 1 + filled, y: y + 1, role: .barEmpty)
            var x = rect.x + 7
            if let family = app.model.families[index] {
                let copies = app.model.familySizes[family, default: 1] - 1
                let note = app.showCopies ? " \(family)" : " +\(copies) cop\(copies == 1 ? "y" : "ies")"
                x += screen.put(note, x: x, y: y + 1, role: .outlet, limit: max(0, rect.x + rect.width - x))
            }
            if !dateOnTop { x += screen.put(" " + date, x: x, y: y + 1, role: .date, limit: max(0, rect.x + rect.width - x)) }
            screen.put(" " + (article.title ?? article.lead ?? "(untitled)"), x: x, y: y + 1, role: .dim, limit: max(0, rect.x + rect.width - x))
            if index == app.selectedSource {
                let role: Role = focused ? .selectionFocused : .selection
                for line in [y, y + 1] { screen.restyle(x: rect.x, y: line, width: rect.width, role: role, keeping: [.bar, .barEmpty]) }
            }
        }
        if app.shownSources.isEmpty { screen.put(app.articleCount == 0 ? " no sources" : " no source matches the app.filter", x: rect.x, y: rect.y + 1, role: .dim) }
    }
}

extension BrowserApp {
    /// A name cut to `width` columns: an outlet's name (words) at its end, a file name or an
    /// address (one long token) in its middle, keeping its end, so that names differing only at
    /// the end (`harbour-report-part-2.txt`) stay told apart.
    static func fitted(_ name: String, width: Int) -> String {
        guard DisplayWidth.of(name) > width, width > 1 else { return name }
        guard !name.contains(" "), width > 6 else { return String(DisplayWidth.prefix(Substring(name), fitting: width - 1).0) + "…" }
        let tail = (width - 1) * 2 / 5
        let head = width - 1 - tail
        let start = DisplayWidth.prefix(Substring(name), fitting: head).0
        var end = Substring(name)
        while DisplayWidth.of(end) > tail { end = end.dropFirst() }
        return start + "…" + end
    }

    /// The articles that report the selected event, when the timeline is in use.
    func eventArticles() -> Set<String> {
        guard case .event(let index) = detail, model.events.indices.contains(index) else { return [] }
        return model.eventReporters[index]
    }
}
