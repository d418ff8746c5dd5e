import StoryCore

extension BrowserApp {
    /// Outlets with their date, title and a bar for how much of the story each carries.
    mutating func drawSources(into screen: inout Screen, _ rect: Rect) {
        let focused = focus == .sources && mode == .main
        drawTitle("1 Sources", into: &screen, rect, focused: focused, right: "\(articleCount)")
        let rows = max(1, (rect.height - 1) / 2)
        if selectedSource < sourcesTop { sourcesTop = selectedSource }
        if selectedSource >= sourcesTop + rows { sourcesTop = selectedSource - rows + 1 }
        let reporting = eventArticles()
        for (row, index) in (sourcesTop..<articleCount).prefix(rows).enumerated() {
            let article = model.story.articles[index]
            let y = rect.y + 1 + row * 2
            let date = article.published.map { String($0.iso.prefix(10)) } ?? "undated"
            let marker = comparePick == index ? "◆" : reporting.contains(article.id) ? "●" : " "
            let used = screen.put("\(marker)\(article.displayName)", x: rect.x, y: y, role: .outlet, limit: max(0, rect.width - 11))
            if rect.width - used >= 11 { screen.put(date, x: rect.x + rect.width - 10, y: y, role: .date) }
            let share = model.coverage[article.id]?.share ?? 0
            let filled = Int((share * 6).rounded())
            screen.put(" " + String(repeating: "█", count: filled), x: rect.x, y: y + 1, role: .bar)
            screen.put(String(repeating: "░", count: 6 - filled), x: rect.x + 1 + filled, y: y + 1, role: .barEmpty)
            screen.put(" " + (article.title ?? article.lead ?? "(untitled)"), x: rect.x + 7, y: y + 1, role: .dim, limit: max(0, rect.width - 7))
            if index == selectedSource {
                let role: Role = focused ? .selectionFocused : .selection
                for line in [y, y + 1] { screen.restyle(x: rect.x, y: line, width: rect.width, role: role, keeping: [.bar, .barEmpty]) }
            }
        }
        if articleCount == 0 { screen.put(" no sources", x: rect.x, y: rect.y + 1, role: .dim) }
    }

    /// The articles that report the selected event, when the timeline is in use.
    func eventArticles() -> Set<String> {
        guard case .event(let index) = detail, model.events.indices.contains(index) else { return [] }
        return model.eventReporters[index]
    }
}
