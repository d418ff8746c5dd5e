import StoryCore

extension BrowserApp {
    mutating func click(x: Int, y: Int) {
        guard views.isEmpty else { return }
        guard let (pane, rect) = layout.panes.first(where: { $0.1.contains(x: x, y: y) }) else { return }
        focus(pane)
        let row = y - rect.y - 1
        guard row >= 0 else { return }
        switch pane {
        case .sources:
            let position = sourcesTop + row / 2
            if position < shownSources.count {
                selectedSource = shownSources[position]
                if case .article = detail {} else { detail = .source(selectedSource) }
            }
        case .timeline:
            let position = timelineTop + row
            if position < shownEvents.count {
                selectedEvent = shownEvents[position]
                detail = .event(selectedEvent)
                detailTop = 0
            }
        case .detail:
            break
        }
    }

    mutating func wheel(x: Int, y: Int, by delta: Int) {
        if views.last != nil {
            perform(delta > 0 ? .down : .up)
            perform(delta > 0 ? .down : .up)
            perform(delta > 0 ? .down : .up)
            return
        }
        guard let (pane, _) = layout.panes.first(where: { $0.1.contains(x: x, y: y) }) else { return }
        switch pane {
        case .detail: detailTop = max(0, detailTop + delta)
        case .sources:
            guard let position = shownSources.firstIndex(of: selectedSource) else { return }
            selectedSource = shownSources[clamp(position + delta.signum(), shownSources.count)]
        case .timeline:
            guard let position = shownEvents.firstIndex(of: selectedEvent) else { return }
            selectedEvent = shownEvents[clamp(position + delta.signum(), shownEvents.count)]
            detail = .event(selectedEvent)
        }
    }
}
