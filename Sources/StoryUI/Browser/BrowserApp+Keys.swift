import StoryCore

extension BrowserApp {
    /// Applies a key: search typing first, then the named action it is bound to.
    public mutating func handle(_ key: Key) {
        message = nil
        if editingQuery {
            editQuery(key)
            return
        }
        switch key {
        case .resize: return
        case .click(let x, let y): click(x: x, y: y); return
        case .wheelUp(let x, let y): wheel(x: x, y: y, by: -3); return
        case .wheelDown(let x, let y): wheel(x: x, y: y, by: 3); return
        default: break
        }
        guard let action = KeyMap.action(for: key) else { return }
        perform(action)
    }

    public mutating func perform(_ action: Action) {
        switch action {
        case .help: mode = mode == .help ? .main : .help; modeTop = 0
        case .quotes: mode = mode == .quotes ? .main : .quotes; modeTop = 0
        case .nextTheme: if !themeNames.isEmpty { themeIndex = (themeIndex + 1) % themeNames.count; message = "theme: \(themeName)" }
        case .search:
            editingQuery = true
            mode = mode == .help ? .main : mode
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .quit:
            if mode != .main { mode = .main } else if comparePick != nil { comparePick = nil }
            else if case .article = detail, focus == .detail { focus = .sources; detail = .source(selectedSource) }
            else { quit = true }
        case .back:
            if mode != .main { mode = .main } else if comparePick != nil { comparePick = nil }
            else if !query.isEmpty { clearSearch() }
            else if focus == .detail { focus = sidePane }
        case .compare: startCompare()
        default:
            if mode == .main { performInMain(action) } else { performInView(action) }
        }
    }

    private mutating func performInMain(_ action: Action) {
        switch action {
        case .nextPane: focus(Pane(rawValue: (focus.rawValue + 1) % 3)!)
        case .previousPane: focus(Pane(rawValue: (focus.rawValue + 2) % 3)!)
        case .focusSources: focus(.sources)
        case .focusTimeline: focus(.timeline)
        case .focusDetail: focus(.detail)
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(pageHeight)
        case .pageUp: move(-pageHeight)
        case .first: move(-1_000_000)
        case .last: move(1_000_000)
        case .open: open()
        default: break
        }
    }

    /// Quotes, compare and help scroll as one list.
    private mutating func performInView(_ action: Action) {
        switch action {
        case .down: modeTop += 1; quoteCursor += 1
        case .up: modeTop = max(0, modeTop - 1); quoteCursor = max(0, quoteCursor - 1)
        case .pageDown: modeTop += pageHeight
        case .pageUp: modeTop = max(0, modeTop - pageHeight)
        case .first: modeTop = 0
        case .last: modeTop = 1_000_000
        case .open, .nextPane, .previousPane, .focusSources, .focusTimeline, .focusDetail: mode = .main
        default: break
        }
    }

    mutating func focus(_ pane: Pane) {
        focus = pane
        if pane != .detail { sidePane = pane }
        switch pane {
        case .sources: if case .event = detail { detail = .source(selectedSource) }
        case .timeline: if !model.events.isEmpty { detail = .event(selectedEvent); detailTop = 0 }
        case .detail: break
        }
    }

    private mutating func move(_ delta: Int) {
        switch focus {
        case .sources:
            guard articleCount > 0 else { return }
            selectedSource = clamp(selectedSource + delta, articleCount)
            if case .article = detail {} else { detail = .source(selectedSource) }
            detailTop = 0
        case .timeline:
            guard !model.events.isEmpty else { return }
            selectedEvent = clamp(selectedEvent + delta, model.events.count)
            detail = .event(selectedEvent)
            detailTop = 0
        case .detail:
            detailTop = max(0, detailTop + delta)
        }
    }

    private mutating func open() {
        switch focus {
        case .sources:
            if let left = comparePick {
                comparePick = nil
                openCompare(left: left, right: selectedSource)
                return
            }
            detail = .article(selectedSource)
            detailTop = 0
            focus = .detail
        case .timeline:
            detail = .event(selectedEvent)
            detailTop = 0
            focus = .detail
        case .detail: break
        }
    }

    private mutating func startCompare() {
        guard articleCount >= 2 else { message = "compare needs two sources"; return }
        if case .compare = mode { mode = .main; return }
        if let left = comparePick, left != selectedSource {
            comparePick = nil
            openCompare(left: left, right: selectedSource)
            return
        }
        mode = .main
        focus(.sources)
        comparePick = selectedSource
        message = "compare \(model.story.articles[selectedSource].displayName) with… (pick a source, Enter or c)"
    }

    mutating func openCompare(left: Int, right: Int) {
        let articles = model.story.articles
        // Before the analysis is in, the model has no word counts yet: count them for this comparison.
        let terms = model.isAnalysed ? model.terms : StoryTerms.of(model.story)
        comparePairs = SentenceAligner.align(articles[left], articles[right], terms: terms)
        mode = .compare(left: left, right: right)
        modeTop = 0
    }

    func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value)) }
}
